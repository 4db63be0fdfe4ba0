// Generated from specs/admin.openapi.yaml by openapi-typescript.
// Do not edit: change the spec and run `npm run gen`.

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness
         * @description Answers 200 once the server takes requests: which APIs it serves where, and its clock.
         *     Needs no admin token, so a CI wait loop can poll it, but like the rest of this API it
         *     answers loopback callers to a loopback host name only.
         */
        get: operations["readHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the whole state (the oracle)
         * @description Every table of the fake Altegio as it is now, with the clock. Records carry their start as ms since the epoch and their length in seconds.
         */
        get: operations["readState"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/snapshot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Take a snapshot
         * @description The whole state as JSON that `PUT /snapshot` restores.
         */
        get: operations["takeSnapshot"];
        /**
         * Restore a snapshot
         * @description Replaces the whole state with a snapshot taken before (and writes it to the data file, if any).
         */
        put: operations["restoreSnapshot"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reset to the seed data
         * @description Back to the data the server was started with (the same seed and dataset), laid out from the clock's now. Faults and the request log are cleared too.
         */
        post: operations["resetState"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/seed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reseed
         * @description Replaces the state with freshly generated data from another seed or dataset; later resets return to it.
         */
        post: operations["reseed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the clock
         * @description The fake's now, and whether it stands still.
         */
        get: operations["readClock"];
        /**
         * Set the clock
         * @description Moves the fake's now; with `frozen` it stands still there, otherwise it runs on from it.
         */
        put: operations["setClock"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clock/advance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move the clock on
         * @description Moves the fake's now on by `seconds`, frozen or running as it was.
         */
        post: operations["advanceClock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/faults": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List faults
         * @description The fault rules in force, in the order they are tried.
         */
        get: operations["listFaults"];
        put?: never;
        /**
         * Add a fault
         * @description Adds a rule: requests whose method and path match get `latencyMs` of added delay and,
         *     with `status`, an error answer in the API's own shape instead of being handled. `share`
         *     (0–1) picks that share of the matching requests, deterministically (the n-th matching
         *     request is hit when ⌊n·share⌋ grows).
         */
        post: operations["addFault"];
        /**
         * Remove every fault
         * @description Removes every fault rule.
         */
        delete: operations["clearFaults"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the request log
         * @description The most recent requests (newest last), at most the log's capacity (1000).
         */
        get: operations["listRequests"];
        put?: never;
        post?: never;
        /**
         * Clear the request log
         * @description Empties the request log.
         */
        delete: operations["clearRequests"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/requests/{requestId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one logged request with its bodies
         * @description The entry with the request and answer as they went, credentials masked.
         */
        get: operations["readRequest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tagged runs
         * @description The runs whose requests carried `x-slotcheck-run` since the last reset (the newest 200), oldest first, with the records each created.
         */
        get: operations["listRuns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/runs/{run}/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Cancel a run's bookings
         * @description Cancels every record the run created that is still live, as `DELETE /records/{recordId}` does.
         */
        delete: operations["cancelRunRecords"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/free-times": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read free times (the slot engine's truth)
         * @description For oracles: every bookable start of a service from `from` to `to` (local dates of the
         *     location, inclusive, at most 62 days apart), computed by the same slot engine that
         *     online booking checks against, from the fake's clock. One entry per staff member and
         *     start, not merged across staff: when two staff members are free at 09:00 there are two
         *     entries. Sorted by start, then staff id. Starts before the clock's now, days off, busy
         *     times and (for a service not bookable online, or hidden or fired staff) everything are
         *     left out. Loopback only, like the rest of this API.
         */
        get: operations["readFreeTimes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/records/{recordId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Cancel a record
         * @description For cleanup: marks a live record deleted, as Altegio's `DELETE /record` does (`deleted`,
         *     `changedAt` set to the clock's now; kept in the data file, if any), so a simulator run
         *     can take back the bookings it made on a long-lived fake even through APIs that have no
         *     cancel operation. Loopback only, like the rest of this API.
         */
        delete: operations["cancelRecord"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description An admin error. */
        Error: {
            /** @description What went wrong. */
            error: {
                /**
                 * @description Stable code.
                 * @enum {string}
                 */
                code: "invalid_request" | "forbidden" | "not_found" | "payload_too_large" | "method_not_allowed";
                /** @description What is wrong, for a person. */
                message: string;
            };
        };
        /** @description The whole state of the fake Altegio; its rows are the fake's own model (see mock-server/altegio/state.ts). */
        Snapshot: {
            /**
             * @description The snapshot format.
             * @constant
             */
            format: "slotcheck-altegio/1";
            /** @description Partner tokens the fake accepts. */
            partnerTokens: string[];
            /** @description Rows by table; every row has an integer `id`. */
            tables: {
                companies: components["schemas"]["Rows"];
                categories: components["schemas"]["Rows"];
                services: components["schemas"]["Rows"];
                staff: components["schemas"]["Rows"];
                clients: components["schemas"]["Rows"];
                records: components["schemas"]["Rows"];
                users: components["schemas"]["Rows"];
            };
        };
        /** @description Rows of one table. */
        Rows: {
            /** @description Row id. */
            id: number;
        }[];
        /** @description The snapshot, with the clock; the rows an oracle reads are typed. */
        State: components["schemas"]["Snapshot"] & components["schemas"]["Clock"] & {
            tables: components["schemas"]["StateTables"];
        };
        /** @description The tables as an oracle reads them: the fields below are the fake's model (mock-server/altegio/state.ts); rows carry more fields, which an oracle compares but does not interpret. */
        StateTables: {
            /** @description Locations. */
            companies: components["schemas"]["CompanyRow"][];
            /** @description Service categories. */
            categories: components["schemas"]["CategoryRow"][];
            /** @description Services. */
            services: components["schemas"]["ServiceRow"][];
            /** @description Staff members. */
            staff: components["schemas"]["StaffRow"][];
            /** @description Clients. */
            clients: components["schemas"]["ClientRow"][];
            /** @description Records (appointments). */
            records: components["schemas"]["RecordRow"][];
            users: components["schemas"]["Rows"];
        };
        /** @description A location. */
        CompanyRow: {
            /** @description Location id. */
            id: number;
            /** @description Its name. */
            title: string;
            /** @description IANA time zone of its wall clock. */
            timeZone: string;
            /** @description Minutes between offered start times. */
            slotStepMinutes: number;
        };
        /** @description A service category. */
        CategoryRow: {
            /** @description Category id. */
            id: number;
            /** @description Its location. */
            companyId: number;
            /** @description Its name. */
            title: string;
        };
        /** @description A service and who provides it. */
        ServiceRow: {
            /** @description Service id. */
            id: number;
            /** @description Its location. */
            companyId: number;
            /** @description Its category. */
            categoryId: number;
            /** @description Its name. */
            title: string;
            /** @description Default length in seconds. */
            duration: number;
            /** @description Bookable online. */
            active: boolean;
            /** @description Who provides it, and how long it takes them (seconds; 0 = the default). */
            staff: {
                /** @description Staff member id. */
                staffId: number;
                /** @description Their length in seconds. */
                seanceLength: number;
            }[];
        };
        /** @description A staff member and their working hours. */
        StaffRow: {
            /** @description Staff member id. */
            id: number;
            /** @description Their location. */
            companyId: number;
            /** @description Full name. */
            name: string;
            /** @description Hidden from online booking. */
            hidden: boolean;
            /** @description No longer works there. */
            fired: boolean;
            /** @description Working intervals by weekday, 0 = Sunday. */
            weekly: components["schemas"]["Interval"][][];
            /** @description Dated overrides of the weekly hours; an empty list is a day off. */
            exceptions: {
                [key: string]: components["schemas"]["Interval"][];
            };
        };
        /** @description Local working hours, `to` exclusive. */
        Interval: {
            /** @description Start, HH:MM. */
            from: string;
            /** @description End, HH:MM (24:00 closes the day). */
            to: string;
        };
        /** @description A client. */
        ClientRow: {
            /** @description Client id. */
            id: number;
            /** @description Their location. */
            companyId: number;
            /** @description First name (or the whole name). */
            name: string;
            /** @description Surname */
            surname: string;
            /** @description E.164 phone. */
            phone: string;
            /** @description Email */
            email: string;
        };
        /** @description A record (appointment). */
        RecordRow: {
            /** @description Record id. */
            id: number;
            /** @description Its location. */
            companyId: number;
            /** @description Who performs it. */
            staffId: number;
            /** @description For whom. */
            clientId: number | null;
            /** @description What is booked. */
            services: {
                /** @description Service id. */
                id: number;
            }[];
            /** @description Start instant */
            start: number;
            /** @description Length in seconds. */
            length: number;
            /** @description Free text. */
            comment: string;
            /** @description Cancelled. */
            deleted: boolean;
        };
        /** @description The server is ready. */
        Health: {
            /**
             * @description Always `ok`; any other answer (or none) means not ready.
             * @constant
             */
            status: "ok";
            /** @description The APIs this server serves, and where. */
            apis: {
                /** @description The API (altegio, admin, voicebot, unified, partner, platformWebhook). */
                name: string;
                /** @description Its mount path on this server. */
                path: string;
            }[];
            clock: components["schemas"]["ClockState"];
        };
        /** @description The fake's now as it stands. */
        ClockState: {
            /**
             * Format: date-time
             * @description The instant, ISO 8601 in UTC.
             */
            now: string;
            /** @description Time stands still at `now`. */
            frozen: boolean;
            /** @description The clock runs with this machine's clock (not frozen, within 5 seconds of it); false when pinned by `--now`, `--frozen` or `PUT /clock` elsewhere. */
            real: boolean;
        };
        /** @description Rows per table. */
        Counts: {
            [key: string]: number;
        };
        /** @description What to generate. */
        SeedRequest: {
            /** @description The faker seed; the same seed and clock give the same data. */
            seed: number;
            /**
             * @description `demo`: locations, staff, clients and records; `empty`: locations, catalog and staff only.
             * @default demo
             * @enum {string}
             */
            dataset: "demo" | "empty";
        };
        /** @description The fake's now. */
        Clock: {
            /**
             * Format: date-time
             * @description The instant, ISO 8601 with an offset or Z.
             */
            now: string;
            /** @description Time stands still at `now`; when false or absent, it runs on from `now`. */
            frozen?: boolean;
        };
        /** @description How far to move the clock on. */
        ClockAdvance: {
            /** @description Seconds to add to now (at most a year). */
            seconds: number;
        };
        /** @description A tagged run. */
        Run: {
            /** @description The `x-slotcheck-run` tag. */
            run: string;
            /** @description The `x-slotcheck-scenario` tags seen */
            scenarios: string[];
            /** @description How many requests carried the tag. */
            requests: number;
            /** @description Records created while its requests were answered. */
            recordIds: number[];
            /**
             * Format: date-time
             * @description Its first request (the fake's clock).
             */
            firstAt: string;
            /**
             * Format: date-time
             * @description Its last request.
             */
            lastAt: string;
        };
        /** @description The records a run's cleanup cancelled. */
        RunCancelled: {
            /** @description The run tag. */
            run: string;
            /** @description Ids of the records cancelled now (not those already cancelled). */
            cancelled: number[];
        };
        /** @description Which requests to disturb, and how. */
        FaultRule: {
            /**
             * @description Only this method (any when absent).
             * @enum {string}
             */
            method?: "GET" | "POST" | "PUT" | "DELETE" | "PATCH";
            /** @description Path on the server, with `*` matching any characters (`/api/v1/records/*`). */
            path: string;
            /** @description Added delay before the answer. */
            latencyMs?: number;
            /** @description Answer this error status (in the API's own error shape) instead of handling the request. */
            status?: number;
            /**
             * @description The share of matching requests hit, 0–1.
             * @default 1
             */
            share: number;
        };
        /** @description A stored fault rule. */
        Fault: components["schemas"]["FaultRule"] & {
            /** @description Rule id. */
            id: number;
            /** @description How many requests it has disturbed. */
            hits: number;
        };
        /** @description Free times of one service at one location, per staff member. */
        FreeTimes: {
            /** @description The location. */
            companyId: number;
            /** @description The location's IANA time zone, in which `from`, `to` and `date` are local dates. */
            timeZone: string;
            /**
             * Format: date-time
             * @description The fake's clock the times were computed from; no start is before it.
             */
            now: string;
            /** @description One entry per staff member and start, sorted by start, then staff id. */
            slots: components["schemas"]["FreeTime"][];
        };
        /** @description A start one staff member can take the service at. */
        FreeTime: {
            /** @description The staff member. */
            staffId: number;
            /** @description Their name. */
            staffName: string;
            /**
             * Format: date
             * @description The local date of the start.
             */
            date: string;
            /**
             * Format: date-time
             * @description The start instant, ISO 8601 in UTC with `Z`.
             */
            start: string;
            /** @description How long this staff member takes for the service, in seconds. */
            length: number;
        };
        /** @description One answered request. */
        LoggedRequest: {
            /** @description Entry id, increasing; `GET /requests/{requestId}` reads it with its bodies. */
            id: number;
            /** @description Its `x-slotcheck-run` tag. */
            run?: string;
            /** @description Its `x-slotcheck-scenario` tag. */
            scenario?: string;
            /** @description For a 4xx or 5xx, the message the answer gave (when it had one). */
            error?: string;
            /** @description For a tagged request, the records created while it was answered. */
            recordIds?: number[];
            /**
             * Format: date-time
             * @description When it arrived by this machine's clock; apart from `at` when the fake's clock is pinned (a frozen clock gives every entry the same `at`).
             */
            receivedAt: string;
            /**
             * Format: date-time
             * @description When it arrived (the fake's clock).
             */
            at: string;
            /** @description HTTP method. */
            method: string;
            /** @description Path and query. */
            path: string;
            /** @description Status answered. */
            status: number;
            /** @description Time to answer, ms. */
            durationMs: number;
            /** @description The id of the fault rule that hit it. */
            fault?: number;
        };
        /** @description A logged request with what went each way. */
        LoggedExchange: components["schemas"]["LoggedRequest"] & {
            request: components["schemas"]["LoggedMessage"];
            response: components["schemas"]["LoggedMessage"];
        };
        /** @description Headers and body, credentials masked. */
        LoggedMessage: {
            /** @description Header names in lower case. */
            headers: {
                [key: string]: string;
            };
            /** @description The JSON body as parsed, or the text when not JSON; absent when there was none. A body over 16 KiB is its first 16 KiB as text with `…(cut)` at the end. */
            body?: unknown;
        };
    };
    responses: {
        /** @description The request is malformed or breaks this spec. */
        InvalidRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Not from loopback, and no valid admin token. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description A request body (on any route, even one that takes none) is larger than the server takes (1 MiB). */
        PayloadTooLarge: {
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
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    readHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    readState: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["State"];
                };
            };
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    takeSnapshot: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The snapshot. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Snapshot"];
                };
            };
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    restoreSnapshot: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Snapshot"];
            };
        };
        responses: {
            /** @description Restored; the counts of what is there now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Counts"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    resetState: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Reset; the counts of what is there now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Counts"];
                };
            };
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    reseed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SeedRequest"];
            };
        };
        responses: {
            /** @description Reseeded; the counts of what is there now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Counts"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    readClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The clock. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClockState"];
                };
            };
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    setClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Clock"];
            };
        };
        responses: {
            /** @description The clock as it is now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClockState"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    advanceClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClockAdvance"];
            };
        };
        responses: {
            /** @description The clock as it is now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClockState"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    listFaults: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rules. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Fault"][];
                };
            };
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    addFault: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FaultRule"];
            };
        };
        responses: {
            /** @description The rule as stored. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Fault"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    clearFaults: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    listRequests: {
        parameters: {
            query?: {
                /** @description At most this many of the newest entries. */
                limit?: number;
                /** @description Only requests tagged with this run (`x-slotcheck-run`). */
                run?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The log. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoggedRequest"][];
                };
            };
            400: components["responses"]["InvalidRequest"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    clearRequests: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cleared. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    readRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The entry's id from the list. */
                requestId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entry. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoggedExchange"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            403: components["responses"]["Forbidden"];
            /** @description No such entry (never logged, or fallen off the log). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    listRuns: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The runs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Run"][];
                };
            };
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    cancelRunRecords: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The run tag. */
                run: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What was cancelled. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunCancelled"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            403: components["responses"]["Forbidden"];
            /** @description No run of that tag since the last reset. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    readFreeTimes: {
        parameters: {
            query: {
                /** @description The location. */
                companyId: number;
                /** @description The service, one of the location's. */
                serviceId: number;
                /** @description One staff member who provides the service; 0 (the default) means every bookable staff member of the location who provides it. */
                staffId?: number;
                /** @description First local date (the location's time zone), `YYYY-MM-DD`. */
                from: string;
                /** @description Last local date, inclusive; not before `from` and at most 62 days after it. */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The free times. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FreeTimes"];
                };
            };
            /** @description A parameter is missing or malformed, `to` is before `from`, or the span is over 62 days. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            403: components["responses"]["Forbidden"];
            /** @description No such location, the service is not one of its services, or the staff member is not one of its staff or does not provide the service. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    cancelRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record's id. */
                recordId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cancelled. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["InvalidRequest"];
            403: components["responses"]["Forbidden"];
            /** @description No such record, or it is already deleted. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
        };
    };
}
