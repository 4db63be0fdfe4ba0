import { addDays, formatOffset, formatZoned, zonedParts } from '../../kit/zoned-time.ts';
import type { BookingRecord, Category, Client, Company, Db, Service, Staff } from './state.ts';

// State rows → Altegio's JSON, field for field as the spec (and the real API) names them.
// Times are written in the location's zone: `datetime` with `+HH:MM`, the record's
// create/change dates with `+HHMM` and `date` as `YYYY-MM-DD HH:MM:SS`, as Altegio does.
// Fields of Altegio's objects the fake has nothing behind (chains, payments, SMS) carry
// Altegio's empty values, so code that reads the full objects finds every field it maps.

export function companyJson(c: Company, db: Db, extra: { now: number; nextSlot?: number | null }) {
  return {
    id: c.id,
    title: c.title,
    public_title: c.publicTitle,
    short_descr: c.shortDescr,
    timezone_name: c.timeZone,
    timezone: zonedParts(extra.now, c.timeZone).offsetMinutes / 60,
    country: c.country,
    city: c.city,
    address: c.address,
    phone: c.phone,
    currency_short_title: c.currency,
    coordinate_lat: c.lat,
    coordinate_lon: c.lon,
    active_staff_count: [...db.tables.staff.values()].filter((s) => s.companyId === c.id && !s.fired && !s.deleted).length,
    booking_comment_required: false,
    booking_email_required: false,
    allow_change_record: true,
    allow_delete_record: true,
    city_id: 0,
    country_id: 0,
    description: '',
    zip: '',
    site: '',
    social: { facebook: '', instagram: '', telegram: '', viber: '', vk: '', whatsapp: '' },
    main_group: [],
    main_group_id: 0,
    group_priority: 0,
    payment_policy: { type: 'none' as const },
    phone_confirmation: false,
    push_notification_phone_confirm: false,
    logo: '',
    schedule: '',
    app_android: '',
    app_ios: '',
    // Left out when nothing is free: Altegio's catalog types next_slot as a date-time only.
    ...(typeof extra.nextSlot === 'number' && { next_slot: formatZoned(extra.nextSlot, c.timeZone) }),
  };
}

export function categoryJson(cat: Category, db: Db) {
  const staff = new Set<number>();
  for (const s of db.tables.services.values()) if (s.categoryId === cat.id && !s.deleted) for (const link of s.staff) staff.add(link.staffId);
  return { id: cat.id, salon_service_id: cat.id, title: cat.title, api_id: cat.apiId, weight: cat.weight, staff: [...staff], is_chain: false };
}

export function serviceJson(s: Service) {
  return {
    id: s.id,
    salon_service_id: s.id,
    title: s.title,
    booking_title: s.bookingTitle ?? s.title,
    category_id: s.categoryId,
    price_min: s.priceMin,
    price_max: s.priceMax,
    discount: s.discount ?? 0,
    comment: s.comment,
    weight: s.weight,
    active: s.active ? 1 : 0,
    api_id: s.apiId ?? String(s.id),
    duration: s.duration,
    staff: s.staff.map((l) => ({ id: l.staffId, seance_length: l.seanceLength })),
    is_online: s.active,
    technical_break_duration: null,
  };
}

/** A staff member as Altegio sends one; `now` dates `schedule_till` (the end of the booking horizon). */
export function staffJson(s: Staff, db: Db, now: number) {
  const company = db.tables.companies.get(s.companyId);
  const today = company ? zonedParts(now, company.timeZone).date : undefined;
  const doesOnline = [...db.tables.services.values()].some((v) => v.active && !v.deleted && v.staff.some((l) => l.staffId === s.id));
  return {
    id: s.id,
    // Altegio's catalog types api_id as an integer: one of digits reads back as that number.
    api_id: s.apiId !== undefined && /^\d{1,15}$/.test(s.apiId) ? Number(s.apiId) : null,
    name: s.name,
    company_id: s.companyId,
    specialization: s.specialization,
    position: s.position ?? [],
    avatar: s.avatar,
    avatar_big: s.avatar,
    fired: s.fired ? 1 : 0,
    status: 0,
    hidden: s.hidden ? 1 : 0,
    weight: s.weight,
    rating: s.rating,
    votes_count: 0,
    information: s.information ?? '',
    bookable: !s.hidden && !s.fired && !s.deleted && doesOnline,
    comments_count: 0,
    has_access_timetable: true,
    image_group: [],
    position_id: s.position?.id ?? 0,
    prepaid: 'forbidden' as const,
    show_rating: 1 as const,
    user: [],
    user_id: null,
    is_included_in_payment_policy: true,
    is_paid_staff: true,
    ...(company && today && { schedule_till: addDays(today, company.bookingHorizonDays) }),
  };
}

export function clientJson(c: Client, db: Db) {
  const tz = db.tables.companies.get(c.companyId)?.timeZone ?? 'UTC';
  let visits = 0;
  for (const r of db.tables.records.values()) if (r.clientId === c.id && !r.deleted && r.attendance === 1) visits++;
  return {
    id: c.id,
    name: c.name,
    surname: c.surname,
    phone: c.phone,
    email: c.email,
    categories: [],
    sex_id: c.sexId,
    discount: 0,
    importance_id: 0,
    card: '',
    // Altegio sends an empty string, not null, for an unknown birth date.
    birth_date: c.birthDate ?? '',
    display_name: `${c.name} ${c.surname}`.trim(),
    patronymic: '',
    sex: c.sexId === 1 ? 'Male' : c.sexId === 2 ? 'Female' : '',
    importance: '',
    paid: 0,
    comment: c.comment,
    sms_check: 0,
    sms_not: 0,
    spent: 0,
    balance: 0,
    visits,
    last_change_date: compactZoned(c.changedAt, tz),
    custom_fields: {},
  };
}

export function recordJson(r: BookingRecord, db: Db) {
  const company = db.tables.companies.get(r.companyId)!;
  const staff = db.tables.staff.get(r.staffId);
  const client = r.clientId === null ? undefined : db.tables.clients.get(r.clientId);
  const local = zonedParts(r.start, company.timeZone);
  return {
    id: r.id,
    company_id: r.companyId,
    staff_id: r.staffId,
    services: r.services.map((s) => ({
      id: s.id,
      title: db.tables.services.get(s.id)?.title ?? '',
      cost: s.cost,
      manual_cost: s.cost,
      cost_per_unit: s.cost,
      discount: s.discount,
      first_cost: s.firstCost,
      amount: 1,
    })),
    goods_transactions: [],
    staff: staff
      ? {
          id: staff.id,
          api_id: null,
          name: staff.name,
          specialization: staff.specialization,
          position: staff.position ?? [],
          avatar: staff.avatar,
          avatar_big: staff.avatar,
          rating: staff.rating,
          votes_count: 0,
        }
      : null,
    client: client
      ? {
          id: client.id,
          name: client.name,
          surname: client.surname,
          phone: client.phone,
          card: '',
          email: client.email,
          success_visits_count: 0,
          fail_visits_count: 0,
        }
      : null,
    clients_count: 1,
    date: `${local.date} ${local.time}:${String(local.seconds).padStart(2, '0')}`,
    datetime: formatZoned(r.start, company.timeZone),
    create_date: compactZoned(r.createdAt, company.timeZone),
    comment: r.comment,
    online: r.online,
    visit_attendance: r.attendance,
    attendance: r.attendance,
    confirmed: 1,
    seance_length: r.length,
    length: r.length,
    sms_before: 0,
    master_request: 0,
    api_id: r.apiId,
    visit_id: r.id,
    created_user_id: r.createdUserId,
    deleted: r.deleted,
    paid_full: 0,
    prepaid: false,
    last_change_date: compactZoned(r.changedAt, company.timeZone),
    custom_color: '',
    record_labels: [],
    activity_id: 0,
    custom_fields: {},
    documents: [],
    sms_remain_hours: r.smsRemainHours,
    email_remain_hours: r.emailRemainHours,
    acceptance_free: null,
    bookform_id: r.online ? r.companyId : 0,
    comer: null,
    consumables: [],
    custom_font_color: '',
    email_now: 0,
    finance_transactions: [],
    from_url: '',
    is_mobile: r.online ? (2 as const) : (0 as const),
    is_remind_sms_sent: false,
    is_sale_bill_printed: false,
    is_update_blocked: false,
    notified: 0,
    payment_status: 0,
    prepaid_confirmed: false,
    record_from: '',
    resource_instance_ids: [],
    review_requested: 0,
    short_link: '',
    sms_now: 0,
    sms_now_text: '',
    technical_break_duration: 0,
  };
}

/** `2026-03-02T09:00:00+0100`: Altegio's form for creation and change dates. */
function compactZoned(instant: number, timeZone: string): string {
  const p = zonedParts(instant, timeZone);
  return `${p.date}T${p.time}:${String(p.seconds).padStart(2, '0')}${formatOffset(p.offsetMinutes, false)}`;
}
