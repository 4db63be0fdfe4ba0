import type { FakeAltegio } from '../fake-altegio.ts';
import { companyOf, ok } from '../lookups.ts';
import type { AltegioInput } from './input.ts';

// A location's settings as a setup reads them (partner and user token): the calendar and
// online-booking settings, booking forms and resources, all derived from the location row,
// so they always agree with what the slot engine does.

export function getTimetableSettings({ params }: AltegioInput<'getTimetableSettings'>, fake: FakeAltegio) {
  const company = companyOf(fake.db, params.company_id);
  return ok({ record_type: 1, activity_record_clients_count_max: 1, timetable_step: company.slotStepMinutes });
}

export function getOnlineBookingSettings({ params }: AltegioInput<'getOnlineBookingSettings'>, fake: FakeAltegio) {
  const company = companyOf(fake.db, params.company_id);
  return ok({
    any_master: true,
    confirm_number: false,
    // No lead time: every time not yet past is offered.
    seance_delay_step: 0,
    activity_online_record_clients_count_max: 1,
    booking_horizon_days: company.bookingHorizonDays,
  });
}

export function listBookingForms({ params }: AltegioInput<'listBookingForms'>, fake: FakeAltegio) {
  const company = companyOf(fake.db, params.company_id);
  // Altegio's form address; the fake serves no widget there, integrations only store it.
  return ok([{ id: company.id, title: company.title, is_default: 1, url: `https://n${company.id}.alteg.io/` }]);
}

export function listResources({ params }: AltegioInput<'listResources'>, fake: FakeAltegio) {
  companyOf(fake.db, params.company_id);
  return ok([]);
}
