// Generated from specs/unified-action.openapi.yaml by openapi-typescript.
// Do not edit: change the spec and run `npm run gen`.

export interface paths {
    "/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Perform an appointment action
         * @description Books, reschedules or cancels an appointment, or lists free times, depending on
         *     `action`. See the API description for the per-action fields, the answers and the error
         *     codes.
         */
        post: operations["performAppointmentAction"];
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
         * @description What to do. `book`, `reschedule` and `cancel` change an appointment; `suggest` and `availability` only read free times.
         * @example book
         * @enum {string}
         */
        Action: "book" | "reschedule" | "cancel" | "suggest" | "availability";
        /**
         * @description The body of every call. `action` and `agent_id` are always required; the other
         *     requirements depend on `action` (see the `allOf` branches): `book` needs `name`,
         *     `appointment_datetime` and `email` or `phone`; `reschedule` needs `appointment_id` and
         *     `appointment_datetime`; `cancel` needs `appointment_id`. Fields an action does not use
         *     are ignored, and so are unknown fields.
         */
        ActionRequest: {
            /** @description The appointment action to perform. */
            action: components["schemas"]["Action"];
            /**
             * Format: uuid
             * @description UUID of the voice agent handling the call. The implementation maps it to a location, the staff member and the service it books.
             * @example 8f14e45f-ceea-467a-9575-5ab1d9e3c9a2
             */
            agent_id: string;
            /**
             * @description Customer's full name. Required for `book`.
             * @example Jane Smith
             */
            name?: string;
            /**
             * Format: email
             * @description Customer's email address. Required for `book` when there is no `phone`.
             * @example jane.smith@example.com
             */
            email?: string;
            /**
             * @description Customer's phone number in E.164 format. Required for `book` when there is no `email`.
             * @example +15551234567
             */
            phone?: string;
            /**
             * Format: date-time
             * @description Start of the appointment, RFC 3339 with an offset or `Z`. Required for `book` and `reschedule`; must be in the future.
             * @example 2026-03-20T14:00:00Z
             */
            appointment_datetime?: string;
            /**
             * @description Id of an existing appointment, as returned by `book`. Required for `cancel` and `reschedule`. Numeric ids are sent as strings.
             * @example appt_123
             */
            appointment_id?: string;
            /**
             * @description Id of the phone call, kept with the booking for tracing. Optional, used by `book`.
             * @example call_7f3a9c21
             */
            call_session_id?: string;
            /**
             * @description Free-text notes stored with the appointment. Optional, used by `book` and `reschedule`.
             * @example First visit
             * @example referred by a friend
             */
            notes?: string;
            /**
             * @description How many days after today to look for free times (today included). Used by `suggest` and `availability`.
             * @default 7
             * @example 7
             */
            days_ahead: number;
            /**
             * @description The caller's IANA time zone. When given, days, labels and slot times in the answer are in this zone; otherwise in the location's. An unknown zone is a `VALIDATION_ERROR`.
             * @example America/New_York
             * @example Europe/Berlin
             * @example UTC
             */
            timezone?: string;
        } & (unknown & unknown & unknown);
        /**
         * @description The free start times of one day, in the caller's `timezone` when given, otherwise the location's.
         * @example {
         *       "date": "2026-03-21",
         *       "date_label": "Tomorrow",
         *       "slots": [
         *         "9:00 AM",
         *         "11:30 AM"
         *       ]
         *     }
         */
        SlotDay: {
            /**
             * Format: date
             * @description The day, `YYYY-MM-DD`.
             * @example 2026-03-21
             */
            date: string;
            /**
             * @description How to say the day, one of `Today`, `Tomorrow` or the English weekday name.
             * @example Tomorrow
             * @enum {string}
             */
            date_label: "Today" | "Tomorrow" | "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday";
            /**
             * @description Free start times of the day, ascending, 12-hour clock without a leading zero (`9:00 AM`, `12:30 PM`).
             * @example [
             *       "9:00 AM",
             *       "11:30 AM"
             *     ]
             */
            slots: string[];
        };
        /** @description Free times grouped by day, days ascending; days without free times are left out. An empty list means nothing is free in the window. */
        AvailableSlots: components["schemas"]["SlotDay"][];
        /**
         * @description What the action did. `appointment_id` and `date_time` are present for `book`,
         *     `reschedule` and `cancel`; `available_slots` for `suggest` and `availability` (and
         *     allowed, as a hint, for the others).
         */
        ActionResult: {
            /**
             * @description Always `true` in a `200` answer; failures use the error envelope.
             * @constant
             */
            success: true;
            /**
             * @description What was done, in one short sentence.
             * @example Booked successfully
             */
            message: string;
            /**
             * @description Short label of the outcome (e.g. `Appointment confirmed`, `Cancelled`, `Rescheduled`).
             * @example Appointment confirmed
             */
            summary: string;
            /** @description The action that was performed, as requested. */
            action: components["schemas"]["Action"];
            /**
             * @description Id of the appointment booked, moved or cancelled. Use it for later `reschedule` and `cancel` calls.
             * @example appt_123
             */
            appointment_id?: string;
            /**
             * Format: date-time
             * @description Start of the appointment (the new one for `reschedule`, the cancelled one for `cancel`), RFC 3339 with an offset or `Z`.
             * @example 2026-03-20T14:00:00Z
             */
            date_time?: string;
            /**
             * @description Name of the person the appointment is with (the staff member the agent books for).
             * @example Dr. Rivera
             */
            agent_name?: string;
            /**
             * @description What the caller must do next when the request could not be completed (e.g. `reschedule`); an empty string or absent when nothing is required.
             * @example
             * @example reschedule
             */
            action_required?: string;
            /** @description Free times grouped by day. */
            available_slots?: components["schemas"]["AvailableSlots"];
        } & (unknown & unknown);
        /** @description The `200` answer. */
        SuccessResponse: {
            /**
             * @description Always `true`.
             * @constant
             */
            success: true;
            /**
             * @description A sentence the bot can speak to the caller as it is.
             * @example Appointment confirmed successfully
             */
            message: string;
            /** @description What the action did. */
            data: components["schemas"]["ActionResult"];
        };
        /**
         * @description Machine-readable error code; each belongs to one HTTP status (see the API description and `x-error-codes`).
         * @example SLOT_UNAVAILABLE
         * @enum {string}
         */
        ErrorCode: "VALIDATION_ERROR" | "UNAUTHORIZED" | "NOT_FOUND" | "CONFLICT" | "SLOT_UNAVAILABLE" | "PAYLOAD_TOO_LARGE" | "INTERNAL_ERROR";
        /** @description The `details` of a `SLOT_UNAVAILABLE` error; the nearest free alternatives to offer the caller. */
        SlotUnavailableDetails: {
            /**
             * @description Short label of the outcome.
             * @example Please choose a different slot
             */
            summary: string;
            /**
             * @description The action that failed, `book` or `reschedule`.
             * @example book
             * @enum {string}
             */
            action: "book" | "reschedule";
            /**
             * @description What to do next; always `reschedule` (pick another time).
             * @constant
             */
            action_required: "reschedule";
            /**
             * @description Name of the person the appointment would be with.
             * @example Dr. Rivera
             */
            agent_name: string;
            /** @description The nearest free times, from the requested day on (same limits as `suggest`); empty when nothing is free. */
            available_slots: components["schemas"]["AvailableSlots"];
        };
        /** @description Optional `details` of a `VALIDATION_ERROR`; which fields are wrong. */
        ValidationErrorDetails: {
            /** @description One entry per wrong or missing field. */
            fields?: {
                /**
                 * @description The field name (dotted for nested fields).
                 * @example phone
                 */
                field: string;
                /**
                 * @description What is wrong with it.
                 * @example phone or email is required for book
                 */
                message: string;
            }[];
        };
        /** @description The `error` object of the error envelope. */
        ErrorBody: {
            /** @description Machine-readable error code. */
            code: components["schemas"]["ErrorCode"];
            /**
             * @description What went wrong, for a developer.
             * @example The selected time is no longer available
             */
            message: string;
            /** @description More about the error. Required for `SLOT_UNAVAILABLE` (a `SlotUnavailableDetails`); optional for `VALIDATION_ERROR` (a `ValidationErrorDetails`). */
            details?: Record<string, never>;
        } & (unknown & unknown);
        /** @description The error envelope of every 4xx and 5xx answer. */
        ErrorResponse: {
            /**
             * @description Always `false`.
             * @constant
             */
            success: false;
            /**
             * @description A sentence the bot can speak to the caller as it is.
             * @example Requested slot is unavailable
             */
            message: string;
            /** @description The machine-readable error. */
            error: components["schemas"]["ErrorBody"];
        };
        /** @description The `400` answer; code `VALIDATION_ERROR`. */
        ValidationErrorResponse: {
            /** @description The error, with code `VALIDATION_ERROR`. */
            error?: {
                /**
                 * @description Always `VALIDATION_ERROR`.
                 * @constant
                 */
                code?: "VALIDATION_ERROR";
            };
        } & components["schemas"]["ErrorResponse"];
        /** @description The `401` answer; code `UNAUTHORIZED`. */
        UnauthorizedResponse: {
            /** @description The error, with code `UNAUTHORIZED`. */
            error?: {
                /**
                 * @description Always `UNAUTHORIZED`.
                 * @constant
                 */
                code?: "UNAUTHORIZED";
            };
        } & components["schemas"]["ErrorResponse"];
        /** @description The `404` answer; code `NOT_FOUND`. */
        NotFoundResponse: {
            /** @description The error, with code `NOT_FOUND`. */
            error?: {
                /**
                 * @description Always `NOT_FOUND`.
                 * @constant
                 */
                code?: "NOT_FOUND";
            };
        } & components["schemas"]["ErrorResponse"];
        /** @description The `409` answer; code `CONFLICT` or `SLOT_UNAVAILABLE`. */
        ConflictResponse: {
            /** @description The error, with code `CONFLICT` or `SLOT_UNAVAILABLE`. */
            error?: {
                /**
                 * @description `CONFLICT` or `SLOT_UNAVAILABLE`.
                 * @enum {string}
                 */
                code?: "CONFLICT" | "SLOT_UNAVAILABLE";
            };
        } & components["schemas"]["ErrorResponse"];
        /** @description The `413` answer; code `PAYLOAD_TOO_LARGE`. */
        PayloadTooLargeResponse: {
            /** @description The error, with code `PAYLOAD_TOO_LARGE`. */
            error?: {
                /**
                 * @description Always `PAYLOAD_TOO_LARGE`.
                 * @constant
                 */
                code?: "PAYLOAD_TOO_LARGE";
            };
        } & components["schemas"]["ErrorResponse"];
        /** @description The `500` answer; code `INTERNAL_ERROR`. */
        InternalErrorResponse: {
            /** @description The error, with code `INTERNAL_ERROR`. */
            error?: {
                /**
                 * @description Always `INTERNAL_ERROR`.
                 * @constant
                 */
                code?: "INTERNAL_ERROR";
            };
        } & components["schemas"]["ErrorResponse"];
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    performAppointmentAction: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The action and its fields. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActionRequest"];
            };
        };
        responses: {
            /** @description The action was performed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            /** @description `VALIDATION_ERROR`: the body is not valid JSON or breaks the request schema. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponse"];
                };
            };
            /** @description `UNAUTHORIZED`: `X-Api-Key` is missing or unknown. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedResponse"];
                };
            };
            /** @description `NOT_FOUND`: the agent or the appointment does not exist (for this key). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundResponse"];
                };
            };
            /** @description `CONFLICT` (the appointment cannot change any more) or `SLOT_UNAVAILABLE` (the time is not free; `details` holds alternatives). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictResponse"];
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: the body is over 100 KiB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeResponse"];
                };
            };
            /** @description `INTERNAL_ERROR`: the implementation failed. Never an answer to bad input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalErrorResponse"];
                };
            };
        };
    };
}
