// Generated from specs/partner-api.openapi.yaml by openapi-typescript.
// Do not edit: change the spec and run `npm run gen`.

export interface paths {
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
         * @description Lists the free slots of the bot's platform that start within the range
         *     (`start_at` ≤ slot start < `end_at`), ascending by `start_at`. The request is relayed to
         *     the platform's `POST /availability/search` with `account_id` in place of `bot_id`, and
         *     the platform's answer is passed back.
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
         * @description Books a slot on the bot's platform for the caller. Requires `Idempotency-Key`: a new key
         *     answers `201` with the new booking; the same key with the same body answers `200` with
         *     the original booking; the same key with another body answers
         *     `422 idempotency_key_reused` (see the API description for the full rules). The request
         *     is relayed to the platform's `POST /bookings` with `account_id` in place of `bot_id`
         *     and the key as `idempotency_key`.
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
         * @description Id of the partner's bot; it selects the account (and platform webhook) the request is relayed to.
         * @example bot_01h2xcejqtf2nbrexx3vqjhp41
         */
        BotId: string;
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
        /** @description What to search for. */
        AvailabilityQuery: {
            /** @description Filters of the search. */
            filter: {
                /** @description Slots whose start lies in this range. */
                start_at_range: components["schemas"]["StartAtRange"];
            };
        };
        /** @description Body of `POST /availability/search`. */
        AvailabilitySearchRequest: {
            /** @description The bot making the request. */
            bot_id: components["schemas"]["BotId"];
            /** @description The search. */
            query: components["schemas"]["AvailabilityQuery"];
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
             * @description Length of the slot in minutes; a booking of this slot sends the same value.
             * @example 30
             */
            duration_minutes: number;
        };
        /** @description The free slots in the range, ascending by `start_at`. */
        AvailabilitySearchResponse: {
            /** @description The free slots; empty when nothing is free. */
            availabilities: components["schemas"]["Availability"][];
        };
        /** @description The person the booking is for. */
        Customer: {
            /**
             * @description Phone number in E.164 format (the caller's number).
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
             * @description Email address, optional.
             * @example john@example.com
             */
            email?: string;
        };
        /** @description The booking to make. `start_at` and `duration_minutes` should be a slot that the availability search returned; otherwise the platform answers `slot_unavailable`. */
        BookingDetails: {
            /**
             * Format: date-time
             * @description When the appointment starts, RFC 3339 with an offset or `Z`.
             * @example 2024-01-15T10:00:00Z
             */
            start_at: string;
            /**
             * @description Length of the appointment in minutes.
             * @example 30
             */
            duration_minutes: number;
            /** @description Who the appointment is for. */
            customer: components["schemas"]["Customer"];
            /**
             * @description Free-text notes for the platform, optional.
             * @example Initial consultation - referred by AI assistant
             */
            notes?: string;
        };
        /** @description Body of `POST /bookings`. */
        CreateBookingRequest: {
            /** @description The bot making the request. */
            bot_id: components["schemas"]["BotId"];
            /** @description The booking to make. */
            booking: components["schemas"]["BookingDetails"];
        };
        /**
         * @description State of a booking. A booking made through this API is usually `confirmed` (or `pending`/`accepted` when the platform confirms later).
         * @example confirmed
         * @enum {string}
         */
        BookingStatus: "pending" | "accepted" | "confirmed" | "cancelled" | "declined" | "no_show";
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
        /** @description A booking as the platform made it; `id` is whatever the platform issues. */
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
             * @description When the appointment ends (`start_at` plus `duration_minutes`).
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
         * @example bot_not_found
         * @enum {string}
         */
        ErrorCode: "invalid_request" | "unauthorized" | "bot_not_found" | "slot_unavailable" | "payload_too_large" | "idempotency_key_reused" | "webhook_failed" | "webhook_timeout";
        /** @description The shape of every error answer. */
        ErrorResponse: {
            /** @description The error. */
            error: {
                /** @description Machine-readable error code. */
                code: components["schemas"]["ErrorCode"];
                /**
                 * @description What went wrong, for a developer.
                 * @example Bot bot_01h2xd9k3m5n7p9q1r3s5t7v9w not found
                 */
                message: string;
            };
        };
        /** @description The `400` answer; code `invalid_request`. */
        InvalidRequestResponse: {
            /** @description The error, with code `invalid_request`. */
            error?: {
                /**
                 * @description Always `invalid_request`.
                 * @constant
                 */
                code?: "invalid_request";
            };
        } & components["schemas"]["ErrorResponse"];
        /** @description The `401` answer; code `unauthorized`. */
        UnauthorizedResponse: {
            /** @description The error, with code `unauthorized`. */
            error?: {
                /**
                 * @description Always `unauthorized`.
                 * @constant
                 */
                code?: "unauthorized";
            };
        } & components["schemas"]["ErrorResponse"];
        /** @description The `404` answer; code `bot_not_found`. */
        BotNotFoundResponse: {
            /** @description The error, with code `bot_not_found`. */
            error?: {
                /**
                 * @description Always `bot_not_found`.
                 * @constant
                 */
                code?: "bot_not_found";
            };
        } & components["schemas"]["ErrorResponse"];
        /** @description The `409` answer, passed through from the platform; code `slot_unavailable`. */
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
        /** @description The `413` answer; code `payload_too_large`. */
        PayloadTooLargeResponse: {
            /** @description The error, with code `payload_too_large`. */
            error?: {
                /**
                 * @description Always `payload_too_large`.
                 * @constant
                 */
                code?: "payload_too_large";
            };
        } & components["schemas"]["ErrorResponse"];
        /** @description The `422` answer; code `idempotency_key_reused`. */
        IdempotencyKeyReusedResponse: {
            /** @description The error, with code `idempotency_key_reused`. */
            error?: {
                /**
                 * @description Always `idempotency_key_reused`.
                 * @constant
                 */
                code?: "idempotency_key_reused";
            };
        } & components["schemas"]["ErrorResponse"];
        /** @description The `502` answer; code `webhook_failed`. */
        WebhookFailedResponse: {
            /** @description The error, with code `webhook_failed`. */
            error?: {
                /**
                 * @description Always `webhook_failed`.
                 * @constant
                 */
                code?: "webhook_failed";
            };
        } & components["schemas"]["ErrorResponse"];
        /** @description The `504` answer; code `webhook_timeout`. */
        WebhookTimeoutResponse: {
            /** @description The error, with code `webhook_timeout`. */
            error?: {
                /**
                 * @description Always `webhook_timeout`.
                 * @constant
                 */
                code?: "webhook_timeout";
            };
        } & components["schemas"]["ErrorResponse"];
    };
    responses: {
        /** @description `unauthorized`: `Authorization` is missing, not `Bearer`, or not a known partner key. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UnauthorizedResponse"];
            };
        };
        /** @description `bot_not_found`: no bot with this id for this key (unknown, or another partner's). */
        BotNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["BotNotFoundResponse"];
            };
        };
        /** @description `payload_too_large`: the body is over 100 KiB. */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PayloadTooLargeResponse"];
            };
        };
        /** @description `webhook_failed`: the platform answered an error or a body that breaks the webhook spec, refused the connection, or the bot has no webhook. */
        WebhookFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["WebhookFailedResponse"];
            };
        };
        /** @description `webhook_timeout`: the platform did not answer in time. */
        WebhookTimeout: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["WebhookTimeoutResponse"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    searchAvailability: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The bot and the time range to search. */
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
            /** @description `invalid_request`: the body is not valid JSON or breaks the schema, or the range is empty or too long. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvalidRequestResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["BotNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            502: components["responses"]["WebhookFailed"];
            504: components["responses"]["WebhookTimeout"];
        };
    };
    createBooking: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique key of this booking attempt; retries of the same attempt send the same key. 1–255 visible ASCII characters. Missing or malformed is `400 invalid_request`. */
                "Idempotency-Key": string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description The bot and the booking to make. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBookingRequest"];
            };
        };
        responses: {
            /** @description The same `Idempotency-Key` and body were seen before; the original booking, unchanged. */
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
            /** @description `invalid_request`: malformed JSON, a body that breaks the schema, or `Idempotency-Key` missing or malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvalidRequestResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["BotNotFound"];
            /** @description `slot_unavailable`: the platform refused the booking because the slot is not free. The platform's body is passed through. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlotUnavailableResponse"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            /** @description `idempotency_key_reused`: the `Idempotency-Key` was already used with a different body. Nothing was booked. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdempotencyKeyReusedResponse"];
                };
            };
            502: components["responses"]["WebhookFailed"];
            504: components["responses"]["WebhookTimeout"];
        };
    };
}
