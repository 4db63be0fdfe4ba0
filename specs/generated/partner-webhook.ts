// Generated from specs/partner-webhook.openapi.yaml by openapi-typescript.
// Do not edit: change the spec and run `npm run gen`.

export interface paths {
    "/customers/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Look up a customer by phone
         * @description Finds the customer whose phone number equals `customer.phone` (E.164). When found,
         *     answers their name and phone and, if they have one, their next upcoming appointment that
         *     is not cancelled. An unknown number is `found: false`, not an error.
         */
        post: operations["lookupCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/availability/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search available slots
         * @description Lists the free slots whose start lies in the range (`start_at` ≤ start < `end_at`),
         *     ascending by `start_at`. Each slot's `start_at` and `duration_minutes` can be booked
         *     as they are.
         */
        post: operations["searchAvailability"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Book a slot
         * @description Books the slot for the customer (found by phone, or created). A new `idempotency_key`
         *     answers `201` with the new booking; a key that already produced a booking in this
         *     account answers `200` with that booking and books nothing. A slot that is not free is
         *     `409 slot_unavailable`.
         */
        post: operations["createBooking"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description The platform account the request is for (the Partner API's bot belongs to it).
         * @example acct_1MqG7hLkdIwHu7ix
         */
        AccountId: string;
        /**
         * @description A phone number in E.164 format.
         * @example +15551234567
         */
        Phone: string;
        /**
         * @description State of a booking. New bookings of the reference platform are `confirmed`.
         * @example confirmed
         * @enum {string}
         */
        BookingStatus: "pending" | "accepted" | "confirmed" | "cancelled" | "declined" | "no_show";
        /** @description Body of `POST /customers/lookup`. */
        CustomerLookupRequest: {
            /** @description The account; equal to `X-DialStack-Account-Id`. */
            account_id: components["schemas"]["AccountId"];
            /** @description Whom to look for. */
            customer: {
                /** @description The caller's number. */
                phone: components["schemas"]["Phone"];
            };
        };
        /** @description The customer's next upcoming appointment that is not cancelled. */
        ExistingAppointment: {
            /**
             * Format: date-time
             * @description When it starts.
             * @example 2024-01-15T10:00:00Z
             */
            start_at: string;
            /**
             * Format: date-time
             * @description When it ends.
             * @example 2024-01-15T10:30:00Z
             */
            end_at: string;
            /** @description Its state. */
            status: components["schemas"]["BookingStatus"];
        };
        /** @description A known customer. */
        LookupCustomer: {
            /**
             * @description Full name.
             * @example John Doe
             */
            name: string;
            /**
             * @description Phone number as recorded.
             * @example +15551234567
             */
            phone: string;
            /** @description The next upcoming appointment; absent when there is none. */
            existing_appointment?: components["schemas"]["ExistingAppointment"];
        };
        /** @description Answer of `POST /customers/lookup`. `customer` is present exactly when `found` is `true`. */
        CustomerLookupResponse: {
            /** @description Whether a customer with this phone number exists. */
            found: boolean;
            /** @description The customer, when found. */
            customer?: components["schemas"]["LookupCustomer"];
        };
        /** @description A time range; `end_at` must be after `start_at` and at most 31 days later. */
        StartAtRange: {
            /**
             * Format: date-time
             * @description Start of the range (inclusive), RFC 3339 with an offset or `Z`.
             * @example 2024-01-15T09:00:00Z
             */
            start_at: string;
            /**
             * Format: date-time
             * @description End of the range (exclusive), RFC 3339 with an offset or `Z`.
             * @example 2024-01-15T17:00:00Z
             */
            end_at: string;
        };
        /** @description Body of `POST /availability/search`. */
        AvailabilitySearchRequest: {
            /** @description The account; equal to `X-DialStack-Account-Id`. */
            account_id: components["schemas"]["AccountId"];
            /** @description The search. */
            query: {
                /** @description Filters of the search. */
                filter: {
                    /** @description Slots whose start lies in this range. */
                    start_at_range: components["schemas"]["StartAtRange"];
                };
            };
        };
        /** @description One free slot. */
        Availability: {
            /**
             * Format: date-time
             * @description When the slot starts, RFC 3339 with an offset or `Z`.
             * @example 2024-01-15T10:00:00Z
             */
            start_at: string;
            /**
             * @description Length of the slot in minutes.
             * @example 30
             */
            duration_minutes: number;
        };
        /** @description Answer of `POST /availability/search`; slots ascending by `start_at`. */
        AvailabilitySearchResponse: {
            /** @description The free slots; empty when nothing is free. */
            availabilities: components["schemas"]["Availability"][];
        };
        /** @description The person the booking is for. */
        Customer: {
            /** @description Phone number; the platform finds the customer by it or creates one. */
            phone: components["schemas"]["Phone"];
            /**
             * @description Full name.
             * @example John Doe
             */
            name: string;
            /**
             * Format: email
             * @description Email address, optional.
             * @example john@example.com
             */
            email?: string;
        };
        /** @description Body of `POST /bookings`. */
        CreateBookingRequest: {
            /** @description The account; equal to `X-DialStack-Account-Id`. */
            account_id: components["schemas"]["AccountId"];
            /**
             * @description The partner's `Idempotency-Key`; one booking per key per account.
             * @example booking-req-123456
             */
            idempotency_key: string;
            /** @description The booking to make. */
            booking: {
                /**
                 * Format: date-time
                 * @description When the appointment starts; should be a slot the availability search returned.
                 * @example 2024-01-15T10:00:00Z
                 */
                start_at: string;
                /**
                 * @description Length in minutes; should equal the slot's.
                 * @example 30
                 */
                duration_minutes: number;
                /** @description Who the appointment is for. */
                customer: components["schemas"]["Customer"];
                /**
                 * @description Free-text notes, optional.
                 * @example Initial consultation - referred by AI assistant
                 */
                notes?: string;
            };
        };
        /** @description Where the appointment takes place. */
        Location: {
            /**
             * @description Name of the location.
             * @example Main Office
             */
            name: string;
            /**
             * @description Postal address, one line.
             * @example 123 Main St, City, ST 12345
             */
            address: string;
        };
        /** @description The customer as the platform recorded it. */
        BookingCustomer: {
            /**
             * @description Phone number.
             * @example +15551234567
             */
            phone: string;
            /**
             * @description Full name.
             * @example John Doe
             */
            name: string;
            /**
             * Format: email
             * @description Email address, when known.
             * @example john@example.com
             */
            email?: string;
        };
        /** @description A booking; `id` is whatever the platform issues (the reference platform uses the booking system's record id). */
        Booking: {
            /**
             * @description The platform's booking id.
             * @example bkg_01h2xcejqtf2nbrexx3vqjhp41
             */
            id: string;
            /** @description State of the booking. */
            status: components["schemas"]["BookingStatus"];
            /**
             * Format: date-time
             * @description When the appointment starts.
             * @example 2024-01-15T10:00:00Z
             */
            start_at: string;
            /**
             * Format: date-time
             * @description When it ends (`start_at` plus `duration_minutes`).
             * @example 2024-01-15T10:30:00Z
             */
            end_at: string;
            /** @description Who the appointment is for. */
            customer?: components["schemas"]["BookingCustomer"];
            /** @description Where it takes place. */
            location?: components["schemas"]["Location"];
            /**
             * @description The notes sent with the booking.
             * @example Initial consultation - referred by AI assistant
             */
            notes?: string;
            /**
             * Format: date-time
             * @description When the booking was made.
             * @example 2024-01-10T14:30:00Z
             */
            created_at?: string;
        };
        /** @description Answer of `POST /bookings` (`201` new, `200` repeated key). */
        BookingResponse: {
            /** @description The booking. */
            booking: components["schemas"]["Booking"];
        };
        /**
         * @description Machine-readable error code; each belongs to one HTTP status (see the API description and `x-error-codes`).
         * @example invalid_signature
         * @enum {string}
         */
        ErrorCode: "invalid_payload" | "invalid_signature" | "slot_unavailable" | "configuration_error";
        /** @description The shape of every error answer. */
        ErrorResponse: {
            /** @description The error. */
            error: {
                /** @description Machine-readable error code. */
                code: components["schemas"]["ErrorCode"];
                /**
                 * @description What went wrong, for a developer.
                 * @example Invalid or expired webhook signature
                 */
                message: string;
            };
        };
        /** @description The `400` answer; code `invalid_payload`. */
        InvalidPayloadResponse: {
            /** @description The error, with code `invalid_payload`. */
            error?: {
                /**
                 * @description Always `invalid_payload`.
                 * @constant
                 */
                code?: "invalid_payload";
            };
        } & components["schemas"]["ErrorResponse"];
        /** @description The `401` answer; code `invalid_signature`. */
        InvalidSignatureResponse: {
            /** @description The error, with code `invalid_signature`. */
            error?: {
                /**
                 * @description Always `invalid_signature`.
                 * @constant
                 */
                code?: "invalid_signature";
            };
        } & components["schemas"]["ErrorResponse"];
        /** @description The `409` answer; code `slot_unavailable`. */
        SlotUnavailableResponse: {
            /** @description The error, with code `slot_unavailable`. */
            error?: {
                /**
                 * @description Always `slot_unavailable`.
                 * @constant
                 */
                code?: "slot_unavailable";
            };
        } & components["schemas"]["ErrorResponse"];
        /** @description The `500` answer; code `configuration_error`. */
        ConfigurationErrorResponse: {
            /** @description The error, with code `configuration_error`. */
            error?: {
                /**
                 * @description Always `configuration_error`.
                 * @constant
                 */
                code?: "configuration_error";
            };
        } & components["schemas"]["ErrorResponse"];
    };
    responses: {
        /** @description `invalid_payload`: malformed JSON, a body that breaks the spec, `account_id` not equal to the header, a bad range, or a body over 100 KiB. */
        InvalidPayload: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["InvalidPayloadResponse"];
            };
        };
        /** @description `invalid_signature`: the signature is missing, malformed, stale or wrong, or the account is unknown. */
        InvalidSignature: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["InvalidSignatureResponse"];
            };
        };
        /** @description `configuration_error`: the platform cannot serve the account. */
        ConfigurationError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ConfigurationErrorResponse"];
            };
        };
    };
    parameters: {
        /** @description The request signature, `t=<unix seconds>,v1=<64 lowercase hex digits>` (see the API description). */
        DialStackSignature: string;
        /** @description The account the request is for; selects the webhook secret and must equal the body's `account_id`. */
        DialStackAccountId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    lookupCustomer: {
        parameters: {
            query?: never;
            header: {
                /** @description The request signature, `t=<unix seconds>,v1=<64 lowercase hex digits>` (see the API description). */
                "X-DialStack-Signature": components["parameters"]["DialStackSignature"];
                /** @description The account the request is for; selects the webhook secret and must equal the body's `account_id`. */
                "X-DialStack-Account-Id": components["parameters"]["DialStackAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The account and the caller's phone number. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomerLookupRequest"];
            };
        };
        responses: {
            /** @description Whether the customer is known, and who they are. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerLookupResponse"];
                };
            };
            400: components["responses"]["InvalidPayload"];
            401: components["responses"]["InvalidSignature"];
            500: components["responses"]["ConfigurationError"];
        };
    };
    searchAvailability: {
        parameters: {
            query?: never;
            header: {
                /** @description The request signature, `t=<unix seconds>,v1=<64 lowercase hex digits>` (see the API description). */
                "X-DialStack-Signature": components["parameters"]["DialStackSignature"];
                /** @description The account the request is for; selects the webhook secret and must equal the body's `account_id`. */
                "X-DialStack-Account-Id": components["parameters"]["DialStackAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The account and the time range. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AvailabilitySearchRequest"];
            };
        };
        responses: {
            /** @description The free slots in the range (possibly none). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AvailabilitySearchResponse"];
                };
            };
            400: components["responses"]["InvalidPayload"];
            401: components["responses"]["InvalidSignature"];
            500: components["responses"]["ConfigurationError"];
        };
    };
    createBooking: {
        parameters: {
            query?: never;
            header: {
                /** @description The request signature, `t=<unix seconds>,v1=<64 lowercase hex digits>` (see the API description). */
                "X-DialStack-Signature": components["parameters"]["DialStackSignature"];
                /** @description The account the request is for; selects the webhook secret and must equal the body's `account_id`. */
                "X-DialStack-Account-Id": components["parameters"]["DialStackAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The account, the idempotency key and the booking. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBookingRequest"];
            };
        };
        responses: {
            /** @description The `idempotency_key` already produced a booking in this account; that booking. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingResponse"];
                };
            };
            /** @description A new booking was made. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingResponse"];
                };
            };
            400: components["responses"]["InvalidPayload"];
            401: components["responses"]["InvalidSignature"];
            /** @description `slot_unavailable`: the slot is not free. Nothing was booked. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlotUnavailableResponse"];
                };
            };
            500: components["responses"]["ConfigurationError"];
        };
    };
}
