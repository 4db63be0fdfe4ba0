// Generated from specs/voicebot-webhooks.openapi.yaml by openapi-typescript.
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
         * Answer one VoiceBot action
         * @description The bot posts one action per request (`action` selects which) and expects the answer for that action with status `200`, or an error. See the call script in the API description for the order of the actions and the values carried between them.
         */
        post: operations["handleVoiceBotAction"];
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
        /** @description The body of every request: one of the 13 actions, selected by `action`. Fields a contract does not name are allowed and ignored. */
        ActionRequest: components["schemas"]["GetEntityForSipIdRequest"] | components["schemas"]["GetBusinessNameRequest"] | components["schemas"]["GetAppointmentTypesRequest"] | components["schemas"]["GetAgentsRequest"] | components["schemas"]["GetProductsRequest"] | components["schemas"]["GetAppointmentTypesWithProductsRequest"] | components["schemas"]["GetSlotsRequest"] | components["schemas"]["GetRequiredInfoRequest"] | components["schemas"]["BookAppointmentRequest"] | components["schemas"]["ModifyAppointmentRequest"] | components["schemas"]["CancelAppointmentRequest"] | components["schemas"]["FindExistingUserRequest"] | components["schemas"]["FindExistingBookingRequest"];
        /**
         * @description First call of every phone call: which business entity answers the number that was called. Errors: 404 `not_found` for an unknown sipId.
         * @example {
         *       "action": "getEntityForSipId",
         *       "sipId": "phoneSipId12345678"
         *     }
         */
        GetEntityForSipIdRequest: {
            /**
             * @description Action/operation type of the webhook. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            action: "getEntityForSipId";
            /**
             * @description Unique id of the telephony endpoint, i.e. of the number that was called.
             * @example phoneSipId12345678
             */
            sipId: string;
            /** @description Not used by this action; allowed because a bot may send session fields along. */
            entityId?: string;
        };
        /** @description The human, official name of the business, for the greeting. Errors: 404 `not_found` for an unknown entityId. */
        GetBusinessNameRequest: {
            /**
             * @description Action/operation type of the webhook. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            action: "getBusinessName";
            /**
             * @description Unique id of the business entity, as getEntityForSipId returned it.
             * @example xyzBusinessEntityId
             */
            entityId: string;
        };
        /** @description All appointment types a caller can book at the business entity. Errors: 404 `not_found` for an unknown entityId. */
        GetAppointmentTypesRequest: {
            /**
             * @description Action/operation type of the webhook. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            action: "getAppointmentTypes";
            /** @description Unique id of the business entity. */
            entityId: string;
        };
        /** @description The agents (staff members) who perform an appointment type. Errors: 404 `not_found` for an unknown entityId or appointmentTypeId. */
        GetAgentsRequest: {
            /**
             * @description Action/operation type of the webhook. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            action: "getAgents";
            /** @description Unique id of the business entity. */
            entityId: string;
            /**
             * @description Unique id of the appointment type to list the agents of.
             * @example abcAppointmentTypeId
             */
            appointmentTypeId: string;
        };
        /** @description The products (variants, e.g. a 30 or a 45 minute massage) of an appointment type. Errors: 404 `not_found` for an unknown entityId or appointmentTypeId. */
        GetProductsRequest: {
            /**
             * @description Action/operation type of the webhook. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            action: "getProducts";
            /** @description Unique id of the business entity. */
            entityId: string;
            /** @description Unique id of the appointment type to list the products of. */
            appointmentTypeId: string;
        };
        /** @description All appointment types, each with its products, in one answer (the bot uses it in rare cases). The source documents no request fields for it; like getAppointmentTypes it needs the entityId. Errors: 404 `not_found` for an unknown entityId. */
        GetAppointmentTypesWithProductsRequest: {
            /**
             * @description Action/operation type of the webhook. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            action: "getAppointmentTypesWithProducts";
            /** @description Unique id of the business entity. */
            entityId: string;
        };
        /** @description The free slots of one day for a product of an appointment type, with one agent or any. A date in the past has no free slots (`200 []`). Errors: 400 `invalid_request` for an impossible date or an unknown time zone; 404 `not_found` for an unknown appointment type, product or agent, a product of another appointment type, or an agent who does not perform the product. */
        GetSlotsRequest: {
            /**
             * @description Action/operation type of the webhook. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            action: "getSlots";
            /** @description Optional; the session's entity. Implementations must not need it. */
            entityId?: string;
            /** @description Unique id of the appointment type to find free slots for. */
            appointmentTypeId: string;
            /**
             * @description Unique id of the agent the caller prefers; `null` or absent when any agent will do.
             * @example abcAgentId
             * @example null
             */
            agentId?: string | null;
            /**
             * @description Unique id of the product to find free slots for; it sets the duration.
             * @example abcProductTypeId
             */
            productId: string;
            /**
             * @description The day to search. A date (`2024-09-16`): every free slot of that day in `timezone`. A date-time with offset (ISO 8601): the free slots of that day (in `timezone`) that start at or after that instant.
             * @example 2024-09-16
             * @example 2024-09-16T12:00:00.000+02:00
             */
            dateTime: string;
            /**
             * @description IANA time zone name; the returned slot times carry this zone's offset, and a date in `dateTime` is a day in this zone.
             * @example Europe/Berlin
             */
            timezone: string;
        };
        /** @description Which details the bot must ask the caller before booking a product. Errors: 404 `not_found` for an unknown productId. */
        GetRequiredInfoRequest: {
            /**
             * @description Action/operation type of the webhook. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            action: "getRequiredInfo";
            /** @description Optional; the session's entity. Implementations must not need it. */
            entityId?: string;
            /** @description Unique id of the product to list the required details for. */
            productId: string;
        };
        /** @description Books the chosen slot. `booker` (the caller) is required; `participant` (who the appointment is for) is optional and defaults to the booker. Errors: 400 `invalid_request` when `start` is not the slot's start, or a detail getRequiredInfo marked required is missing; 404 `not_found` for an unknown appointment type or product; 409 `slot_unavailable` when the slot was taken or no longer exists. */
        BookAppointmentRequest: {
            /**
             * @description Action/operation type of the webhook. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            action: "bookAppointment";
            /** @description Optional; the session's entity. Implementations must not need it. */
            entityId?: string;
            /** @description Unique id of the appointment type chosen for the booking. */
            appointmentTypeId: string;
            /** @description Unique id of the product chosen for the booking. */
            productId: string;
            /**
             * @description Unique id of the slot chosen for the booking, as getSlots returned it.
             * @example abcSlotId
             */
            slotId: string;
            /**
             * Format: date-time
             * @description Start of the chosen slot (ISO 8601 with offset); the same instant as the slot's start.
             * @example 2024-09-16T08:30:00.000+02:00
             */
            start: string;
            /** @description The person who books (the caller). */
            booker: components["schemas"]["BookingUser"];
            /** @description The person the appointment is for; when absent, the booker. */
            participant?: components["schemas"]["BookingUser"];
        };
        /** @description Moves a booking to a new slot. The booking keeps its appointment type, product and people; it takes the new slot's time and agent. Errors: 400 `invalid_request` when `start` is not the new slot's start; 404 `not_found` for an unknown or cancelled booking, or one that no longer holds `slotIdOld`; 409 `slot_unavailable` when the new slot was taken or no longer exists (the booking is left as it was). */
        ModifyAppointmentRequest: {
            /**
             * @description Action/operation type of the webhook. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            action: "modifyAppointment";
            /** @description Optional; the session's entity. Implementations must not need it. */
            entityId?: string;
            /**
             * @description Unique id of the booking, as findExistingBooking returned it.
             * @example abcBookingId
             */
            bookingId: string;
            /**
             * @description Unique id of the slot the booking holds now and gives up (the `slotId` of the ExistingBooking).
             * @example abcSlotIdOld
             */
            slotIdOld: string;
            /**
             * @description Unique id of the newly chosen slot, as getSlots returned it.
             * @example abcSlotIdNew
             */
            slotIdNew: string;
            /**
             * Format: date-time
             * @description Start of the new slot (ISO 8601 with offset).
             */
            start: string;
        };
        /** @description Cancels a booking. Errors: 404 `not_found` for an unknown booking or one already cancelled. */
        CancelAppointmentRequest: {
            /**
             * @description Action/operation type of the webhook. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            action: "cancelAppointment";
            /** @description Optional; the session's entity. Implementations must not need it. */
            entityId?: string;
            /** @description Unique id of the booking to cancel. */
            bookingId: string;
            /** @description Unique id of the slot the booking holds (the `slotId` of the ExistingBooking). */
            slotId: string;
            /**
             * Format: date-time
             * @description Start of the booking to cancel (ISO 8601 with offset).
             */
            start: string;
        };
        /** @description Finds the users (clients, patients) that match what the caller said. Every given field must match; none is required. No match, or an empty query, is `200 []`. */
        FindExistingUserRequest: {
            /**
             * @description Action/operation type of the webhook. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            action: "findExistingUser";
            /** @description Optional; the session's entity. Implementations must not need it. */
            entityId?: string;
            /** @description What the caller said about themself so far (e.g. first and last name). */
            participant: components["schemas"]["User"];
        };
        /** @description The future bookings of an identified user. None is `200 []`. Errors: 404 `not_found` for an unknown user id. */
        FindExistingBookingRequest: {
            /**
             * @description Action/operation type of the webhook. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            action: "findExistingBooking";
            /** @description Optional; the session's entity. Implementations must not need it. */
            entityId?: string;
            /**
             * @description The id of the user, as findExistingUser returned it.
             * @example abcUserId
             */
            id: string;
        };
        /** @description The body of a `200`: the answer of the action that was asked. Which one is in the operation's `x-action-responses`; this `anyOf` is only the union of them. */
        ActionResponse: components["schemas"]["GetEntityForSipIdResponse"] | components["schemas"]["GetBusinessNameResponse"] | components["schemas"]["GetAppointmentTypesResponse"] | components["schemas"]["GetAgentsResponse"] | components["schemas"]["GetProductsResponse"] | components["schemas"]["GetAppointmentTypesWithProductsResponse"] | components["schemas"]["GetSlotsResponse"] | components["schemas"]["GetRequiredInfoResponse"] | components["schemas"]["BookAppointmentResponse"] | components["schemas"]["ModifyAppointmentResponse"] | components["schemas"]["CancelAppointmentResponse"] | components["schemas"]["FindExistingUserResponse"] | components["schemas"]["FindExistingBookingResponse"];
        /**
         * @description The business entity that answers the called number.
         * @example {
         *       "entityId": "xyzBusinessEntityId"
         *     }
         */
        GetEntityForSipIdResponse: {
            /** @description Unique id of the business entity, used for the rest of the call. */
            entityId: string;
        };
        /**
         * @description The name of the business.
         * @example {
         *       "name": "Physiotherapie Gleichgewicht"
         *     }
         */
        GetBusinessNameResponse: {
            /** @description The human, official name of the business, spoken in the greeting. */
            name: string;
        };
        /** @description The appointment types that can be booked; empty when there are none. */
        GetAppointmentTypesResponse: components["schemas"]["AppointmentType"][];
        /** @description The agents who perform the appointment type; empty when there are none. */
        GetAgentsResponse: components["schemas"]["Agent"][];
        /** @description The products of the appointment type; empty when there are none. */
        GetProductsResponse: components["schemas"]["Product"][];
        /** @description Every appointment type with its products. */
        GetAppointmentTypesWithProductsResponse: components["schemas"]["AppointmentTypeWithProducts"][];
        /** @description The free slots of the requested day, earliest first (then by agent name); empty when nothing is free. With no agentId, an implementation may offer one slot per agent and start, or one per start. */
        GetSlotsResponse: components["schemas"]["Slot"][];
        /** @description The details the bot asks before booking, for the booker and for the participant. */
        GetRequiredInfoResponse: {
            /** @description The details of the person who books (the `booker` of bookAppointment), in the order to ask them. */
            bookerInfo: components["schemas"]["InfoField"][];
            /** @description The details of the person the appointment is for (the `participant`), in the order to ask them. */
            participantInfo: components["schemas"]["InfoField"][];
        };
        /** @description The answer to bookAppointment: on success, the new booking's id, its slot and times. */
        BookAppointmentResponse: components["schemas"]["BookingResult"];
        /** @description The answer to modifyAppointment: on success, the id the booking has now (the same or a new one), its new slot and times. */
        ModifyAppointmentResponse: components["schemas"]["BookingResult"];
        /** @description The answer to cancelAppointment; on success, the id of the cancelled booking. */
        CancelAppointmentResponse: components["schemas"]["BookingResult"];
        /** @description The users that match the query, each with its id; empty when none matches. */
        FindExistingUserResponse: components["schemas"]["ExistingUser"][];
        /** @description The user's future, not cancelled bookings, earliest first; empty when there are none. */
        FindExistingBookingResponse: components["schemas"]["ExistingBooking"][];
        /**
         * @description A kind of appointment the business offers (e.g. massage, medical gymnastics).
         * @example {
         *       "id": "abcAppointmentTypeId",
         *       "name": "Massage",
         *       "description": "Classic massage of back and neck."
         *     }
         */
        AppointmentType: {
            /** @description Unique id of the appointment type; usable without the entityId. */
            id: string;
            /** @description Name the bot speaks. */
            name: string;
            /** @description A longer description, if the business has one. */
            description?: string;
        };
        /**
         * @description An appointment type with the products it offers.
         * @example {
         *       "id": "abcAppointmentTypeId",
         *       "name": "Massage",
         *       "products": [
         *         {
         *           "id": "abcProductTypeId",
         *           "name": "Massage 30 Minuten",
         *           "duration": 30
         *         }
         *       ]
         *     }
         */
        AppointmentTypeWithProducts: components["schemas"]["AppointmentType"] & {
            /** @description The products of this appointment type, as getProducts would return them. */
            products: components["schemas"]["Product"][];
        };
        /**
         * @description A person who performs appointments (a therapist, a staff member).
         * @example {
         *       "id": "abcAgentId",
         *       "name": "Anna Schmidt",
         *       "firstName": "Anna",
         *       "lastName": "Schmidt"
         *     }
         */
        Agent: {
            /** @description Unique id of the agent; usable without the entityId. */
            id: string;
            /** @description Full name the bot speaks. */
            name: string;
            /** @description First name, if known separately. */
            firstName?: string;
            /** @description Last name, if known separately. */
            lastName?: string;
        };
        /**
         * @description A bookable variant of an appointment type, e.g. a 30-minute massage.
         * @example {
         *       "id": "abcProductTypeId",
         *       "name": "Massage 30 Minuten",
         *       "duration": 30,
         *       "price": 35,
         *       "currency": "EUR"
         *     }
         */
        Product: {
            /** @description Unique id of the product; usable without the entityId or appointmentTypeId. */
            id: string;
            /** @description Name the bot speaks. */
            name: string;
            /** @description Length of the appointment in minutes (the usual one; an agent may differ, see Slot.duration). */
            duration: number;
            /** @description Price, if the business states one. */
            price?: number;
            /** @description ISO 4217 currency of the price. */
            currency?: string;
            /** @description A longer description, if the business has one. */
            description?: string;
        };
        /**
         * @description A free time for one product with one agent. Its id is deterministic (the same free time has the same id in every answer) and names the agent, product and start, so booking needs nothing else.
         * @example {
         *       "id": "abcSlotId",
         *       "start": "2024-09-16T08:30:00.000+02:00",
         *       "end": "2024-09-16T09:00:00.000+02:00",
         *       "duration": 30,
         *       "agentId": "abcAgentId",
         *       "agentName": "Anna Schmidt"
         *     }
         */
        Slot: {
            /** @description Unique id of the slot (the `slotId` of bookAppointment, `slotIdNew` of modifyAppointment). */
            id: string;
            /**
             * Format: date-time
             * @description Start, ISO 8601 with the offset of the requested timezone at that instant.
             */
            start: string;
            /**
             * Format: date-time
             * @description End (start plus duration), with the same offset rules as start.
             */
            end: string;
            /** @description Length in minutes. */
            duration: number;
            /** @description Unique id of the agent who performs the appointment in this slot. */
            agentId: string;
            /** @description Name of that agent, as the bot speaks it. */
            agentName: string;
        };
        /**
         * @description One detail the bot must ask the caller: a User property, what kind of value it is, and whether booking needs it.
         * @example {
         *       "name": "birthDate",
         *       "label": "Geburtsdatum",
         *       "type": "date",
         *       "required": true
         *     }
         * @example {
         *       "name": "insurance",
         *       "type": "enum",
         *       "required": false,
         *       "options": [
         *         "statutory",
         *         "private",
         *         "selfPay"
         *       ]
         *     }
         */
        InfoField: {
            /**
             * @description The User property the answer goes into.
             * @enum {string}
             */
            name: "firstName" | "lastName" | "phone" | "email" | "birthDate" | "gender" | "insurance" | "street" | "zip" | "city";
            /** @description How to call the detail when asking (e.g. "Geburtsdatum"), if the business wants its own words. */
            label?: string;
            /**
             * @description The kind of value: `string` (free text), `date` (YYYY-MM-DD), `phone` (E.164), `email`, `enum` (one of `options`). It matches the User property's type.
             * @enum {string}
             */
            type: "string" | "date" | "phone" | "email" | "enum";
            /** @description Whether booking is refused (400 invalid_request) without this detail. */
            required: boolean;
            /** @description For `enum`, the values the caller may choose from (values of the User property). */
            options?: string[];
        };
        /**
         * @description A person: a client, patient or customer. In findExistingUser requests every field is optional (only what the caller said); for booking see BookingUser, in answers see ExistingUser.
         * @example {
         *       "firstName": "Max",
         *       "lastName": "Mustermann"
         *     }
         * @example {
         *       "firstName": "Max",
         *       "lastName": "Mustermann",
         *       "phone": "+4915112345678",
         *       "email": "max.mustermann@example.com",
         *       "birthDate": "1985-04-12",
         *       "gender": "male",
         *       "insurance": "statutory",
         *       "street": "Hauptstraße 1",
         *       "zip": "10115",
         *       "city": "Berlin"
         *     }
         */
        User: {
            /** @description Unique id of the user in the implementation's system. Present in findExistingUser answers; in a booking it says the person is this known user. */
            id?: string;
            /** @description First name. */
            firstName?: string;
            /** @description Last name. */
            lastName?: string;
            /** @description Phone number in E.164 form. */
            phone?: string;
            /**
             * Format: email
             * @description Email address.
             */
            email?: string;
            /**
             * Format: date
             * @description Date of birth (YYYY-MM-DD).
             */
            birthDate?: string;
            /**
             * @description Gender, if the business asks for it.
             * @enum {string}
             */
            gender?: "female" | "male" | "diverse";
            /**
             * @description Health insurance (German statutory "gesetzlich", private "privat", or paying themself).
             * @enum {string}
             */
            insurance?: "statutory" | "private" | "selfPay";
            /** @description Street and house number. */
            street?: string;
            /** @description Postal code. */
            zip?: string;
            /** @description City. */
            city?: string;
        };
        /**
         * @description A User in a booking request; first and last name are required.
         * @example {
         *       "firstName": "Erika",
         *       "lastName": "Mustermann",
         *       "birthDate": "2015-06-01"
         *     }
         */
        BookingUser: WithRequired<components["schemas"]["User"], "firstName" | "lastName">;
        /**
         * @description A User found by findExistingUser; it always has its id and name.
         * @example {
         *       "id": "abcUserId",
         *       "firstName": "Max",
         *       "lastName": "Mustermann",
         *       "birthDate": "1985-04-12"
         *     }
         */
        ExistingUser: WithRequired<components["schemas"]["User"], "id" | "firstName" | "lastName">;
        /**
         * @description The outcome of bookAppointment, modifyAppointment or cancelAppointment. `success: true` means the write happened. `success: false` (nothing written) must carry a speakable `message`; the reference implementation answers refusals with an error status instead.
         * @example {
         *       "success": true,
         *       "bookingId": "abcBookingId",
         *       "slotId": "abcSlotId",
         *       "start": "2024-09-16T08:30:00.000+02:00",
         *       "end": "2024-09-16T09:00:00.000+02:00",
         *       "message": "Your appointment on Monday, 16 September at 8:30 is booked."
         *     }
         * @example {
         *       "success": false,
         *       "message": "Sorry, that time is no longer free."
         *     }
         */
        BookingResult: {
            /** @description Whether the booking, move or cancellation happened. */
            success: boolean;
            /** @description Unique id of the booking (new, moved or cancelled). */
            bookingId?: string;
            /** @description Unique id of the slot the booking holds (for a cancellation, the slot it held). */
            slotId?: string;
            /**
             * Format: date-time
             * @description Start of the booking (ISO 8601 with offset).
             */
            start?: string;
            /**
             * Format: date-time
             * @description End of the booking (ISO 8601 with offset).
             */
            end?: string;
            /** @description A sentence the bot can say to the caller. */
            message?: string;
        };
        /**
         * @description A future booking of a user, with what modifyAppointment and cancelAppointment need (bookingId, slotId, start) and what the bot says to name it.
         * @example {
         *       "bookingId": "abcBookingId",
         *       "slotId": "abcSlotId",
         *       "start": "2024-09-16T08:30:00.000+02:00",
         *       "end": "2024-09-16T09:00:00.000+02:00",
         *       "appointmentTypeName": "Massage",
         *       "agentName": "Anna Schmidt"
         *     }
         */
        ExistingBooking: {
            /** @description Unique id of the booking. */
            bookingId: string;
            /** @description Unique id of the slot the booking holds (`slotIdOld` of modifyAppointment, `slotId` of cancelAppointment). */
            slotId: string;
            /**
             * Format: date-time
             * @description Start, ISO 8601 with the offset of the business location's time zone.
             */
            start: string;
            /**
             * Format: date-time
             * @description End, ISO 8601 with the same offset rules as start.
             */
            end: string;
            /** @description Unique id of the booked appointment type. */
            appointmentTypeId?: string;
            /** @description Name of the booked appointment type. */
            appointmentTypeName?: string;
            /** @description Unique id of the booked product. */
            productId?: string;
            /** @description Name of the booked product. */
            productName?: string;
            /** @description Unique id of the agent who performs it. */
            agentId?: string;
            /** @description Name of that agent. */
            agentName?: string;
            /** @description The person the appointment is for. */
            participant?: components["schemas"]["User"];
        };
        /**
         * @description Every non-200 answer.
         * @example {
         *       "error": {
         *         "code": "invalid_request",
         *         "message": "The request does not match the schema of its action; see details.",
         *         "details": {
         *           "action": "getSlots"
         *         }
         *       }
         *     }
         */
        Error: {
            /** @description What went wrong. */
            error: {
                /** @description Machine-readable reason; its HTTP status is fixed (see x-error-codes). */
                code: components["schemas"]["ErrorCode"];
                /** @description A sentence a person can read that says what is wrong. */
                message: string;
                /** @description Optional specifics, e.g. which field and which action. */
                details?: {
                    /** @description The request field at fault, if one is. */
                    field?: string;
                    /** @description The action of the request, if it was understood. */
                    action?: string;
                };
            };
        };
        /**
         * @description `invalid_request` 400, `unauthorized` 401, `not_found` 404, `slot_unavailable` 409, `payload_too_large` 413, `internal_error` 500.
         * @enum {string}
         */
        ErrorCode: "invalid_request" | "unauthorized" | "not_found" | "slot_unavailable" | "payload_too_large" | "internal_error";
    };
    responses: {
        /** @description `invalid_request`: the body is not valid JSON or not an object, the action is missing or unknown, a field is missing, empty or of the wrong type, or a date is impossible. */
        InvalidRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description `unauthorized`: the bearer token is missing or wrong. */
        Unauthorized: {
            headers: {
                "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description `not_found`: an id in the request names nothing, or does not belong with the other ids in the request. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description `slot_unavailable`: the slot was taken since it was offered, or no longer exists. Nothing was booked or moved. */
        SlotUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description `payload_too_large`: the body is larger than the implementation accepts. */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description `internal_error`: the implementation failed, e.g. its booking backend is unreachable. Never the answer to bad input. */
        InternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description The scheme the endpoint expects, `Bearer realm="voicebot"`. */
        "WWW-Authenticate": string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    handleVoiceBotAction: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description One action; `action` selects the schema of the rest of the body. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActionRequest"];
            };
        };
        responses: {
            /** @description The answer to the action that was asked, in the schema `x-action-responses` names for it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionResponse"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["SlotUnavailable"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
}
type WithRequired<T, K extends keyof T> = T & {
    [P in K]-?: T[P];
};
