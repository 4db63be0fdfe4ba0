// Generated from specs/altegio.openapi.yaml by openapi-typescript.
// Do not edit: change the spec and run `npm run gen`.

export interface paths {
    "/auth": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in and get a user token
         * @description Exchanges a user's login (an email or a phone) and password for the user token that
         *     goes after `User` in the `Authorization` header. Sent with the partner token only. The
         *     token stays the same across logins (the real API rotates it when the password changes).
         */
        post: operations["authorizeUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/companies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List locations
         * @description The locations (companies) the partner can reach, by `id`. With `my=1` only the
         *     locations the user in the `Authorization` header manages; `my=1` without a user token
         *     answers 401.
         */
        get: operations["listLocations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/company/{company_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a location
         * @description One location. With `forBooking=1` it adds `next_slot`, the first time any staff member
         *     can be booked online for any service (null when nothing is free within the booking
         *     horizon).
         */
        get: operations["getLocation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/company/{company_id}/service_categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List service categories
         * @description The location's service categories, by `weight` descending. With `staff_id`, only the
         *     categories holding a service that staff member does.
         */
        get: operations["listServiceCategories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/service_categories/{company_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a service category
         * @description Adds a service category to the location. `title` is required and must not be blank
         *     (422). `staff` lists the staff members the category is meant for; each must be one of the
         *     location's (422 otherwise). Answers **201** with the category. Altegio's own client sends it
         *     to `POST /service_categories/{company_id}` (`altegio/altegio-pro-mcp`,
         *     `src/providers/altegio-client.ts`).
         */
        post: operations["createServiceCategory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/company/{company_id}/service_categories/{category_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a service category (0 lists them all)
         * @description One service category of the location. Category id `0` means every category: the
         *     answer is then the list, as `GET /service_categories/{company_id}/0` (Altegio's
         *     deprecated `deprecated_get_service_category_list`, the way Altegio's own client reads
         *     the categories) answers. Source: seed 000 ("Category ID = 0 — include all
         *     categories"); `altegio/altegio-pro-mcp` `src/providers/altegio-client.ts`.
         */
        get: operations["getServiceCategory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/service_category/{company_id}/{category_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update a service category
         * @description Changes the category's `title` (required), and `api_id` and `weight` when sent. The
         *     documented spelling is `PUT /service_category/{company_id}/{category_id}`.
         */
        put: operations["updateServiceCategory"];
        post?: never;
        /**
         * Delete a service category
         * @description Deletes the category (`DELETE /service_category/{company_id}/{category_id}` in Altegio's
         *     documentation). A category that still holds services is refused with 422 and stays
         *     (decision: no source says what happens to its services, so nothing is deleted implicitly).
         */
        delete: operations["deleteServiceCategory"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/company/{company_id}/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List services
         * @description The location's services, by `weight` descending. `staff_id` keeps the services that
         *     staff member does, `category_id` those of one category (0 for either means all).
         */
        get: operations["listServices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/services/{company_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a service
         * @description Adds a service (`POST /services/{company_id}`, `create_service` in Altegio's catalog).
         *     `title` and `category_id` are required; `active` defaults to `1` (bookable online, as
         *     Altegio's MCP server notes); `duration` is the default length in seconds (3600 when absent);
         *     `staff` links staff members with their own `seance_length` (0 or absent: the service's
         *     `duration`). A new service with staff who work is offered by `book_times` at once. Answers
         *     **201** with the service.
         */
        post: operations["createService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/company/{company_id}/services/{service_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a service
         * @description One service of the location; `data` is a single object.
         */
        get: operations["getService"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/services/{company_id}/{service_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace a service
         * @description **Full replacement** of the editable fields (`PUT /services/{company_id}/{service_id}`,
         *     `deprecated_update_service_by_id` in Altegio's catalog): `title` and `category_id` are
         *     required; a field left out takes its default, and `staff` left out removes every staff
         *     link (Altegio's MCP server reads the service first and resends `staff` for this reason,
         *     `docs/architecture/v1-contract-notes.md`). Use `PATCH` to change some fields only.
         */
        put: operations["replaceService"];
        post?: never;
        /**
         * Delete a service
         * @description Deletes the service: it leaves the lists, reads of it answer 404, and it can no longer be
         *     booked (438 online, 422 on `POST /records`); records already made keep it.
         */
        delete: operations["deleteService"];
        options?: never;
        head?: never;
        /**
         * Update some fields of a service
         * @description Changes only the fields sent (what Altegio's own client sends to
         *     `PATCH /services/{company_id}/{service_id}`); `staff`, when sent, replaces the links.
         *     An empty body is refused with 422.
         */
        patch: operations["updateService"];
        trace?: never;
    };
    "/company/{company_id}/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List staff members
         * @description The location's staff members, by `weight` descending, fired ones excluded. Hidden ones
         *     (`hidden: 1`) are listed but not offered by online booking.
         */
        get: operations["listStaff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/company/{company_id}/staff/{staff_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a staff member
         * @description One staff member of the location.
         */
        get: operations["getStaffMember"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/{company_id}/{staff_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update a staff member
         * @description Changes the fields sent (`update_team_member`: `name`, `specialization`, `weight`,
         *     `information`, `api_id`, `hidden`, `fired`, `position_id`); an empty body is refused with
         *     422. `hidden: 1` or `fired: 1` takes the staff member out of online booking.
         */
        put: operations["updateStaffMember"];
        post?: never;
        /**
         * Delete a staff member
         * @description Deletes the staff member: they leave the lists and online booking, reads of them answer
         *     404, and their service links are removed; their records stay.
         */
        delete: operations["deleteStaffMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/company/{company_id}/staff/quick": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a staff member
         * @description Adds a staff member (`POST /locations/{company_id}/team_members/quick`,
         *     `create_team_member_quick` in Altegio's catalog; Altegio's own client posts to
         *     `/company/{company_id}/staff/quick`; the catalog's older `POST /staff/{company_id}`,
         *     `deprecated_create_team_member`, answers the same). `name` and `specialization` are required;
         *     `position_id` must be one of the location's positions. A new staff member has no working
         *     hours: set them with `PUT /company/{company_id}/staff/schedule` and link services, then
         *     they are bookable. Answers **201** with the staff member.
         */
        post: operations["createStaffMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/locations/{company_id}/team_members/positions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List positions
         * @description The location's positions (`GET /locations/{company_id}/team_members/positions`; Altegio's
         *     own client reads `GET /positions/{company_id}`): those of its staff members and those
         *     created here.
         */
        get: operations["listPositions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/locations/{company_id}/positions/quick": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a position
         * @description Adds a position (`POST /locations/{company_id}/positions/quick`; Altegio's own client posts
         *     to `/positions/{company_id}`). `title` is required and new at the location (422 otherwise).
         *     Answers **201** with the position.
         */
        post: operations["createPosition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/resources/{company_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List resources
         * @description The location's resources (rooms, equipment; `get_resource_list`). Public V1 documents no
         *     way to create one, and the demo locations have none, so the list is empty.
         */
        get: operations["listResources"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/locations/{company_id}/settings/timetable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the appointment calendar settings
         * @description The location's appointment-calendar settings (`get_appointment_calendar_settings`), from the
         *     location's own booking grid: `record_type` 1 (individual appointments) and slotcheck's own
         *     `timetable_step`, the minutes between offered start times.
         */
        get: operations["getTimetableSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/locations/{company_id}/settings/online": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the online booking settings
         * @description The location's online-booking settings (`get_online_booking_settings`): `any_master` (a
         *     client may book "any staff member", staff id 0), `confirm_number` (SMS confirmation of the
         *     phone; the fake asks none), `seance_delay_step` (minutes before the first offered time; 0)
         *     and slotcheck's own `booking_horizon_days` (how far ahead times are offered).
         */
        get: operations["getOnlineBookingSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/locations/{company_id}/booking_forms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List booking forms
         * @description The location's online booking forms (widgets, `get_booking_widget_list`): the fake has one
         *     default form per location, whose id is the location's, at Altegio's address for it
         *     (the fake serves no widget; integrations store the address).
         */
        get: operations["listBookingForms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/book_services/{company_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List services for online booking
         * @description The services and categories online booking offers (`active` services, not hidden). With
         *     `staff_id`, only what that staff member does, and each service carries their
         *     `seance_length`; with `datetime`, only services that someone can start at that time.
         *     The categories come twice, as `category` and `categories` (the two real spellings).
         */
        get: operations["listBookableServices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/book_staff/{company_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List staff for online booking
         * @description The staff members online booking offers (not hidden, not fired). `bookable` is true when
         *     the staff member does every service of `service_ids[]` and has a free time (at
         *     `datetime`, when given, else within the booking horizon); then `seance_date` is the
         *     first date with a free time.
         */
        get: operations["listBookableStaff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/book_dates/{company_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List dates with free times
         * @description The dates of the month of `date` (this month when absent) on which the services of
         *     `service_ids[]` can be booked (`booking_dates`, from today on) and on which the staff
         *     member works (`working_dates`, the whole month). `staff_id` 0 or absent means any staff
         *     member. `booking_days` and `working_days` hold the same dates grouped by month number,
         *     with **string** keys and values (`{"3": ["2", "3"]}`).
         */
        get: operations["listBookableDates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/book_times/{company_id}/{staff_id}/{date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List free times of a day
         * @description The start times on `date` at which the services of `service_ids[]` fit, one after the
         *     other, into the staff member's working hours without touching their records, on the
         *     location's grid (15 minutes at 1001, 30 at 1002), from now on. `staff_id` 0 means any
         *     staff member (the union of their times). `seance_length` and `sum_length` are the
         *     staff member's total length for the services (60 minutes when no service is given). Send
         *     `datetime` back when booking. A day in the past or beyond the booking horizon, or
         *     services the staff member does not do, give an empty list.
         */
        get: operations["listBookableTimes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/book_check/{company_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check that appointments can be booked
         * @description Checks, without booking, that each appointment can be booked: the services exist and
         *     are bookable online (else 438), the staff member does them and is free for their whole
         *     length (else 433; with `staff_id` 0, someone is free, else 436), and no two
         *     appointments of the request overlap for one staff member (else 437). Answers **201 with
         *     no body** when everything can be booked.
         */
        post: operations["checkBooking"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/book_record/{company_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Book appointments online
         * @description Books one or more appointments for a client, as the online booking widget does. Runs
         *     the checks of `book_check`, then checks the client: `fullname` empty or blank gives 435,
         *     a `phone` without 9 to 15 digits gives 431, a blacklisted phone gives 434 (403). The
         *     client is matched by phone and created when unknown. `staff_id` 0 books the first free
         *     staff member by weight. Each appointment becomes a record (`online: true`); the
         *     answer has one element per appointment, `id` echoing the request's `id`. `code` (SMS
         *     confirmation) is accepted and ignored: the fake's locations do not confirm phones.
         */
        post: operations["createOnlineBooking"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/records/{company_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List records
         * @description The location's records (appointments), ascending by `datetime`, then `id`. Filters
         *     combine: `staff_id` (or `team_member_id`; 0 is every staff member), `client_id`,
         *     `created_user_id`, the session date range `start_date`–`end_date` and the creation
         *     date range `c_start_date`–`c_end_date` (both inclusive, location-local), the
         *     change-time range `changed_after`–`changed_before`. Paged by `page` and `count`, with
         *     `meta.total_count` over all pages (the filters of `get_appointment_list` in Altegio's
         *     official catalog). Deleted records are left out unless `with_deleted=1`
         *     (then they carry `deleted: true`).
         */
        get: operations["listRecords"];
        put?: never;
        /**
         * Create a record
         * @description Makes an appointment as the location's staff would. The staff member must do every
         *     service (else 438). With `save_if_busy` false (the default), a time that is taken or
         *     outside the staff member's working hours answers 422 code 433; with true, the record is
         *     kept anyway. `seance_length` is the length stored, whatever the services' lengths; left
         *     out, it is the staff member's length for the services (seed 000 makes it optional). A
         *     `datetime` without an offset is read in the location's zone, as Altegio does (seen
         *     live: `altegio/altegio-pro-mcp` `src/__tests__/appointments-e2e-live.test.ts` books
         *     with `"2026-01-01 12:00:00"`). The
         *     client is matched by phone and created (with `name`, `email`) when the phone is unknown;
         *     an empty `client.name` gives 435 and a phone without 9 to 15 digits 431. Prices default
         *     to the service's `price_min`.
         */
        post: operations["createRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/record/{company_id}/{record_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a record
         * @description One record of the location. A deleted record answers 404.
         */
        get: operations["getRecord"];
        /**
         * Replace a record
         * @description **Full replacement**, not a partial update: send `staff_id`, `services`, `client`,
         *     `datetime` and `seance_length` again, even those that do not change; a missing one
         *     answers 422. A service line sent without `first_cost`, `discount` and `cost` keeps the
         *     prices it had on the record (so moving a discounted appointment does not reset its
         *     price; seed 000 names Initial and Final Cost among the update's fields); a new service
         *     line takes the service's price. The same checks as `POST /records` apply, except that the record does not
         *     collide with itself. Answers **201** with the record, as the real API does. A deleted
         *     record answers 404.
         */
        put: operations["replaceRecord"];
        post?: never;
        /**
         * Delete a record
         * @description Deletes (cancels) the record: its time becomes free again, it answers 404 from now on,
         *     and `GET /records` lists it only with `with_deleted=1`. Deleting it again answers 404.
         */
        delete: operations["deleteRecord"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/{company_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List clients (legacy)
         * @deprecated
         * @description The location's clients, by `id`. `fullname`, `phone` and `email` match **partially**
         *     (case-insensitive; `phone` compares digits only) and combine. Superseded by
         *     `POST /company/{company_id}/clients/search`.
         */
        get: operations["listClients"];
        put?: never;
        /**
         * Create a client
         * @description Adds a client to the location. The phone must have 9 to 15 digits and be new at the
         *     location; both are 422 validation errors here (with `meta.errors.phone`), not booking
         *     codes.
         */
        post: operations["createClient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/company/{company_id}/clients/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search clients
         * @description Finds clients by filters, combined with `operation` (AND by default). Each item holds
         *     **only the fields named in `fields`** (default `["id"]`). Filters: `id` (value an id or a
         *     list of ids), `quick_search` (part of the name, surname or phone), `phone` and `email`
         *     (partial), `name` (part of the name or surname), `birthday` (value `YYYY-MM-DD`, the
         *     exact date of birth). A filter value that does not suit its type (a `birthday` that is
         *     not a date, an `id` that is not a number) answers 400 with `meta.errors` naming the
         *     filter (`filters.0.state.value`), as the real API answers 400 for a bad filter.
         */
        post: operations["searchClients"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/client/{company_id}/{client_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a client
         * @description One client of the location.
         */
        get: operations["getClient"];
        /**
         * Update a client
         * @description Changes the client: `name` and `phone` are required (as on create), the other fields change
         *     when sent. A phone of another client of the location is refused with 422.
         */
        put: operations["updateClient"];
        post?: never;
        /**
         * Delete a client
         * @description Deletes the client (`delete_client`): they leave the lists and search, reads answer 404;
         *     their records stay. A later booking with the same phone makes a new client.
         */
        delete: operations["deleteClient"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/schedule/{company_id}/{staff_id}/{start_date}/{end_date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a staff member's working hours
         * @description The staff member's working hours for every date from `start_date` to `end_date`
         *     (inclusive), with `is_working: 0` and no slots on days off. An `end_date` before
         *     `start_date`, or a range over 366 days, answers 400.
         */
        get: operations["getStaffSchedule"];
        /**
         * Set a staff member's hours for a date range
         * @description Sets the working hours of every date from `start_date` to `end_date` (both inclusive, at
         *     most 366 days) to `slots`; an empty `slots` makes them days off. The free times follow at
         *     once. Answers **201** with the dates as `GET` on the same path reads them (Altegio's
         *     catalog: `update_team_member_schedule`, `PUT` on the path `GET` reads, answered 201).
         */
        put: operations["setStaffScheduleRange"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/company/{company_id}/staff/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List staff working hours
         * @description One entry per staff member (all, or those of `staff_ids[]`) and date from `start_date`
         *     to `end_date` (inclusive); a day off has no slots. `include[]=busy_intervals` adds the
         *     records of each day as busy intervals; `include[]=off_day_type` adds `off_day_type`
         *     (`day_off` on a day without slots). An `end_date` before `start_date`, or a range over
         *     366 days, answers 400.
         */
        get: operations["listStaffSchedules"];
        /**
         * Set or delete staff working hours
         * @description Sets the working hours of staff members on dates (`schedules_to_set`, replacing what was
         *     there) and makes dates days off (`schedules_to_delete`). Strict as Altegio's backend
         *     is: each item names the staff member as `staff_id`, and `team_member_id` (the
         *     spelling of Altegio's public specification) is refused with 422 and changes nothing
         *     (source: `altegio/altegio-pro-mcp`, `docs/architecture/v1-contract-notes.md`, "the
         *     modern staff-schedule controller expects wire key `staff_id`"; its client translates
         *     the name for this reason). Slots of one date must not overlap and `from` must be
         *     before `to` (else 422). Records already booked stay. Answers with the resulting entries of the
         *     touched staff members and dates.
         */
        put: operations["setStaffSchedules"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/timetable/seances/{company_id}/{staff_id}/{date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a staff member's time grid of a day
         * @description The staff member's working hours of `date` cut into steps of the location's grid
         *     (15 minutes at 1001, 30 at 1002), each with whether a record overlaps it. Empty on a
         *     day off.
         */
        get: operations["listTimetableSeances"];
        put?: never;
        post?: never;
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
         * @description Every error answer: `success` false, `data` null and the message in `meta.message`.
         *     Validation errors add `meta.errors` as a field → messages map; coded booking errors add
         *     `meta.errors` as a list of `{code, message}` and the same code at the top level in
         *     `errors`.
         */
        ErrorResponse: {
            /**
             * @description Always false on an error.
             * @constant
             */
            success: false;
            /** @description Always null on an error. */
            data: null;
            /** @description The message and, for validation and booking errors, the details. */
            meta: components["schemas"]["ErrorMeta"];
            /** @description Coded booking errors only; the same code and message as `meta.errors[0]`. */
            errors?: components["schemas"]["CodedError"];
        };
        /** @description What went wrong. */
        ErrorMeta: {
            /** @description A human-readable message (English in the fake). */
            message: string;
            /** @description A list of coded errors (booking errors) or a map from a field to its messages (validation errors). */
            errors?: components["schemas"]["CodedError"][] | components["schemas"]["FieldErrors"];
        };
        /**
         * @description A coded booking error (see `x-booking-error-codes`).
         * @example {
         *       "code": 433,
         *       "message": "Devin Hasse (10001) cannot be booked on 3 March 2026 at 10:00. The selected time is already taken or is not working time."
         *     }
         */
        CodedError: {
            /**
             * @description The booking error code.
             * @enum {integer}
             */
            code: 431 | 432 | 433 | 434 | 435 | 436 | 437 | 438;
            /** @description What the code means for this request. */
            message: string;
        };
        /**
         * @description Validation messages by field (`appointments.0.datetime` for a nested one), each field with one or more messages.
         * @example {
         *       "fullname": [
         *         "fullname is required."
         *       ]
         *     }
         */
        FieldErrors: {
            [key: string]: string[];
        };
        /** @description An empty `meta`, sent as an empty JSON array `[]` (a PHP empty array), never `{}`. */
        EmptyMeta: unknown[];
        /** @description `meta` with the number of matching items. */
        TotalCountMeta: {
            /** @description How many items match, over all pages. */
            total_count: number;
        };
        /**
         * @description `meta` of a catalog read: `{"total_count": n}` on the `/company/…` and `/locations/…`
         *     spellings, `[]` on the legacy ones (`/services/…`, `/staff/…`, `/service_categories/…`).
         */
        CatalogMeta: components["schemas"]["TotalCountMeta"] | components["schemas"]["EmptyMeta"];
        /** @description `meta` of a paged list. */
        PageMeta: {
            /** @description The page sent. */
            page: number;
            /** @description How many items match, over all pages. */
            total_count: number;
        };
        /** @description `meta` of the newer endpoints: the number of items in `data`. */
        CountMeta: {
            /** @description How many items `data` holds. */
            count: number;
        };
        /**
         * @description A date and time as requests may send it: `YYYY-MM-DDTHH:MM[:SS[.fff]]` with an offset
         *     (`Z`, `+01:00`, `+0100`) or without one (location-local), or `YYYY-MM-DD HH:MM:SS`
         *     (location-local).
         * @example 2026-03-03T10:00:00+01:00
         * @example 2026-03-03T10:00
         * @example 2026-03-03T09:00:00Z
         * @example 2026-03-03T10:00:00+0100
         * @example 2026-03-03 10:00:00
         */
        RequestDateTime: string;
        /**
         * Format: date
         * @description A calendar date, `YYYY-MM-DD`.
         * @example 2026-03-03
         */
        Date: string;
        /**
         * @description A local time of day, `HH:MM`.
         * @example 10:00
         */
        LocalTime: string;
        /**
         * Format: date-time
         * @description A date and time with the location's offset, `YYYY-MM-DDTHH:MM:SS+HH:MM`.
         * @example 2026-03-03T10:00:00+01:00
         */
        OffsetDateTime: string;
        /**
         * @description A timestamp whose offset may lack the colon (`2026-03-01T18:20:11+0100`), as records and clients carry it.
         * @example 2026-03-01T18:20:11+0100
         * @example 2026-03-01T18:20:11+01:00
         */
        LegacyTimestamp: string;
        /** @description A user's credentials. */
        AuthRequest: {
            /** @description The user's email or phone. */
            login: string;
            /** @description The user's password. */
            password: string;
        };
        /** @description The logged-in user and its token. */
        AuthUser: {
            /** @description The user id (the `created_user_id` of records the user makes). */
            id: number;
            /** @description The token to send after `User` in the `Authorization` header. */
            user_token: string;
            /** @description The user's display name. */
            name: string;
            /** @description The user's phone. */
            phone?: string;
            /** @description The user's login. */
            login: string;
            /** @description The user's email (may be empty). */
            email?: string;
            /** @description The avatar URL (may be empty). */
            avatar?: string;
            /** @description Whether the user is approved. */
            is_approved?: boolean;
            /** @description Whether the user's email is confirmed. */
            is_email_confirmed?: boolean;
        };
        /** @description The answer to `POST /auth`. */
        AuthResponse: {
            /**
             * @description Always true on success.
             * @constant
             */
            success: true;
            /** @description The user and its token. */
            data: components["schemas"]["AuthUser"];
            /** @description Empty. */
            meta: components["schemas"]["EmptyMeta"];
        };
        /** @description A location (company, branch) of the Altegio account. */
        Location: {
            /** @description The location id (`company_id` in paths). */
            id: number;
            /** @description The location's name. */
            title: string;
            /** @description The name shown to clients. */
            public_title?: string;
            /** @description A short description of the business. */
            short_descr?: string;
            /** @description The IANA time zone (`Europe/Berlin`). */
            timezone_name: string;
            /** @description The current UTC offset in hours (`1` for Berlin in winter, `-5` for New York); a number, not a string. */
            timezone: number;
            /** @description The country. */
            country: string;
            /** @description The city. */
            city: string;
            /** @description The street address. */
            address: string;
            /** @description The location's phone. */
            phone: string;
            /** @description The currency of prices (`EUR`, `USD`). */
            currency_short_title: string;
            /** @description Latitude. */
            coordinate_lat?: number;
            /** @description Longitude. */
            coordinate_lon?: number;
            /** @description How many staff members work there (not fired). */
            active_staff_count: number;
            /**
             * Format: date-time
             * @description With `forBooking=1` only; the first bookable time of any staff member (left out when nothing is free).
             */
            next_slot?: string;
            /** @description Whether online booking asks for a comment. */
            booking_comment_required?: boolean;
            /** @description Whether online booking asks for an email. */
            booking_email_required?: boolean;
            /** @description Whether clients may move their online bookings. */
            allow_change_record?: boolean;
            /** @description Whether clients may cancel their online bookings. */
            allow_delete_record?: boolean;
            /** @description Altegio's city id; 0 in the fake (no city directory). */
            city_id?: number;
            /** @description Altegio's country id; 0 in the fake (no country directory). */
            country_id?: number;
            /** @description A longer description (HTML in the real API); empty in the fake. */
            description?: string;
            /** @description The postal code; empty in the fake. */
            zip?: string;
            /** @description The website; empty in the fake. */
            site?: string;
            /** @description Social media links (facebook, instagram, telegram, viber, vk, whatsapp), all empty in the fake. */
            social?: {
                /** @description Facebook. */
                facebook?: string;
                /** @description Instagram. */
                instagram?: string;
                /** @description Telegram. */
                telegram?: string;
                /** @description Viber. */
                viber?: string;
                /** @description VK. */
                vk?: string;
                /** @description WhatsApp. */
                whatsapp?: string;
            };
            /** @description The location's main chain; `[]` (Altegio's empty value) as the fake has no chains. */
            main_group?: unknown[];
            /** @description The main chain id; 0 without a chain. */
            main_group_id?: number;
            /** @description Order among the chain's locations; 0. */
            group_priority?: number;
            /** @description The payment policy; `none` in the fake (no prepayment). */
            payment_policy?: {
                /**
                 * @description The policy.
                 * @enum {string}
                 */
                type: "none" | "deposit" | "card_guarantee";
            };
            /** @description Whether online booking confirms the phone by SMS; false in the fake. */
            phone_confirmation?: boolean;
            /** @description Whether the phone is confirmed for push notifications; false. */
            push_notification_phone_confirm?: boolean;
            /** @description The logo's address; empty in the fake. */
            logo?: string;
            /** @description Opening hours as text; empty in the fake. */
            schedule?: string;
            /** @description The location's Android app; empty. */
            app_android?: string;
            /** @description The location's iOS app; empty. */
            app_ios?: string;
        };
        /** @description The answer to `GET /company/{company_id}`. */
        LocationResponse: {
            /**
             * @description Always true on success.
             * @constant
             */
            success: true;
            /** @description The location. */
            data: components["schemas"]["Location"];
            /** @description Empty. */
            meta: components["schemas"]["EmptyMeta"];
        };
        /** @description The answer to `GET /companies`. */
        LocationListResponse: {
            /**
             * @description Always true on success.
             * @constant
             */
            success: true;
            /** @description The locations. */
            data: components["schemas"]["Location"][];
            /** @description The number of matching locations. */
            meta: components["schemas"]["TotalCountMeta"];
        };
        /** @description A service category. */
        Category: {
            /** @description The category id. */
            id: number;
            /** @description The category's id in the account's chain-wide catalog (the fake repeats `id`). */
            salon_service_id?: number;
            /** @description The category's name. */
            title: string;
            /** @description An external id set by an integration. */
            api_id?: string;
            /** @description Sort weight; higher comes first. */
            weight: number;
            /** @description The staff members who do at least one service of the category. */
            staff: number[];
            /** @description Whether the category belongs to a chain; false in the fake. */
            is_chain?: boolean;
        };
        /** @description The answer to `GET /company/{company_id}/service_categories`. */
        CategoryListResponse: {
            /**
             * @description Always true on success.
             * @constant
             */
            success: true;
            /** @description The categories. */
            data: components["schemas"]["Category"][];
            /** @description The number of categories. */
            meta: components["schemas"]["CatalogMeta"];
        };
        /** @description The answer to `GET /company/{company_id}/service_categories/{category_id}`. */
        CategoryResponse: {
            /**
             * @description Always true on success.
             * @constant
             */
            success: true;
            /** @description The category. */
            data: components["schemas"]["Category"];
            /** @description `total_count` 1. */
            meta: components["schemas"]["CatalogMeta"];
        };
        /** @description A staff member who does a service, and how long it takes them. */
        ServiceStaff: {
            /** @description The staff member id. */
            id: number;
            /** @description How long the service takes this staff member, in seconds. */
            seance_length: number;
        };
        /** @description A service of a location. */
        Service: {
            /** @description The service id. */
            id: number;
            /** @description The service's id in the chain-wide catalog (the fake repeats `id`). */
            salon_service_id?: number;
            /** @description The service's name. */
            title: string;
            /** @description The name shown in online booking. */
            booking_title?: string;
            /** @description The service's category. */
            category_id: number;
            /** @description The lowest price, in the location's currency. */
            price_min: number;
            /** @description The highest price, in the location's currency. */
            price_max: number;
            /** @description Discount in percent. */
            discount?: number;
            /** @description A description of the service. */
            comment?: string;
            /** @description Sort weight; higher comes first. */
            weight?: number;
            /**
             * @description `1`: can be booked online.
             * @enum {integer}
             */
            active: 0 | 1;
            /** @description An external id set by an integration. */
            api_id?: string;
            /** @description The default length, in seconds. */
            duration: number;
            /** @description The staff members who do it, with their own length. */
            staff: components["schemas"]["ServiceStaff"][];
            /** @description Whether it is offered by online booking. */
            is_online?: boolean;
            /** @description Seconds of break after the service; null (the location's default, none in the fake). */
            technical_break_duration?: number | null;
        };
        /** @description The answer to `GET /company/{company_id}/services`. */
        ServiceListResponse: {
            /**
             * @description Always true on success.
             * @constant
             */
            success: true;
            /** @description The services. */
            data: components["schemas"]["Service"][];
            /** @description The number of services. */
            meta: components["schemas"]["CatalogMeta"];
        };
        /** @description The answer to `GET /company/{company_id}/services/{service_id}`. */
        ServiceResponse: {
            /**
             * @description Always true on success.
             * @constant
             */
            success: true;
            /** @description The service. */
            data: components["schemas"]["Service"];
            /** @description `total_count` 1. */
            meta: components["schemas"]["CatalogMeta"];
        };
        /** @description A staff member's position, or an empty array `[]` when none is set (a PHP quirk of the real API). */
        StaffPosition: {
            /** @description The position id. */
            id: number;
            /** @description The position's name. */
            title: string;
        } | unknown[];
        /** @description A staff member (team member) of a location. */
        StaffMember: {
            /** @description The staff member id. */
            id: number;
            /**
             * @description An external id set by an integration. Altegio's catalog types it as an integer, so
             *     one set through the API reads back as that number, or null when it is not digits.
             */
            api_id?: number | null;
            /** @description The staff member's name. */
            name: string;
            /** @description The location. */
            company_id: number;
            /** @description What they do, as shown to clients. */
            specialization: string;
            /** @description The position, or `[]`. */
            position: components["schemas"]["StaffPosition"];
            /** @description Small photo URL (may be empty). */
            avatar?: string;
            /** @description Large photo URL (may be empty). */
            avatar_big?: string;
            /**
             * @description `1`: no longer works there.
             * @enum {integer}
             */
            fired: 0 | 1;
            /** @description `0` for a normal staff member, `1` when deleted. */
            status?: number;
            /**
             * @description `1`: hidden from online booking.
             * @enum {integer}
             */
            hidden: 0 | 1;
            /** @description Sort weight; higher comes first. */
            weight: number;
            /** @description Average client rating. */
            rating?: number;
            /** @description How many ratings. */
            votes_count?: number;
            /** @description A longer description (may hold HTML in the real API). */
            information?: string;
            /**
             * Format: date
             * @description The last date with a working schedule set.
             */
            schedule_till?: string;
            /** @description Offered by online booking: not hidden, not fired, and doing at least one service bookable online. */
            bookable?: boolean;
            /** @description How many reviews; 0. */
            comments_count?: number;
            /** @description Can have working hours set; true. */
            has_access_timetable?: boolean;
            /** @description More images; empty. */
            image_group?: unknown[];
            /** @description The position id; 0 without one. */
            position_id?: number;
            /**
             * @description Online prepayment; `forbidden` in the fake.
             * @enum {string}
             */
            prepaid?: "forbidden" | "allowed" | "required";
            /**
             * @description Whether the rating is shown; 1.
             * @enum {integer}
             */
            show_rating?: 0 | 1;
            /** @description The linked user account; empty. */
            user?: unknown[];
            /** @description The linked user id; null. */
            user_id?: number | null;
            /** @description Included in the location's payment policy; true. */
            is_included_in_payment_policy?: boolean;
            /** @description Counted as paid staff; true. */
            is_paid_staff?: boolean;
        };
        /** @description The answer to `GET /company/{company_id}/staff`. */
        StaffListResponse: {
            /**
             * @description Always true on success.
             * @constant
             */
            success: true;
            /** @description The staff members. */
            data: components["schemas"]["StaffMember"][];
            /** @description The number of staff members. */
            meta: components["schemas"]["CatalogMeta"];
        };
        /** @description The answer to `GET /company/{company_id}/staff/{staff_id}`. */
        StaffMemberResponse: {
            /**
             * @description Always true on success.
             * @constant
             */
            success: true;
            /** @description The staff member. */
            data: components["schemas"]["StaffMember"];
            /** @description `total_count` 1. */
            meta: components["schemas"]["CatalogMeta"];
        };
        /** @description A service as online booking offers it. */
        BookableService: {
            /** @description The service id. */
            id: number;
            /** @description The name shown in online booking. */
            title: string;
            /** @description The service's category. */
            category_id: number;
            /** @description The lowest price. */
            price_min: number;
            /** @description The highest price. */
            price_max: number;
            /** @description Discount in percent. */
            discount?: number;
            /** @description A description of the service. */
            comment?: string;
            /** @description Sort weight; higher comes first. */
            weight?: number;
            /**
             * @description Always `1` here.
             * @enum {integer}
             */
            active: 0 | 1;
            /** @description Only with `staff_id`; that staff member's length for it, in seconds. */
            seance_length?: number;
        };
        /** @description A category as online booking offers it. */
        BookCategory: {
            /** @description The category id. */
            id: number;
            /** @description The category's name. */
            title: string;
            /** @description An external id set by an integration. */
            api_id?: string | null;
            /** @description Sort weight; higher comes first. */
            weight?: number;
        };
        /** @description What `book_services` offers. */
        BookServicesData: {
            /** @description Group events; always empty in the fake. */
            events: Record<string, never>[];
            /** @description The bookable services. */
            services: components["schemas"]["BookableService"][];
            /** @description The categories of those services (the YCLIENTS spelling). */
            category: components["schemas"]["BookCategory"][];
            /** @description The same categories (the Altegio spelling). */
            categories: components["schemas"]["BookCategory"][];
        };
        /** @description The answer to `GET /book_services/{company_id}`. */
        BookServicesResponse: {
            /**
             * @description Always true on success.
             * @constant
             */
            success: true;
            /** @description Services and categories. */
            data: components["schemas"]["BookServicesData"];
            /** @description Empty. */
            meta: components["schemas"]["EmptyMeta"];
        };
        /** @description A free start time. */
        BookTime: {
            /** @description The local start time, `HH:MM`. */
            time: components["schemas"]["LocalTime"];
            /** @description The appointment's length, in seconds. */
            seance_length: number;
            /** @description The total length of the requested services, in seconds. */
            sum_length?: number;
            /** @description The start with the location's offset; send it back when booking. */
            datetime: components["schemas"]["OffsetDateTime"];
        };
        /** @description A staff member as online booking offers them. */
        BookableStaff: {
            /** @description The staff member id. */
            id: number;
            /** @description The staff member's name. */
            name: string;
            /** @description Whether they do the services and have a free time. */
            bookable: boolean;
            /** @description What they do. */
            specialization?: string;
            /** @description The position, or `[]`. */
            position?: components["schemas"]["StaffPosition"];
            /** @description Average client rating. */
            rating?: number;
            /** @description How many ratings. */
            votes_count?: number;
            /** @description Photo URL (may be empty). */
            avatar?: string;
            /** @description Sort weight; higher comes first. */
            weight?: number;
            /** @description A longer description. */
            information?: string;
            /** @description Only when `bookable`; the first date with a free time. */
            seance_date?: components["schemas"]["Date"];
            /** @description Free times of `seance_date`; the fake sends an empty list (ask `book_times`). */
            seances: components["schemas"]["BookTime"][];
        };
        /** @description The answer to `GET /book_staff/{company_id}`. */
        BookStaffResponse: {
            /**
             * @description Always true on success.
             * @constant
             */
            success: true;
            /** @description The staff members. */
            data: components["schemas"]["BookableStaff"][];
            /** @description Empty. */
            meta: components["schemas"]["EmptyMeta"];
        };
        /**
         * @description Days grouped by month number; keys and values are strings (`{"3": ["2", "3"]}`).
         * @example {
         *       "3": [
         *         "30",
         *         "31"
         *       ],
         *       "4": [
         *         "1"
         *       ]
         *     }
         */
        DaysByMonth: {
            [key: string]: string[];
        };
        /** @description Bookable and working dates. */
        BookDates: {
            /** @description The bookable dates, by month. */
            booking_days: components["schemas"]["DaysByMonth"];
            /** @description The dates with at least one free time, ascending. */
            booking_dates: components["schemas"]["Date"][];
            /** @description The working dates, by month. */
            working_days: components["schemas"]["DaysByMonth"];
            /** @description The dates the staff member (any, with 0) works, ascending. */
            working_dates: components["schemas"]["Date"][];
        };
        /** @description The answer to `GET /book_dates/{company_id}`. */
        BookDatesResponse: {
            /**
             * @description Always true on success.
             * @constant
             */
            success: true;
            /** @description The dates. */
            data: components["schemas"]["BookDates"];
            /** @description Empty. */
            meta: components["schemas"]["EmptyMeta"];
        };
        /** @description The answer to `GET /book_times/{company_id}/{staff_id}/{date}`. */
        BookTimesResponse: {
            /**
             * @description Always true on success.
             * @constant
             */
            success: true;
            /** @description The free start times, ascending. */
            data: components["schemas"]["BookTime"][];
            /** @description Empty. */
            meta: components["schemas"]["EmptyMeta"];
        };
        /** @description One appointment to check or book. */
        BookAppointment: {
            /** @description The client's own number for the appointment, echoed in answers and errors. */
            id: number;
            /** @description The services, done one after the other; none (absent or empty) gives 438. */
            services?: number[];
            /** @description The staff member, or `0` for any. */
            staff_id: number;
            /** @description The start; without an offset it is location-local. */
            datetime: components["schemas"]["RequestDateTime"];
            /** @description Custom record fields (`book_record` only); stored as given. */
            custom_fields?: Record<string, never>;
        };
        /** @description The body of `POST /book_check/{company_id}`. */
        BookCheckRequest: {
            /** @description The appointments to check. */
            appointments: components["schemas"]["BookAppointment"][];
        };
        /** @description The body of `POST /book_record/{company_id}`. */
        BookRecordRequest: {
            /** @description The client's phone; without 9 to 15 digits the answer is 431. */
            phone: string;
            /** @description The client's name; empty or blank gives 435. */
            fullname: string;
            /**
             * Format: email
             * @description The client's email.
             */
            email?: string;
            /** @description The SMS confirmation code; accepted and ignored by the fake. */
            code?: string;
            /** @description A comment for the records. */
            comment?: string;
            /** @description Where the booking comes from (`mobile`, `widget`, …). */
            type?: string;
            /** @description Hours before the appointment to remind by SMS; 0 for no reminder. */
            notify_by_sms?: number;
            /** @description Hours before the appointment to remind by email; 0 for no reminder. */
            notify_by_email?: number;
            /** @description An external id stored on the records. */
            api_id?: string;
            /** @description The appointments to book. */
            appointments: components["schemas"]["BookAppointment"][];
        };
        /** @description One booked appointment. */
        BookRecordResult: {
            /** @description The `id` of the appointment in the request. */
            id: number;
            /** @description The record made. */
            record_id: number;
            /** @description A secret that lets the client cancel without a user token. */
            record_hash: string;
        };
        /** @description The answer to `POST /book_record/{company_id}`. */
        BookRecordResponse: {
            /**
             * @description Always true on success.
             * @constant
             */
            success: true;
            /** @description One element per appointment. */
            data: components["schemas"]["BookRecordResult"][];
            /** @description Empty. */
            meta: components["schemas"]["EmptyMeta"];
        };
        /** @description A service of a record to make, with optional prices. */
        RecordServiceInput: {
            /** @description The service. */
            id: number;
            /** @description The price before discount; defaults to the service's `price_min`. */
            first_cost?: number;
            /** @description Discount in percent; defaults to 0. */
            discount?: number;
            /** @description The price to pay; defaults to `first_cost` less the discount. */
            cost?: number;
        };
        /** @description The client of a record to make, matched by phone. */
        RecordClientInput: {
            /** @description The client's phone (9 to 15 digits, else 431). */
            phone: string;
            /** @description The client's name (empty gives 435); used when the client is new. */
            name: string;
            /**
             * Format: email
             * @description The client's email; used when the client is new.
             */
            email?: string;
        };
        /**
         * @description The body of `PUT /record/{company_id}/{record_id}`, which replaces the whole record:
         *     a `RecordCreateRequest` whose `seance_length` is required too (seed 000: "Seance
         *     Length" is required on update; Altegio's documentation: "a missing required field
         *     returns 422").
         */
        RecordRequest: components["schemas"]["RecordCreateRequest"] & {
            /** @description The length, in seconds. */
            seance_length: number;
        };
        /**
         * @description The body of `POST /records/{company_id}`. `seance_length` may be left out (seed 000
         *     lists "Session Length" among the optional fields of a create): it is then the staff
         *     member's length for the services, one after the other.
         */
        RecordCreateRequest: {
            /** @description The staff member. */
            staff_id: number;
            /** @description The services. */
            services: components["schemas"]["RecordServiceInput"][];
            /** @description The client. */
            client: components["schemas"]["RecordClientInput"];
            /** @description The start; without an offset it is location-local. */
            datetime: components["schemas"]["RequestDateTime"];
            /** @description The length, in seconds (on a create, default the staff member's length for the services). */
            seance_length?: number;
            /**
             * @description Keep the record even if the time is taken or outside working hours.
             * @default false
             */
            save_if_busy: boolean;
            /**
             * @description Send the client a confirmation SMS (the fake sends nothing); `0`/`1` as Altegio's own client sends it, or a boolean.
             * @default false
             * @enum {boolean|integer}
             */
            send_sms: true | false | 0 | 1;
            /** @description A comment. */
            comment?: string;
            /**
             * @description Hours before the appointment to remind by SMS.
             * @default 1
             */
            sms_remain_hours: number;
            /**
             * @description Hours before the appointment to remind by email.
             * @default 12
             */
            email_remain_hours: number;
            /**
             * @description `2` confirmed, `1` arrived, `0` waiting, `-1` no-show.
             * @default 0
             * @enum {integer}
             */
            attendance: -1 | 0 | 1 | 2;
            /** @description An external id. */
            api_id?: string;
        };
        /** @description A service of a record, with its prices. */
        RecordService: {
            /** @description The service. */
            id: number;
            /** @description The service's name. */
            title: string;
            /** @description The price to pay. */
            cost: number;
            /** @description The price set by hand (equals `cost` in the fake). */
            manual_cost?: number;
            /** @description The price of one unit. */
            cost_per_unit?: number;
            /** @description Discount in percent. */
            discount: number;
            /** @description The price before discount. */
            first_cost: number;
            /** @description How many units. */
            amount: number;
        };
        /** @description The staff member of a record. */
        RecordStaff: {
            /** @description The staff member id. */
            id: number;
            /** @description An external id. */
            api_id?: string | null;
            /** @description The staff member's name. */
            name: string;
            /** @description What they do. */
            specialization?: string;
            /** @description The position, or `[]`. */
            position?: components["schemas"]["StaffPosition"];
            /** @description Small photo URL (may be empty). */
            avatar?: string;
            /** @description Large photo URL (may be empty). */
            avatar_big?: string;
            /** @description Average client rating. */
            rating?: number;
            /** @description How many ratings. */
            votes_count?: number;
        };
        /** @description The client of a record. */
        RecordClient: {
            /** @description The client id. */
            id: number;
            /** @description The client's name. */
            name: string;
            /** @description The client's surname (may be empty). */
            surname?: string;
            /** @description The client's phone. */
            phone: string;
            /** @description Loyalty card number (may be empty). */
            card?: string;
            /** @description The client's email (may be empty). */
            email?: string;
            /** @description Visits the client came to. */
            success_visits_count?: number;
            /** @description Visits the client missed. */
            fail_visits_count?: number;
        };
        /** @description A record (appointment). */
        Record: {
            /** @description The record id. */
            id: number;
            /** @description The location. */
            company_id: number;
            /** @description The staff member. */
            staff_id: number;
            /** @description The services, with prices. */
            services: components["schemas"]["RecordService"][];
            /** @description Goods sold with the visit; always empty in the fake. */
            goods_transactions?: Record<string, never>[];
            /** @description The staff member. */
            staff: components["schemas"]["RecordStaff"];
            /** @description The client, or null for a record without one. */
            client: components["schemas"]["RecordClient"] | null;
            /** @description How many clients (1 for an individual appointment). */
            clients_count?: number;
            /** @description The local start, `YYYY-MM-DD HH:MM:SS`. */
            date: string;
            /** @description The start with the location's offset. */
            datetime: components["schemas"]["OffsetDateTime"];
            /** @description When the record was made. */
            create_date?: components["schemas"]["LegacyTimestamp"];
            /** @description When it last changed. */
            last_change_date?: components["schemas"]["LegacyTimestamp"];
            /** @description A comment. */
            comment?: string;
            /** @description Made by online booking (`book_record`). */
            online?: boolean;
            /**
             * @description The visit's attendance (same values as `attendance`).
             * @enum {integer}
             */
            visit_attendance?: -1 | 0 | 1 | 2;
            /**
             * @description `2` confirmed, `1` arrived, `0` waiting, `-1` no-show.
             * @enum {integer}
             */
            attendance?: -1 | 0 | 1 | 2;
            /**
             * @description `1`: confirmed.
             * @enum {integer}
             */
            confirmed?: 0 | 1;
            /** @description The length, in seconds. */
            seance_length: number;
            /** @description The same length, in seconds. */
            length: number;
            /** @description Whether an SMS reminder is set (`1`) or not (`0`). */
            sms_before?: number;
            /**
             * @description `1`: the client chose the staff member (not "any").
             * @enum {integer}
             */
            master_request?: 0 | 1;
            /** @description An external id (may be empty). */
            api_id?: string;
            /** @description The visit the record belongs to. */
            visit_id?: number;
            /** @description The user who made it (0 for online bookings). */
            created_user_id?: number;
            /** @description Deleted (only listed with `with_deleted=1`). */
            deleted: boolean;
            /**
             * @description `1`: paid in full.
             * @enum {integer}
             */
            paid_full?: 0 | 1;
            /** @description Paid online in advance. */
            prepaid?: boolean;
            /** @description A calendar colour (may be empty). */
            custom_color?: string;
            /** @description Labels; always empty in the fake. */
            record_labels?: Record<string, never>[];
            /** @description The group event (0 for an individual appointment). */
            activity_id?: number;
            /** @description Custom fields, as booked. */
            custom_fields?: Record<string, never>;
            /** @description Documents of the visit; always empty in the fake. */
            documents?: Record<string, never>[];
            /** @description Hours before the appointment to remind by SMS. */
            sms_remain_hours?: number;
            /** @description Hours before the appointment to remind by email. */
            email_remain_hours?: number;
            /** @description Acceptance-free flag; null. */
            acceptance_free?: boolean | null;
            /** @description The online booking form the record came from (the location's, whose id is the location's); 0 when made by staff. */
            bookform_id?: number;
            /** @description Comer flag; null. */
            comer?: boolean | null;
            /** @description Consumables used; empty. */
            consumables?: unknown[];
            /** @description The calendar font colour; empty. */
            custom_font_color?: string;
            /** @description Whether a confirmation email was sent; 0 (the fake sends none). */
            email_now?: number;
            /** @description Payments; empty (the fake takes none). */
            finance_transactions?: unknown[];
            /** @description The page online booking came from; empty. */
            from_url?: string;
            /**
             * @description How it was booked; 0 by staff, 2 online (a desktop browser).
             * @enum {integer}
             */
            is_mobile?: 0 | 1 | 2;
            /** @description Whether the reminder SMS went out; false. */
            is_remind_sms_sent?: boolean;
            /** @description Whether a sales receipt was printed; false. */
            is_sale_bill_printed?: boolean;
            /** @description Whether changes are blocked; false. */
            is_update_blocked?: boolean;
            /** @description Whether the location confirmed the record to the client; 0. */
            notified?: number;
            /** @description The payment status; 0 (not paid). */
            payment_status?: number;
            /** @description Whether an online prepayment went through; false. */
            prepaid_confirmed?: boolean;
            /** @description The name of the online booking form; empty. */
            record_from?: string;
            /** @description Resources booked; empty. */
            resource_instance_ids?: unknown[];
            /** @description Whether feedback was asked for; 0. */
            review_requested?: number;
            /** @description A short link to the record; empty. */
            short_link?: string;
            /** @description Whether an SMS went out when the record was made; 0. */
            sms_now?: number;
            /** @description That SMS; empty. */
            sms_now_text?: string;
            /** @description Seconds of break included in the length; 0. */
            technical_break_duration?: number;
        };
        /** @description The answer with one record. */
        RecordResponse: {
            /**
             * @description Always true on success.
             * @constant
             */
            success: true;
            /** @description The record. */
            data: components["schemas"]["Record"];
            /** @description Empty. */
            meta: components["schemas"]["EmptyMeta"];
        };
        /** @description The answer to `GET /records/{company_id}`. */
        RecordListResponse: {
            /**
             * @description Always true on success.
             * @constant
             */
            success: true;
            /** @description The records of the page. */
            data: components["schemas"]["Record"][];
            /** @description The page and the total. */
            meta: components["schemas"]["PageMeta"];
        };
        /**
         * @description The fields of a client, every one optional: `clients/search` answers only those named
         *     in `fields`. `Client` is the same with the fields always present.
         */
        ClientFields: {
            /** @description The client id. */
            id?: number;
            /** @description The client's (first) name. */
            name?: string;
            /** @description The client's surname (may be empty). */
            surname?: string;
            /** @description The client's phone, `+` and digits. */
            phone?: string;
            /** @description The client's email (may be empty). */
            email?: string;
            /** @description Client categories; always empty in the fake. */
            categories?: Record<string, never>[];
            /**
             * @description `0` unknown, `1` male, `2` female.
             * @enum {integer}
             */
            sex_id?: 0 | 1 | 2;
            /** @description Personal discount in percent. */
            discount?: number;
            /** @description Importance class (0 none). */
            importance_id?: number;
            /** @description Loyalty card number (may be empty). */
            card?: string;
            /** @description Date of birth, `YYYY-MM-DD`, or empty when unknown (Altegio's catalog, `deprecated_get_client_list`). */
            birth_date?: string;
            /** @description The name as shown (name and surname). */
            display_name?: string;
            /** @description A middle name; empty in the fake. */
            patronymic?: string;
            /** @description The gender's name (`Male`, `Female`, or empty when unknown). */
            sex?: string;
            /** @description The importance class's name; empty (class 0) in the fake. */
            importance?: string;
            /** @description Money paid, in the location's currency; 0 (the fake takes no payments). */
            paid?: number;
            /** @description A comment. */
            comment?: string;
            /**
             * @description `1`: send birthday greetings.
             * @enum {integer}
             */
            sms_check?: 0 | 1;
            /**
             * @description `1`: the client declined SMS.
             * @enum {integer}
             */
            sms_not?: 0 | 1;
            /** @description Money spent, in the location's currency. */
            spent?: number;
            /** @description Deposit balance. */
            balance?: number;
            /** @description Visits so far. */
            visits?: number;
            /** @description When the client last changed. */
            last_change_date?: components["schemas"]["LegacyTimestamp"];
            /** @description Custom client fields. */
            custom_fields?: Record<string, never>;
        };
        /** @description A client of a location. */
        Client: WithRequired<components["schemas"]["ClientFields"], "id" | "name" | "surname" | "phone" | "email" | "birth_date">;
        /** @description The body of `POST /clients/{company_id}`. */
        ClientCreateRequest: {
            /** @description The client's (first) name. */
            name: string;
            /** @description The client's phone, 9 to 15 digits, new at the location. */
            phone: string;
            /** @description The client's surname. */
            surname?: string;
            /**
             * Format: email
             * @description The client's email.
             */
            email?: string;
            /**
             * @description `0` unknown, `1` male, `2` female.
             * @enum {integer}
             */
            sex_id?: 0 | 1 | 2;
            /** @description Date of birth. */
            birth_date?: components["schemas"]["Date"];
            /** @description A comment. */
            comment?: string;
        };
        /** @description The answer with one client. */
        ClientResponse: {
            /**
             * @description Always true on success.
             * @constant
             */
            success: true;
            /** @description The client. */
            data: components["schemas"]["Client"];
            /** @description Empty. */
            meta: components["schemas"]["EmptyMeta"];
        };
        /** @description The answer to `GET /clients/{company_id}`. */
        ClientListResponse: {
            /**
             * @description Always true on success.
             * @constant
             */
            success: true;
            /** @description The clients of the page. */
            data: components["schemas"]["Client"][];
            /** @description The page and the total. */
            meta: components["schemas"]["PageMeta"];
        };
        /**
         * @description One filter of a client search.
         * @example {
         *       "type": "quick_search",
         *       "state": {
         *         "value": "Priemer"
         *       }
         *     }
         * @example {
         *       "type": "id",
         *       "state": {
         *         "value": [
         *           10014,
         *           10015
         *         ]
         *       }
         *     }
         */
        ClientSearchFilter: {
            /**
             * @description What to filter by.
             * @enum {string}
             */
            type: "id" | "quick_search" | "birthday" | "phone" | "email" | "name";
            /** @description The filter's value. */
            state: {
                /** @description A text, an id, a list of ids (`id`) or a date (`birthday`). */
                value: string | number | (string | number)[];
            };
        };
        /** @description The body of `POST /company/{company_id}/clients/search`. */
        ClientSearchRequest: {
            /**
             * @description The page, from 1.
             * @default 1
             */
            page: number;
            /**
             * @description Page size.
             * @default 25
             */
            page_size: number;
            /**
             * @description The client fields each item holds.
             * @default [
             *       "id"
             *     ]
             */
            fields: ("id" | "name" | "surname" | "phone" | "email" | "categories" | "sex_id" | "discount" | "importance_id" | "card" | "birth_date" | "comment" | "sms_check" | "sms_not" | "spent" | "balance" | "visits" | "last_change_date" | "custom_fields")[];
            /**
             * @description The sort field.
             * @default id
             * @enum {string}
             */
            order_by: "id" | "name" | "surname" | "phone" | "email" | "birth_date" | "spent" | "visits" | "last_change_date";
            /**
             * @description The sort direction.
             * @default ASC
             * @enum {string}
             */
            order_by_direction: "ASC" | "DESC";
            /**
             * @description How the filters combine.
             * @default AND
             * @enum {string}
             */
            operation: "AND" | "OR";
            /** @description The filters; none means every client. */
            filters?: components["schemas"]["ClientSearchFilter"][];
        };
        /** @description The answer to `POST /company/{company_id}/clients/search`. */
        ClientSearchResponse: {
            /**
             * @description Always true on success.
             * @constant
             */
            success: true;
            /** @description The clients of the page, with the requested fields only. */
            data: components["schemas"]["ClientFields"][];
            /** @description The number of matching clients. */
            meta: components["schemas"]["TotalCountMeta"];
        };
        /**
         * @description A date in a schedule path, `YYYY-MM-DD` or `YYYYMMDD`.
         * @example 2026-03-03
         * @example 20260303
         */
        ScheduleDate: string;
        /**
         * @description Working hours of one stretch, local time; `to` may be `24:00`.
         * @example {
         *       "from": "09:00",
         *       "to": "13:00"
         *     }
         */
        TimeRange: {
            /** @description The start, `HH:MM`. */
            from: string;
            /** @description The end, `HH:MM` or `24:00`, after `from`. */
            to: string;
        };
        /** @description A staff member's working hours on one date. */
        ScheduleDay: {
            /** @description The date. */
            date: components["schemas"]["Date"];
            /** @description A working day (Altegio's catalog types it as a boolean). */
            is_working: boolean;
            /** @description The working hours, ascending; empty on a day off. */
            slots: components["schemas"]["TimeRange"][];
        };
        /** @description The answer to `GET /schedule/{company_id}/{staff_id}/{start_date}/{end_date}`. */
        ScheduleDayListResponse: {
            /**
             * @description Always true on success.
             * @constant
             */
            success: true;
            /** @description One entry per date. */
            data: components["schemas"]["ScheduleDay"][];
            /** @description Empty. */
            meta: components["schemas"]["EmptyMeta"];
        };
        /** @description A busy stretch of a staff member's day. */
        BusyInterval: {
            /**
             * @description What makes it busy.
             * @enum {string}
             */
            entity_type: "record";
            /** @description The record id. */
            entity_id: number;
            /** @description The start, `HH:MM:SS`. */
            from: string;
            /** @description The end, `HH:MM:SS` (`24:00:00` at midnight). */
            to: string;
        };
        /** @description A staff member's working hours on one date. */
        StaffScheduleEntry: {
            /** @description The staff member. */
            staff_id: number;
            /** @description The date. */
            date: components["schemas"]["Date"];
            /** @description The working hours, ascending; empty on a day off. */
            slots: components["schemas"]["TimeRange"][];
            /** @description With `include[]=busy_intervals`; the records of the day. */
            busy_intervals?: components["schemas"]["BusyInterval"][];
            /** @description With `include[]=off_day_type`; `day_off` on a day without slots, absent (or null) on a working day. */
            off_day_type?: string | null;
        };
        /** @description The answer to `GET` and `PUT /company/{company_id}/staff/schedule`. */
        StaffScheduleListResponse: {
            /**
             * @description Always true on success.
             * @constant
             */
            success: true;
            /** @description The entries. */
            data: components["schemas"]["StaffScheduleEntry"][];
            /** @description The number of entries. */
            meta: components["schemas"]["CountMeta"];
        };
        /** @description Working hours to set for one staff member on some dates. */
        StaffScheduleSet: {
            /** @description The staff member; required. */
            staff_id: number;
            /**
             * @description Refused with 422: the spelling of Altegio's public specification, which the backend's
             *     schedule controller does not read (`altegio/altegio-pro-mcp`,
             *     `docs/architecture/v1-contract-notes.md`: "expects wire key `staff_id`").
             */
            team_member_id?: number;
            /** @description The dates. */
            dates: components["schemas"]["Date"][];
            /** @description The working hours of each of those dates. */
            slots: components["schemas"]["TimeRange"][];
        };
        /** @description Dates to make days off for one staff member. */
        StaffScheduleDelete: {
            /** @description The staff member; required. */
            staff_id: number;
            /**
             * @description Refused with 422: the spelling of Altegio's public specification, which the backend's
             *     schedule controller does not read (`altegio/altegio-pro-mcp`,
             *     `docs/architecture/v1-contract-notes.md`: "expects wire key `staff_id`").
             */
            team_member_id?: number;
            /** @description The dates. */
            dates: components["schemas"]["Date"][];
        };
        /** @description The body of `PUT /company/{company_id}/staff/schedule`; at least one of the two lists. */
        StaffScheduleUpdateRequest: {
            /** @description Working hours to set. */
            schedules_to_set?: components["schemas"]["StaffScheduleSet"][];
            /** @description Dates to make days off. */
            schedules_to_delete?: components["schemas"]["StaffScheduleDelete"][];
        };
        /** @description One step of a staff member's working day. */
        TimetableSeance: {
            /** @description The step's start, `HH:MM`. */
            time: components["schemas"]["LocalTime"];
            /** @description No record overlaps the step. */
            is_free: boolean;
        };
        /** @description The answer to `GET /timetable/seances/{company_id}/{staff_id}/{date}`. */
        TimetableResponse: {
            /**
             * @description Always true on success.
             * @constant
             */
            success: true;
            /** @description The steps, ascending. */
            data: components["schemas"]["TimetableSeance"][];
            /** @description Empty. */
            meta: components["schemas"]["EmptyMeta"];
        };
        /** @description The body that creates or changes a service category. */
        CategoryRequest: {
            /** @description The category's name; not blank. */
            title: string;
            /** @description An external id of your own. */
            api_id?: string;
            /** @description Sort weight; higher comes first. */
            weight?: number;
            /** @description Staff members the category is meant for (ids of the location's staff). */
            staff?: number[];
        };
        /** @description A staff member who does a service, and how long it takes them. */
        ServiceStaffInput: {
            /** @description The staff member id. */
            id: number;
            /** @description Their length in seconds; 0 or absent is the service's `duration`. */
            seance_length?: number;
        };
        /** @description The body that creates a service or replaces one as a whole. */
        ServiceCreateRequest: {
            /** @description The service's name; not blank. */
            title: string;
            /** @description Its category, one of the location's. */
            category_id: number;
            /** @description The name online booking shows (defaults to `title`). */
            booking_title?: string;
            /** @description The lowest price (default 0). */
            price_min?: number;
            /** @description The highest price (default `price_min`); not below `price_min`. */
            price_max?: number;
            /** @description Discount in percent. */
            discount?: number;
            /** @description A comment. */
            comment?: string;
            /** @description Default length in seconds (default 3600). */
            duration?: number;
            /** @description Sort weight; higher comes first. */
            weight?: number;
            /**
             * @description `1` (the default): bookable online.
             * @enum {integer}
             */
            active?: 0 | 1;
            /** @description An external id of your own. */
            api_id?: string;
            /** @description Who does it; each staff member once. */
            staff?: components["schemas"]["ServiceStaffInput"][];
        };
        /** @description The fields of a service to change; at least one. */
        ServicePatchRequest: {
            /** @description The service's name; not blank. */
            title?: string;
            /** @description Its category, one of the location's. */
            category_id?: number;
            /** @description The name online booking shows. */
            booking_title?: string;
            /** @description The lowest price. */
            price_min?: number;
            /** @description The highest price; not below `price_min`. */
            price_max?: number;
            /** @description Discount in percent. */
            discount?: number;
            /** @description A comment. */
            comment?: string;
            /** @description Default length in seconds. */
            duration?: number;
            /** @description Sort weight. */
            weight?: number;
            /**
             * @description `1`: bookable online.
             * @enum {integer}
             */
            active?: 0 | 1;
            /** @description An external id of your own. */
            api_id?: string;
            /** @description Who does it (replaces the links); each staff member once. */
            staff?: components["schemas"]["ServiceStaffInput"][];
        } & (unknown | unknown | unknown | unknown | unknown | unknown | unknown | unknown | unknown | unknown | unknown | unknown);
        /** @description The body that creates a staff member (`create_team_member_quick`). */
        StaffCreateRequest: {
            /** @description Full name; not blank. */
            name: string;
            /** @description What they do, as clients see it; not blank. */
            specialization: string;
            /** @description One of the location's positions; null or absent for none (Altegio's own client sends null). */
            position_id?: number | null;
            /** @description Sort weight; higher comes first. */
            weight?: number;
            /** @description About them. */
            information?: string;
            /**
             * @description `1`: hidden from online booking.
             * @enum {integer}
             */
            hidden?: 0 | 1;
            /** @description Email of a user account to invite, possibly empty (accepted, not used by the fake). */
            user_email?: string;
            /** @description Phone of a user account to invite (accepted, not used by the fake). */
            user_phone?: string;
            /** @description Invite them as a user (accepted, not used by the fake). */
            is_user_invite?: boolean;
            /** @description Their phone (accepted, not used by the fake). */
            phone_number?: string | null;
            /** @description Counted against the paid-staff licence (accepted, not kept; the fake answers true). */
            is_paid_staff?: boolean;
        };
        /** @description The fields of a staff member to change (`update_team_member`); at least one. */
        StaffUpdateRequest: {
            /** @description Full name; not blank. */
            name?: string;
            /** @description What they do; not blank. */
            specialization?: string;
            /** @description One of the location's positions. */
            position_id?: number;
            /** @description Sort weight. */
            weight?: number;
            /** @description About them. */
            information?: string;
            /** @description An external id of your own. */
            api_id?: string;
            /**
             * @description `1`: hidden from online booking.
             * @enum {integer}
             */
            hidden?: 0 | 1;
            /**
             * @description `1`: no longer works there (out of lists of working staff and online booking).
             * @enum {integer}
             */
            fired?: 0 | 1;
        } & (unknown | unknown | unknown | unknown | unknown | unknown | unknown | unknown);
        /** @description A position staff members hold. */
        Position: {
            /** @description The position id. */
            id: number;
            /** @description Its name. */
            title: string;
        };
        /** @description The body that creates a position. */
        PositionRequest: {
            /** @description Its name; not blank, new at the location. */
            title: string;
            /** @description What it is (accepted, not kept). */
            description?: string;
        };
        /** @description The answer with a location's positions. */
        PositionListResponse: {
            /**
             * @description Always true on success.
             * @constant
             */
            success: true;
            /** @description The positions, by id. */
            data: components["schemas"]["Position"][];
            /** @description Empty. */
            meta: components["schemas"]["EmptyMeta"];
        };
        /** @description The answer with one position. */
        PositionResponse: {
            /**
             * @description Always true on success.
             * @constant
             */
            success: true;
            /** @description The position. */
            data: components["schemas"]["Position"];
            /** @description Empty. */
            meta: components["schemas"]["EmptyMeta"];
        };
        /** @description A resource (a room, a piece of equipment) services need. */
        Resource: {
            /** @description The resource id. */
            id: number;
            /** @description Its name. */
            title: string;
        };
        /** @description The answer with a location's resources. */
        ResourceListResponse: {
            /**
             * @description Always true on success.
             * @constant
             */
            success: true;
            /** @description The resources. */
            data: components["schemas"]["Resource"][];
            /** @description Empty. */
            meta: components["schemas"]["EmptyMeta"];
        };
        /** @description The appointment calendar settings the fake keeps. */
        TimetableSettings: {
            /**
             * @description The default appointment type: `0` mixed, `1` individual (the only kind the fake serves), `2` group event.
             * @enum {integer}
             */
            record_type: 0 | 1 | 2;
            /** @description Clients per appointment. */
            activity_record_clients_count_max: number;
            /** @description Minutes between offered start times (slotcheck's own field, the fake's booking grid). */
            timetable_step: number;
        };
        /** @description The answer with the calendar settings. */
        TimetableSettingsResponse: {
            /**
             * @description Always true on success.
             * @constant
             */
            success: true;
            /** @description The settings. */
            data: components["schemas"]["TimetableSettings"];
            /** @description Empty. */
            meta: components["schemas"]["EmptyMeta"];
        };
        /** @description The online booking settings the fake keeps. */
        OnlineBookingSettings: {
            /** @description A client may book any staff member (staff id 0). */
            any_master: boolean;
            /** @description The phone is confirmed by SMS before booking. */
            confirm_number: boolean;
            /** @description Minutes from now before the first time online booking offers (0 to 1380 in steps of 30); 0 in the fake, which offers every time not yet past. */
            seance_delay_step: number;
            /** @description Clients one online booking may bring. */
            activity_online_record_clients_count_max: number;
            /** @description How many days ahead times are offered (slotcheck's own field). */
            booking_horizon_days: number;
        };
        /** @description The answer with the online booking settings. */
        OnlineBookingSettingsResponse: {
            /**
             * @description Always true on success.
             * @constant
             */
            success: true;
            /** @description The settings. */
            data: components["schemas"]["OnlineBookingSettings"];
            /** @description Empty. */
            meta: components["schemas"]["EmptyMeta"];
        };
        /** @description An online booking form (widget). */
        BookingForm: {
            /** @description The form id. */
            id: number;
            /** @description Its name. */
            title: string;
            /**
             * @description `1`: the location's default form.
             * @enum {integer}
             */
            is_default: 0 | 1;
            /** @description Where the form is. */
            url: string;
        };
        /** @description The answer with a location's booking forms. */
        BookingFormListResponse: {
            /**
             * @description Always true on success.
             * @constant
             */
            success: true;
            /** @description The forms. */
            data: components["schemas"]["BookingForm"][];
            /** @description Empty. */
            meta: components["schemas"]["EmptyMeta"];
        };
        /**
         * @description The working hours to set on every date of a range. Altegio's catalog documents the body
         *     as `{date, is_working, slots}`; the fake takes the same names: `is_working: false` makes
         *     the dates days off, and `date` is accepted and ignored (the path gives the dates).
         */
        ScheduleRangeRequest: {
            /** @description `false`: days off, whatever `slots` holds. */
            is_working?: boolean;
            /** @description Accepted and ignored; the path's range gives the dates. */
            date?: string;
            /** @description The working hours of each date; empty for days off. */
            slots: components["schemas"]["TimeRange"][];
        };
    };
    responses: {
        /** @description A request body (on any route, even one that takes none) is larger than the fake takes (1 MiB); nothing was read or written. */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description A query or path parameter breaks this spec (not an integer, a bad date, out of range),
         *     or the body is not valid JSON. `meta.message` names the parameter and `meta.errors`
         *     maps it to its messages (a body that is not JSON has the message only).
         */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description The `Authorization` header is missing or malformed, or a token in it is unknown (also a
         *     user token where one is needed). The real API's text is the same:
         *     `Authentication needed.`
         */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The user (from the `User` token) does not manage the location in the path. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description The location, or an id in the path, is unknown or belongs to another location. The real
         *     API answers in the account's language; the Russian originals are
         *     `Филиал не найден.` (location not found),
         *     `Сотрудник с ID {staff_id} не найден в филиале {company_id}.` (staff member not found),
         *     `Услуга не найдена.` (service not found) and `Категория услуг не существует.`
         *     (category does not exist). The fake answers in English and names the id.
         */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description The JSON body breaks this spec: a required field is missing or a field has the wrong
         *     type or value. `meta.message` names the first field; `meta.errors` maps every bad field
         *     to its messages.
         */
        ValidationError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description The booking cannot be made: a coded booking error (431, 432, 433, 435, 436, 437, 438;
         *     see `x-booking-error-codes`), with the code in `meta.errors[0].code` and in
         *     `errors.code`, or a validation error of the body (`meta.errors` is then a map from the
         *     field to its messages). The real API's text for 433 is
         *     `К сотруднику … нельзя записаться на … Выбранное время уже занято или является нерабочим.`
         */
        BookingError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Booking code 434: the client's phone is blacklisted at this location. */
        Blacklisted: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: {
        /** @description The location (company) id. */
        CompanyId: number;
        /** @description The service category id. */
        CategoryId: number;
        /** @description The service category id, or `0` for every category. */
        CategoryIdOrAll: number;
        /** @description The first date, `YYYY-MM-DD` or `YYYYMMDD`. */
        ScheduleStart: components["schemas"]["ScheduleDate"];
        /** @description The last date, `YYYY-MM-DD` or `YYYYMMDD`. */
        ScheduleEnd: components["schemas"]["ScheduleDate"];
        /** @description The service id. */
        ServiceId: number;
        /** @description The staff member id. */
        StaffId: number;
        /** @description The staff member id, or `0` for any staff member of the location. */
        AnyStaffId: number;
        /** @description The record (appointment) id. */
        RecordId: number;
        /** @description The client id. */
        ClientId: number;
        /** @description Only what this staff member does; `0` or absent means every staff member. */
        StaffIdFilter: number;
        /** @description Only services of this category; `0` or absent means every category. */
        CategoryIdFilter: number;
        /** @description The services the client wants, all in one appointment (`service_ids[]=10009&service_ids[]=10011`). */
        ServiceIds: number[];
        /**
         * @description A moment of interest, with or without an offset (without one it is location-local):
         *     only what can be booked at that time. Encode `+` as `%2B`.
         */
        BookingDatetime: components["schemas"]["RequestDateTime"];
        /** @description The page, from 1. */
        Page: number;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    authorizeUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The user's credentials. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AuthRequest"];
            };
        };
        responses: {
            /** @description Logged in; `data.user_token` is the user token. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            /**
             * @description The partner token is missing or unknown (`Authentication needed.`), or the login or
             *     password is wrong (`Incorrect login or password.`; the real API's status for this is
             *     undocumented).
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationError"];
        };
    };
    listLocations: {
        parameters: {
            query?: {
                /** @description Only the location with this id. */
                id?: number;
                /** @description `1`: only the locations the user (from the `User` token) manages. */
                my?: 0 | 1;
                /** @description `1`: only active locations (every location of the fake is active). */
                active?: 0 | 1;
                /** @description The page, from 1. */
                page?: components["parameters"]["Page"];
                /** @description Page size. */
                count?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The locations, by id. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LocationListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    getLocation: {
        parameters: {
            query?: {
                /** @description `1`: add `next_slot`. */
                forBooking?: 0 | 1;
            };
            header?: never;
            path: {
                /** @description The location (company) id. */
                company_id: components["parameters"]["CompanyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The location. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LocationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    listServiceCategories: {
        parameters: {
            query?: {
                /** @description Only what this staff member does; `0` or absent means every staff member. */
                staff_id?: components["parameters"]["StaffIdFilter"];
            };
            header?: never;
            path: {
                /** @description The location (company) id. */
                company_id: components["parameters"]["CompanyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The categories; `meta.total_count` is their number. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategoryListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    createServiceCategory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The location (company) id. */
                company_id: components["parameters"]["CompanyId"];
            };
            cookie?: never;
        };
        /** @description A new category. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CategoryRequest"];
            };
        };
        responses: {
            /** @description Created; `data` is the category. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategoryResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationError"];
        };
    };
    getServiceCategory: {
        parameters: {
            query?: {
                /** @description Only what this staff member does; `0` or absent means every staff member. */
                staff_id?: components["parameters"]["StaffIdFilter"];
            };
            header?: never;
            path: {
                /** @description The location (company) id. */
                company_id: components["parameters"]["CompanyId"];
                /** @description The service category id, or `0` for every category. */
                category_id: components["parameters"]["CategoryIdOrAll"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The category (`meta.total_count` 1), or with id 0 the list of them. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategoryResponse"] | components["schemas"]["CategoryListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    updateServiceCategory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The location (company) id. */
                company_id: components["parameters"]["CompanyId"];
                /** @description The service category id. */
                category_id: components["parameters"]["CategoryId"];
            };
            cookie?: never;
        };
        /** @description Rename the category. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CategoryRequest"];
            };
        };
        responses: {
            /** @description Changed; `data` is the category as it is now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategoryResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationError"];
        };
    };
    deleteServiceCategory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The location (company) id. */
                company_id: components["parameters"]["CompanyId"];
                /** @description The service category id. */
                category_id: components["parameters"]["CategoryId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. No body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationError"];
        };
    };
    listServices: {
        parameters: {
            query?: {
                /** @description Only what this staff member does; `0` or absent means every staff member. */
                staff_id?: components["parameters"]["StaffIdFilter"];
                /** @description Only services of this category; `0` or absent means every category. */
                category_id?: components["parameters"]["CategoryIdFilter"];
            };
            header?: never;
            path: {
                /** @description The location (company) id. */
                company_id: components["parameters"]["CompanyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The services; `meta.total_count` is their number. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    createService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The location (company) id. */
                company_id: components["parameters"]["CompanyId"];
            };
            cookie?: never;
        };
        /** @description A 20-minute service done by staff member 10001. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ServiceCreateRequest"];
            };
        };
        responses: {
            /** @description Created; `data` is the service. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationError"];
        };
    };
    getService: {
        parameters: {
            query?: {
                /** @description Only what this staff member does; `0` or absent means every staff member. */
                staff_id?: components["parameters"]["StaffIdFilter"];
                /** @description Only services of this category; `0` or absent means every category. */
                category_id?: components["parameters"]["CategoryIdFilter"];
            };
            header?: never;
            path: {
                /** @description The location (company) id. */
                company_id: components["parameters"]["CompanyId"];
                /** @description The service id. */
                service_id: components["parameters"]["ServiceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service; `meta.total_count` is 1. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    replaceService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The location (company) id. */
                company_id: components["parameters"]["CompanyId"];
                /** @description The service id. */
                service_id: components["parameters"]["ServiceId"];
            };
            cookie?: never;
        };
        /** @description The whole service again. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ServiceCreateRequest"];
            };
        };
        responses: {
            /** @description Replaced; `data` is the service as it is now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationError"];
        };
    };
    deleteService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The location (company) id. */
                company_id: components["parameters"]["CompanyId"];
                /** @description The service id. */
                service_id: components["parameters"]["ServiceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. No body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationError"];
        };
    };
    updateService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The location (company) id. */
                company_id: components["parameters"]["CompanyId"];
                /** @description The service id. */
                service_id: components["parameters"]["ServiceId"];
            };
            cookie?: never;
        };
        /** @description A new price. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ServicePatchRequest"];
            };
        };
        responses: {
            /** @description Changed; `data` is the service as it is now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationError"];
        };
    };
    listStaff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The location (company) id. */
                company_id: components["parameters"]["CompanyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The staff members; `meta.total_count` is their number. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    getStaffMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The location (company) id. */
                company_id: components["parameters"]["CompanyId"];
                /** @description The staff member id. */
                staff_id: components["parameters"]["StaffId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The staff member; `meta.total_count` is 1. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffMemberResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    updateStaffMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The location (company) id. */
                company_id: components["parameters"]["CompanyId"];
                /** @description The staff member id. */
                staff_id: components["parameters"]["StaffId"];
            };
            cookie?: never;
        };
        /** @description Hide from online booking. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["StaffUpdateRequest"];
            };
        };
        responses: {
            /** @description Changed; `data` is the staff member as they are now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffMemberResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationError"];
        };
    };
    deleteStaffMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The location (company) id. */
                company_id: components["parameters"]["CompanyId"];
                /** @description The staff member id. */
                staff_id: components["parameters"]["StaffId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. No body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationError"];
        };
    };
    createStaffMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The location (company) id. */
                company_id: components["parameters"]["CompanyId"];
            };
            cookie?: never;
        };
        /** @description A new masseuse. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["StaffCreateRequest"];
            };
        };
        responses: {
            /** @description Created; `data` is the staff member. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffMemberResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationError"];
        };
    };
    listPositions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The location (company) id. */
                company_id: components["parameters"]["CompanyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The positions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PositionListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    createPosition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The location (company) id. */
                company_id: components["parameters"]["CompanyId"];
            };
            cookie?: never;
        };
        /** @description A new position. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PositionRequest"];
            };
        };
        responses: {
            /** @description Created; `data` is the position. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PositionResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationError"];
        };
    };
    listResources: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The location (company) id. */
                company_id: components["parameters"]["CompanyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The resources. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    getTimetableSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The location (company) id. */
                company_id: components["parameters"]["CompanyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimetableSettingsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    getOnlineBookingSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The location (company) id. */
                company_id: components["parameters"]["CompanyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OnlineBookingSettingsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    listBookingForms: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The location (company) id. */
                company_id: components["parameters"]["CompanyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The forms. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingFormListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    listBookableServices: {
        parameters: {
            query?: {
                /** @description Only what this staff member does; `0` or absent means every staff member. */
                staff_id?: components["parameters"]["StaffIdFilter"];
                /**
                 * @description A moment of interest, with or without an offset (without one it is location-local):
                 *     only what can be booked at that time. Encode `+` as `%2B`.
                 */
                datetime?: components["parameters"]["BookingDatetime"];
                /** @description Only these services (`service_ids[]=10009&service_ids[]=10010`). */
                "service_ids[]"?: number[];
            };
            header?: never;
            path: {
                /** @description The location (company) id. */
                company_id: components["parameters"]["CompanyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bookable services and their categories. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookServicesResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    listBookableStaff: {
        parameters: {
            query?: {
                /** @description The services the client wants, all in one appointment (`service_ids[]=10009&service_ids[]=10011`). */
                "service_ids[]"?: components["parameters"]["ServiceIds"];
                /**
                 * @description A moment of interest, with or without an offset (without one it is location-local):
                 *     only what can be booked at that time. Encode `+` as `%2B`.
                 */
                datetime?: components["parameters"]["BookingDatetime"];
            };
            header?: never;
            path: {
                /** @description The location (company) id. */
                company_id: components["parameters"]["CompanyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The staff members, by `weight` descending. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookStaffResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    listBookableDates: {
        parameters: {
            query?: {
                /** @description The services the client wants, all in one appointment (`service_ids[]=10009&service_ids[]=10011`). */
                "service_ids[]"?: components["parameters"]["ServiceIds"];
                /** @description Only what this staff member does; `0` or absent means every staff member. */
                staff_id?: components["parameters"]["StaffIdFilter"];
                /** @description Any day of the month wanted, `YYYY-MM-DD`. */
                date?: components["schemas"]["Date"];
            };
            header?: never;
            path: {
                /** @description The location (company) id. */
                company_id: components["parameters"]["CompanyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bookable and working dates. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookDatesResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    listBookableTimes: {
        parameters: {
            query?: {
                /** @description The services the client wants, all in one appointment (`service_ids[]=10009&service_ids[]=10011`). */
                "service_ids[]"?: components["parameters"]["ServiceIds"];
            };
            header?: never;
            path: {
                /** @description The location (company) id. */
                company_id: components["parameters"]["CompanyId"];
                /** @description The staff member id, or `0` for any staff member of the location. */
                staff_id: components["parameters"]["AnyStaffId"];
                /** @description The day, `YYYY-MM-DD`, in the location's time zone. */
                date: components["schemas"]["Date"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The free start times, ascending. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookTimesResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    checkBooking: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The location (company) id. */
                company_id: components["parameters"]["CompanyId"];
            };
            cookie?: never;
        };
        /** @description The appointments to check. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BookCheckRequest"];
            };
        };
        responses: {
            /** @description Every appointment can be booked. No body. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["BookingError"];
        };
    };
    createOnlineBooking: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The location (company) id. */
                company_id: components["parameters"]["CompanyId"];
            };
            cookie?: never;
        };
        /** @description The client and the appointments. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BookRecordRequest"];
            };
        };
        responses: {
            /** @description Booked; one element per appointment. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookRecordResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Blacklisted"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["BookingError"];
        };
    };
    listRecords: {
        parameters: {
            query?: {
                /** @description The page, from 1. */
                page?: components["parameters"]["Page"];
                /** @description Page size. */
                count?: number;
                /** @description Only this staff member's records; `0` means every staff member (seed 000). */
                staff_id?: number;
                /**
                 * @description The same filter under the name Altegio's current documentation gives it
                 *     (`get_appointment_list` in the official catalog); `0` means every staff member. When
                 *     both are sent they must agree, or the answer is empty.
                 */
                team_member_id?: number;
                /** @description Only this client's records. */
                client_id?: number;
                /** @description Only sessions on or after this date. */
                start_date?: components["schemas"]["Date"];
                /** @description Only sessions on or before this date. */
                end_date?: components["schemas"]["Date"];
                /** @description Only records created on or after this date (location-local). */
                c_start_date?: components["schemas"]["Date"];
                /** @description Only records created on or before this date (location-local). */
                c_end_date?: components["schemas"]["Date"];
                /** @description `1`: include deleted records. */
                with_deleted?: 0 | 1;
                /** @description Only records created or changed at or after this time. */
                changed_after?: components["schemas"]["RequestDateTime"];
                /** @description Only records created or changed at or before this time. */
                changed_before?: components["schemas"]["RequestDateTime"];
                /** @description Only records made by this user (online bookings have none). */
                created_user_id?: number;
            };
            header?: never;
            path: {
                /** @description The location (company) id. */
                company_id: components["parameters"]["CompanyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of records. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    createRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The location (company) id. */
                company_id: components["parameters"]["CompanyId"];
            };
            cookie?: never;
        };
        /** @description The record. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordCreateRequest"];
            };
        };
        responses: {
            /** @description Created; `data` is the record (one object). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["BookingError"];
        };
    };
    getRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The location (company) id. */
                company_id: components["parameters"]["CompanyId"];
                /** @description The record (appointment) id. */
                record_id: components["parameters"]["RecordId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    replaceRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The location (company) id. */
                company_id: components["parameters"]["CompanyId"];
                /** @description The record (appointment) id. */
                record_id: components["parameters"]["RecordId"];
            };
            cookie?: never;
        };
        /** @description The whole record. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordRequest"];
            };
        };
        responses: {
            /** @description Replaced; `data` is the record as it is now. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["BookingError"];
        };
    };
    deleteRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The location (company) id. */
                company_id: components["parameters"]["CompanyId"];
                /** @description The record (appointment) id. */
                record_id: components["parameters"]["RecordId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. No body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    listClients: {
        parameters: {
            query?: {
                /** @description Part of the name or surname. */
                fullname?: string;
                /** @description Part of the phone (digits). */
                phone?: string;
                /** @description Part of the email. */
                email?: string;
                /** @description The page, from 1. */
                page?: components["parameters"]["Page"];
                /** @description Page size. */
                count?: number;
            };
            header?: never;
            path: {
                /** @description The location (company) id. */
                company_id: components["parameters"]["CompanyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of clients. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    createClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The location (company) id. */
                company_id: components["parameters"]["CompanyId"];
            };
            cookie?: never;
        };
        /** @description The client. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClientCreateRequest"];
            };
        };
        responses: {
            /** @description Created; `data` is the client. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            /** @description The body breaks this spec, or the phone is malformed or already taken. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    searchClients: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The location (company) id. */
                company_id: components["parameters"]["CompanyId"];
            };
            cookie?: never;
        };
        /** @description Paging, fields, order and filters. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClientSearchRequest"];
            };
        };
        responses: {
            /** @description A page of clients with the requested fields. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientSearchResponse"];
                };
            };
            /** @description A path parameter breaks this spec, the body is not JSON, or a filter value does not suit its type. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationError"];
        };
    };
    getClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The location (company) id. */
                company_id: components["parameters"]["CompanyId"];
                /** @description The client id. */
                client_id: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The client. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    updateClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The location (company) id. */
                company_id: components["parameters"]["CompanyId"];
                /** @description The client id. */
                client_id: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        /** @description A new email. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClientCreateRequest"];
            };
        };
        responses: {
            /** @description Changed; `data` is the client as they are now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationError"];
        };
    };
    deleteClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The location (company) id. */
                company_id: components["parameters"]["CompanyId"];
                /** @description The client id. */
                client_id: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. No body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationError"];
        };
    };
    getStaffSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The location (company) id. */
                company_id: components["parameters"]["CompanyId"];
                /** @description The staff member id. */
                staff_id: components["parameters"]["StaffId"];
                /** @description The first date, `YYYY-MM-DD` or `YYYYMMDD`. */
                start_date: components["parameters"]["ScheduleStart"];
                /** @description The last date, `YYYY-MM-DD` or `YYYYMMDD`. */
                end_date: components["parameters"]["ScheduleEnd"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One entry per date. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleDayListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    setStaffScheduleRange: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The location (company) id. */
                company_id: components["parameters"]["CompanyId"];
                /** @description The staff member id. */
                staff_id: components["parameters"]["StaffId"];
                /** @description The first date, `YYYY-MM-DD` or `YYYYMMDD`. */
                start_date: components["parameters"]["ScheduleStart"];
                /** @description The last date, `YYYY-MM-DD` or `YYYYMMDD`. */
                end_date: components["parameters"]["ScheduleEnd"];
            };
            cookie?: never;
        };
        /** @description Mornings only. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScheduleRangeRequest"];
            };
        };
        responses: {
            /** @description Set (201, as Altegio's catalog answers); `data` is the dates as they are now. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleDayListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationError"];
        };
    };
    listStaffSchedules: {
        parameters: {
            query: {
                /** @description The first date. */
                start_date: components["schemas"]["Date"];
                /** @description The last date, not before `start_date`. */
                end_date: components["schemas"]["Date"];
                /** @description Only these staff members (`staff_ids[]=10001&staff_ids[]=10003`). */
                "staff_ids[]"?: number[];
                /** @description Extra data per entry. */
                "include[]"?: ("busy_intervals" | "off_day_type")[];
            };
            header?: never;
            path: {
                /** @description The location (company) id. */
                company_id: components["parameters"]["CompanyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entries, by date then staff member; `meta.count` is their number. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffScheduleListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    setStaffSchedules: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The location (company) id. */
                company_id: components["parameters"]["CompanyId"];
            };
            cookie?: never;
        };
        /** @description What to set and what to delete. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["StaffScheduleUpdateRequest"];
            };
        };
        responses: {
            /** @description The resulting entries of the touched staff members and dates. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffScheduleListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationError"];
        };
    };
    listTimetableSeances: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The location (company) id. */
                company_id: components["parameters"]["CompanyId"];
                /** @description The staff member id. */
                staff_id: components["parameters"]["StaffId"];
                /** @description The day, `YYYY-MM-DD`. */
                date: components["schemas"]["Date"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The steps, ascending. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimetableResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
}
type WithRequired<T, K extends keyof T> = T & {
    [P in K]-?: T[P];
};
