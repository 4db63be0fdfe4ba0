// The dashboard of slotcheck's fake Altegio: a location's calendar for a day or a week with
// the slot engine's free times, the clock, the data, faults, tagged runs and the request log,
// all read from the admin API every few seconds. Every time is shown in the location's zone,
// never the browser's: the page does its date maths on UTC calendar days and reads wall
// clocks through Intl with `timeZone`. Location, view, date and service live in the URL.

const refreshMs = 3000;
const dayMs = 86_400_000;
const tokenKey = 'slotcheck-admin-token';

const byTestId = (id) => document.querySelector(`[data-testid="${id}"]`);

/** An element with attributes and children; text goes in as text, never as HTML. */
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (name === 'style') Object.assign(node.style, value);
    else node.setAttribute(name, value);
  }
  node.append(...children.filter((c) => c !== undefined));
  return node;
}

/** A refusal of the admin token: the page asks for it (again). */
class TokenNeeded extends Error {}

async function admin(method, path, body) {
  const headers = body === undefined ? {} : { 'content-type': 'application/json' };
  const token = sessionStorage.getItem(tokenKey);
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`/__admin${path}`, { method, headers, ...(body !== undefined && { body: JSON.stringify(body) }) });
  const text = await res.text();
  const data = text === '' ? undefined : JSON.parse(text);
  const message = data?.error?.message ?? `${method} /__admin${path} answered ${res.status}`;
  if (res.status === 403 && /admin token/.test(message)) throw new TokenNeeded(message);
  if (!res.ok) throw new Error(message);
  return data;
}

const formatters = new Map();
/** The wall clock at an instant in a zone: `{ date: 'YYYY-MM-DD', time: 'HH:MM', seconds: 'SS' }`. */
function wallClock(ms, timeZone) {
  let format = formatters.get(timeZone);
  if (!format) {
    const options = { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' };
    format = new Intl.DateTimeFormat('en-US', options);
    formatters.set(timeZone, format);
  }
  const p = Object.fromEntries(format.formatToParts(ms).map((part) => [part.type, part.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}`, seconds: p.second };
}

/** The instant a wall time (`YYYY-MM-DDTHH:MM`) names in a zone; twice corrected for the zone's offset. */
function instantOf(wall, timeZone) {
  const target = Date.parse(`${wall}:00Z`);
  let guess = target;
  for (let i = 0; i < 2; i++) {
    const seen = wallClock(guess, timeZone);
    guess += target - Date.parse(`${seen.date}T${seen.time}:${seen.seconds}Z`);
  }
  return guess;
}

const minutesOf = (time) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const timeOf = (minutes) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
// A local date as the UTC midnight of that calendar day: weekdays and day steps without any zone.
const utcDay = (date) => Date.parse(`${date}T00:00:00Z`);
const addDays = (date, days) => new Date(utcDay(date) + days * dayMs).toISOString().slice(0, 10);
/** A real calendar date `YYYY-MM-DD` (30 February is not one). */
const isDate = (text) => /^\d{4}-\d{2}-\d{2}$/.test(text ?? '') && new Date(utcDay(text)).toISOString().slice(0, 10) === text;
/** The Monday of a date's week. */
const weekStart = (date) => addDays(date, -((new Date(utcDay(date)).getUTCDay() + 6) % 7));
const formatUtc = (options) => new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', ...options });
const dayTitle = formatUtc({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const shortDay = formatUtc({ weekday: 'short', day: 'numeric', month: 'short' });
const clockTitle = formatUtc({ weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
const weekdayName = formatUtc({ weekday: 'long', day: 'numeric', month: 'long' });

const params = new URLSearchParams(location.search);
const view = {
  companyId: Number(params.get('location')) || undefined,
  date: isDate(params.get('date')) ? params.get('date') : undefined,
  mode: params.get('view') === 'week' ? 'week' : 'day',
  serviceId: Number(params.get('service')) || undefined,
  run: params.get('run') ?? '',
  /** The calendar shows the fake's today and moves with its clock (no date was chosen). */
  follow: !isDate(params.get('date')),
  notice: '',
  state: undefined,
  clock: undefined,
  runs: [],
  free: [],
  open: new Map(),
  refreshes: 0,
  timer: undefined,
};

function saveUrl() {
  const next = new URLSearchParams();
  if (view.companyId !== undefined) next.set('location', String(view.companyId));
  if (view.date) next.set('date', view.date);
  next.set('view', view.mode);
  if (view.serviceId) next.set('service', String(view.serviceId));
  if (view.run) next.set('run', view.run);
  history.replaceState(null, '', `?${next}`);
}

/** Fills a select, rebuilding its options only when they changed: an open list survives the refresh. */
function setOptions(select, options, value) {
  const key = JSON.stringify(options);
  if (select.dataset.options !== key) {
    select.replaceChildren(...options.map(([v, label]) => el('option', { value: v }, label)));
    select.dataset.options = key;
  }
  select.value = value;
}

const company = () => view.state.tables.companies.find((c) => c.id === view.companyId);
const today = () => wallClock(Date.parse(view.clock.now), company().timeZone).date;
const locationStaff = () =>
  view.state.tables.staff.filter((s) => s.companyId === view.companyId && !s.fired).sort((a, b) => b.weight - a.weight || a.id - b.id);

/** The staff member's working intervals on a date: the dated exception, else the weekly pattern. */
function workingHours(staff, date) {
  return staff.exceptions[date] ?? staff.weekly[new Date(utcDay(date)).getUTCDay()] ?? [];
}
const isOpen = (date) => locationStaff().some((s) => workingHours(s, date).length > 0);

/** Today, or the next day someone works when nobody does today, with a notice saying so. */
function openingDay() {
  const first = today();
  for (let days = 0; days < 14; days++) {
    const date = addDays(first, days);
    if (!isOpen(date)) continue;
    view.notice = days === 0 ? '' : `Closed today (${weekdayName.format(utcDay(first))}): showing ${weekdayName.format(utcDay(date))}, the next working day.`;
    return date;
  }
  view.notice = 'Nobody works at this location in the next two weeks.';
  return first;
}

function renderHeader() {
  setOptions(byTestId('location'), view.state.tables.companies.map((c) => [String(c.id), `${c.title} (${c.id}, ${c.timeZone})`]), String(view.companyId));
  const { timeZone } = company();
  const { date, time, seconds } = wallClock(Date.parse(view.clock.now), timeZone);
  const clock = byTestId('clock');
  clock.textContent = `${clockTitle.format(utcDay(date))}, ${time}:${seconds} ${timeZone}`;
  clock.title = view.clock.now;
  const kind = byTestId('clock-kind');
  kind.textContent = view.clock.real ? 'real clock' : view.clock.frozen ? 'pinned · frozen' : 'pinned · running';
  kind.classList.toggle('pinned', !view.clock.real);
  byTestId('clock-freeze').textContent = view.clock.frozen ? 'run on' : 'freeze';
  const input = byTestId('clock-input');
  if (document.activeElement !== input) input.value = `${date}T${time}`;

  const services = view.state.tables.services.filter((s) => s.companyId === view.companyId && s.active);
  if (!services.some((s) => s.id === view.serviceId)) view.serviceId = undefined;
  setOptions(byTestId('free-service'), [['', '(none)'], ...services.map((s) => [String(s.id), s.title])], view.serviceId ? String(view.serviceId) : '');
  for (const button of document.querySelectorAll('.views button')) button.setAttribute('aria-pressed', String(button.dataset.view === view.mode));
}

/** Run tags by record id, for the calendar. */
function runsByRecord() {
  const tags = new Map();
  for (const run of view.runs) for (const id of run.recordIds) tags.set(id, run.run);
  return tags;
}

function records(staffIds, dates) {
  const { timeZone } = company();
  const { clients, services } = view.state.tables;
  return view.state.tables.records
    .filter((r) => !r.deleted && r.companyId === view.companyId && staffIds.has(r.staffId))
    .map((r) => {
      const start = wallClock(r.start, timeZone);
      const end = wallClock(r.start + r.length * 1000, timeZone);
      const client = clients.find((c) => c.id === r.clientId);
      return {
        record: r,
        date: start.date,
        from: minutesOf(start.time),
        // A record running past midnight ends at the day's end on this calendar.
        to: end.date === start.date ? minutesOf(end.time) : 24 * 60,
        label: `${start.time}–${end.time}`,
        client: client ? `${client.name} ${client.surname}`.trim() : '(no client)',
        services: r.services.map((s) => services.find((x) => x.id === s.id)?.title ?? `service ${s.id}`).join(', '),
      };
    })
    .filter((r) => dates.includes(r.date));
}

const shiftText = (intervals) => (intervals.length === 0 ? 'off' : intervals.map((i) => `${timeOf(i.from)}–${timeOf(i.to)}`).join(', '));

function renderCalendar() {
  const dates = view.mode === 'week' ? Array.from({ length: 7 }, (_, i) => addDays(weekStart(view.date), i)) : [view.date];
  byTestId('day').textContent =
    view.mode === 'week' ? `${shortDay.format(utcDay(dates[0]))} – ${dayTitle.format(utcDay(dates[6]))}` : dayTitle.format(utcDay(view.date));
  byTestId('notice').textContent = view.notice;
  const staff = locationStaff();
  const shown = records(new Set(staff.map((s) => s.id)), dates);
  const hours = new Map(dates.flatMap((d) => staff.map((s) => [`${d} ${s.id}`, workingHours(s, d).map((i) => ({ from: minutesOf(i.from), to: minutesOf(i.to) }))])));
  const { timeZone, slotStepMinutes } = company();
  const free = view.free.map((f) => ({ ...f, wall: wallClock(Date.parse(f.start), timeZone) }));
  // The visible range: at least 08–18, widened to every working hour and record shown.
  const spans = [...[...hours.values()].flat(), ...shown];
  const first = Math.floor(Math.min(8 * 60, ...spans.map((s) => s.from)) / 60) * 60;
  const last = Math.ceil(Math.max(18 * 60, ...spans.map((s) => s.to)) / 60) * 60;
  const px = (minutes) => `calc(${minutes} * var(--ppm))`;
  const place = (from, to) => ({ top: px(from - first), height: px(to - from) });
  const now = wallClock(Date.parse(view.clock.now), timeZone);
  const tags = runsByRecord();

  const axis = el('div', { class: 'column axis' }, el('div', { class: 'head' }), el('div', { class: 'body', style: { height: px(last - first) } }));
  for (let m = first; m < last; m += 60) axis.lastChild.append(el('span', { class: 'hour', 'data-testid': 'hour', 'data-time': timeOf(m), style: { top: px(m - first) } }, timeOf(m)));

  const column = (s, date) => {
    const intervals = hours.get(`${date} ${s.id}`);
    const body = el('div', { class: 'body', style: { height: px(last - first) } });
    for (const i of intervals) body.append(el('div', { class: 'working', 'data-testid': 'working-hours', style: place(i.from, i.to) }));
    for (const f of free.filter((x) => x.staffId === s.id && x.wall.date === date)) {
      const from = minutesOf(f.wall.time);
      const attrs = { class: 'free', 'data-testid': 'free-slot', 'data-start': f.wall.time, 'data-staff-id': String(s.id), title: `free ${f.wall.time} with ${s.name}`, style: place(from, from + Math.min(slotStepMinutes, f.length / 60)) };
      body.append(el('div', attrs, f.wall.time));
    }
    if (date === now.date) body.append(el('div', { class: 'now', 'data-testid': 'now-line', style: { top: px(minutesOf(now.time) - first) }, title: `now ${now.time}` }));
    // Records of one staff member may overlap (save_if_busy): each later one steps right.
    const laneEnds = [];
    for (const r of shown.filter((x) => x.record.staffId === s.id && x.date === date).sort((a, b) => a.from - b.from)) {
      let lane = laneEnds.findIndex((end) => end <= r.from);
      if (lane === -1) lane = laneEnds.push(0) - 1;
      laneEnds[lane] = r.to;
      const run = tags.get(r.record.id);
      const style = { ...place(r.from, r.to), left: `calc(2px + ${lane} * 1.25rem)` };
      const attrs = { class: run ? 'record tagged' : 'record', 'data-testid': 'record', 'data-record-id': String(r.record.id), 'data-start': r.label.slice(0, 5), style };
      attrs.title = `${r.label} ${r.client}, ${r.services} (record ${r.record.id}${run ? `, run ${run}` : ''})`;
      if (run) attrs['data-run'] = run;
      body.append(el('div', attrs, el('b', {}, r.label), ' ', r.client, el('br'), r.services));
    }
    const head = el('div', { class: 'head', title: `${s.name}: ${shiftText(intervals)}` }, el('b', { 'data-testid': 'staff-name' }, s.name), el('small', { 'data-testid': 'shift' }, shiftText(intervals)));
    return el('div', { class: 'column', 'data-testid': 'staff-column', 'data-staff-id': String(s.id), 'data-date': date }, head, body);
  };

  const calendar = byTestId('calendar');
  const scroll = calendar.scrollTop;
  calendar.classList.toggle('week', view.mode === 'week');
  if (view.mode === 'day') calendar.replaceChildren(axis, ...staff.map((s) => column(s, view.date)));
  else {
    const groups = dates.map((date) => {
      const head = el('div', { class: date === now.date ? 'head today' : 'head', 'data-testid': 'week-day' }, shortDay.format(utcDay(date)));
      return el('div', { class: 'group', 'data-date': date }, head, el('div', { class: 'lanes' }, ...staff.map((s) => column(s, date))));
    });
    calendar.replaceChildren(axis, ...groups);
  }
  calendar.scrollTop = scroll;
}

const emptyRow = (columns, text) => el('tr', {}, el('td', { class: 'empty', colspan: String(columns) }, text));

function renderFaults(faults) {
  const rows = faults.map((f) =>
    el(
      'tr',
      { 'data-testid': 'fault-row', 'data-fault-id': String(f.id) },
      el('td', {}, String(f.id)),
      el('td', {}, f.method ?? 'any'),
      el('td', { class: 'path' }, f.path),
      el('td', {}, f.latencyMs ? `${f.latencyMs} ms` : '–'),
      el('td', {}, f.status === undefined ? '–' : String(f.status)),
      el('td', {}, String(f.share)),
      el('td', {}, String(f.hits)),
    ),
  );
  byTestId('faults').replaceChildren(...(rows.length > 0 ? rows : [emptyRow(7, 'no faults')]));
}

function renderRuns() {
  const live = new Set(view.state.tables.records.filter((r) => !r.deleted).map((r) => r.id));
  const rows = view.runs.map((run) => {
    const clear = el('button', { type: 'button', 'data-testid': 'clear-run' }, 'clear bookings');
    clear.addEventListener('click', () => act(() => admin('DELETE', `/runs/${encodeURIComponent(run.run)}/records`)));
    const show = el('button', { type: 'button', 'data-testid': 'filter-run' }, 'its requests');
    show.addEventListener('click', () => setRun(run.run));
    return el(
      'tr',
      { 'data-testid': 'run-row', 'data-run': run.run },
      el('td', { class: 'run' }, run.run, el('small', { 'data-testid': 'run-scenarios' }, run.scenarios.join(', '))),
      el('td', {}, String(run.requests)),
      el('td', { 'data-testid': 'run-live' }, String(run.recordIds.filter((id) => live.has(id)).length)),
      el('td', { class: 'actions-cell' }, show, clear),
    );
  });
  byTestId('runs').replaceChildren(...(rows.length > 0 ? rows : [emptyRow(4, 'no tagged runs')]));
  const names = [...new Set([...view.runs.map((r) => r.run), ...(view.run ? [view.run] : [])])];
  setOptions(byTestId('run-filter'), [['', 'all'], ...names.map((name) => [name, name])], view.run);
}

const pad3 = (n) => String(n).padStart(3, '0');
/** A time in the location's zone with milliseconds: `{ date, time: 'HH:MM:SS.mmm' }`. */
function preciseTime(iso) {
  const ms = Date.parse(iso);
  const at = wallClock(ms, company().timeZone);
  return { date: at.date, time: `${at.time}:${at.seconds}.${pad3(((ms % 1000) + 1000) % 1000)}` };
}

/**
 * A log time cell: the fake's time with milliseconds; when its clock is pinned, with the date
 * and, below, when the request really came (a frozen clock gives every request the same time).
 */
function logTime(entry) {
  const fake = preciseTime(entry.at);
  if (view.clock.real) return el('td', { title: entry.at }, fake.time);
  const real = preciseTime(entry.receivedAt);
  return el('td', { title: `fake ${entry.at}, received ${entry.receivedAt}` }, el('span', { class: 'date' }, fake.date), ' ', fake.time, el('small', { 'data-testid': 'log-received' }, `real ${real.time}`));
}

function detailOf(entry) {
  const block = (title, message) => {
    const headers = Object.entries(message.headers).map(([k, v]) => `${k}: ${v}`).join('\n');
    const body = message.body === undefined ? '(no body)' : typeof message.body === 'string' ? message.body : JSON.stringify(message.body, null, 2);
    return el('div', {}, el('h3', {}, title), el('pre', { 'data-testid': `${title.toLowerCase()}-headers` }, headers), el('pre', { 'data-testid': `${title.toLowerCase()}-body` }, body));
  };
  return el('div', { class: 'detail-grid' }, block('Request', entry.request), block('Answer', entry.response));
}

function renderRequests(requests) {
  const rows = requests
    .slice()
    .reverse()
    .flatMap((r) => {
      const path = el('td', { class: 'path' }, r.path);
      if (r.error) path.append(el('span', { class: 'why', 'data-testid': 'log-error' }, r.error));
      const row = el(
        'tr',
        { class: view.open.has(r.id) ? 'log-row open' : 'log-row', 'data-testid': 'log-row', 'data-request-id': String(r.id), 'aria-expanded': String(view.open.has(r.id)) },
        logTime(r),
        el('td', {}, r.method),
        path,
        el('td', { class: `s${String(r.status)[0]}` }, String(r.status)),
        el('td', {}, String(Math.round(r.durationMs))),
        el('td', {}, r.fault === undefined ? '' : String(r.fault)),
        el('td', { class: 'run' }, r.run ?? '', r.scenario ? el('small', {}, r.scenario) : undefined),
      );
      row.addEventListener('click', () => toggle(r.id));
      const opened = view.open.get(r.id);
      if (!view.open.has(r.id)) return [row];
      const detail = el('td', { class: 'detail', colspan: '7', 'data-testid': 'log-detail' }, opened ? detailOf(opened) : 'loading…');
      return [row, el('tr', {}, detail)];
    });
  byTestId('requests').replaceChildren(...(rows.length > 0 ? rows : [emptyRow(7, view.run ? `no requests of run ${view.run}` : 'no requests yet')]));
}

async function toggle(id) {
  if (view.open.has(id)) view.open.delete(id);
  else {
    view.open.set(id, undefined);
    try {
      view.open.set(id, await admin('GET', `/requests/${id}`));
    } catch (error) {
      view.open.delete(id);
      showStatus(`admin API: ${error.message}`);
    }
  }
  renderRequests(view.requests);
}

function showStatus(message) {
  const status = byTestId('status');
  status.textContent = message;
  status.classList.toggle('error', message !== '');
}

function askForToken(message) {
  const form = byTestId('token-form');
  form.hidden = false;
  showStatus(sessionStorage.getItem(tokenKey) ? `${message} The token given was refused.` : message);
  sessionStorage.removeItem(tokenKey);
  byTestId('token-input').focus();
}

async function readFreeTimes() {
  if (!view.serviceId) return [];
  const from = view.mode === 'week' ? weekStart(view.date) : view.date;
  const to = view.mode === 'week' ? addDays(from, 6) : from;
  const query = new URLSearchParams({ companyId: String(view.companyId), serviceId: String(view.serviceId), from, to });
  return (await admin('GET', `/free-times?${query}`)).slots;
}

/** Reads everything and redraws; the newest refresh wins when several overlap. */
async function refresh() {
  clearTimeout(view.timer);
  const mine = ++view.refreshes;
  try {
    const run = view.run ? `&run=${encodeURIComponent(view.run)}` : '';
    const [state, clock, requests, faults, runs] = await Promise.all([
      admin('GET', '/state'),
      admin('GET', '/clock'),
      admin('GET', `/requests?limit=100${run}`),
      admin('GET', '/faults'),
      admin('GET', '/runs'),
    ]);
    if (mine !== view.refreshes) return;
    const previousToday = view.state && view.clock && company() ? today() : undefined;
    Object.assign(view, { state, clock, requests, runs });
    if (!state.tables.companies.some((c) => c.id === view.companyId)) view.companyId = state.tables.companies[0]?.id;
    if (view.companyId === undefined) throw new Error('the fake has no locations');
    // Following the fake's today: a new day (the clock moved) moves the calendar along.
    if (view.date === undefined || (view.follow && today() !== previousToday)) view.date = view.follow ? openingDay() : today();
    view.free = await readFreeTimes();
    if (mine !== view.refreshes) return;
    byTestId('token-form').hidden = true;
    saveUrl();
    renderHeader();
    renderCalendar();
    renderFaults(faults);
    renderRuns();
    renderRequests(requests);
    showStatus('');
  } catch (error) {
    if (mine !== view.refreshes) return;
    if (error instanceof TokenNeeded) return askForToken(error.message);
    showStatus(`admin API: ${error.message}`);
  }
  if (mine === view.refreshes) view.timer = setTimeout(refresh, refreshMs);
}

/** Runs an admin action, shows its error (if any) where the user looks, then refreshes. */
async function act(action, errorTarget = 'status') {
  for (const id of ['fault-error', 'clock-error']) byTestId(id).textContent = '';
  try {
    await action();
  } catch (error) {
    if (error instanceof TokenNeeded) return askForToken(error.message);
    if (errorTarget === 'status') showStatus(`admin API: ${error.message}`);
    else byTestId(errorTarget).textContent = error.message;
    return;
  }
  await refresh();
}

/** Moves the calendar by days (a week in the week view), or back to the fake's today with 0. */
function moveDay(days) {
  if (!view.state) return;
  view.follow = days === 0;
  view.notice = '';
  view.date = days === 0 ? openingDay() : addDays(view.date, view.mode === 'week' ? days * 7 : days);
  refresh();
}

function setRun(run) {
  view.run = run;
  refresh();
}

byTestId('prev-day').addEventListener('click', () => moveDay(-1));
byTestId('next-day').addEventListener('click', () => moveDay(1));
byTestId('today').addEventListener('click', () => moveDay(0));
byTestId('refresh').addEventListener('click', refresh);
for (const button of document.querySelectorAll('.views button')) {
  button.addEventListener('click', () => {
    view.mode = button.dataset.view;
    refresh();
  });
}
byTestId('free-service').addEventListener('change', (event) => {
  view.serviceId = Number(event.target.value) || undefined;
  refresh();
});
byTestId('run-filter').addEventListener('change', (event) => setRun(event.target.value));
byTestId('location').addEventListener('change', (event) => {
  view.companyId = Number(event.target.value);
  view.serviceId = undefined;
  view.follow = true;
  view.date = openingDay();
  refresh();
});
byTestId('fault-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const form = new FormData(event.target);
  const rule = { path: form.get('path') };
  if (form.get('method')) rule.method = form.get('method');
  for (const name of ['latencyMs', 'status', 'share']) if (form.get(name) !== '') rule[name] = Number(form.get(name));
  act(() => admin('POST', '/faults', rule), 'fault-error');
});
byTestId('clear-faults').addEventListener('click', () => act(() => admin('DELETE', '/faults')));
byTestId('reset-data').addEventListener('click', () => act(() => admin('POST', '/reset')));
byTestId('seed-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const form = new FormData(event.target);
  act(() => admin('POST', '/seed', { seed: Number(form.get('seed')), dataset: form.get('dataset') }), 'clock-error');
});
byTestId('clock-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const form = new FormData(event.target);
  const now = new Date(instantOf(form.get('at'), company().timeZone)).toISOString();
  view.follow = true;
  act(() => admin('PUT', '/clock', { now, frozen: form.get('frozen') === 'on' }), 'clock-error');
});
byTestId('clock-freeze').addEventListener('click', () => act(() => admin('PUT', '/clock', { now: view.clock.now, frozen: !view.clock.frozen }), 'clock-error'));
byTestId('clock-hour').addEventListener('click', () => act(() => admin('POST', '/clock/advance', { seconds: 3600 }), 'clock-error'));
byTestId('clock-day').addEventListener('click', () => act(() => admin('POST', '/clock/advance', { seconds: 86_400 }), 'clock-error'));
byTestId('clock-real').addEventListener('click', () => act(() => admin('PUT', '/clock', { now: new Date().toISOString(), frozen: false }), 'clock-error'));
byTestId('token-form').addEventListener('submit', (event) => {
  event.preventDefault();
  sessionStorage.setItem(tokenKey, new FormData(event.target).get('token'));
  event.target.reset();
  refresh();
});

refresh();
