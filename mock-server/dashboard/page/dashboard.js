// The dashboard of slotcheck's fake Altegio: one location's calendar for one day, the
// faults and the request log, all read from the admin API every few seconds. Every time
// is shown in the location's zone, never the browser's: the page does its date maths on
// UTC calendar days and reads wall clocks through Intl with `timeZone`.

const refreshMs = 3000;
const dayMs = 86_400_000;

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

async function admin(method, path, body) {
  const init = body === undefined ? { method } : { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
  const res = await fetch(`/__admin${path}`, init);
  const text = await res.text();
  const data = text === '' ? undefined : JSON.parse(text);
  if (!res.ok) throw new Error(data?.error?.message ?? `${method} /__admin${path} answered ${res.status}`);
  return data;
}

const formatters = new Map();
/** The wall clock at an instant in a zone: `{ date: 'YYYY-MM-DD', time: 'HH:MM' }`. */
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

const minutesOf = (time) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const timeOf = (minutes) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
// A local date as the UTC midnight of that calendar day: weekdays and day steps without any zone.
const utcDay = (date) => Date.parse(`${date}T00:00:00Z`);
const addDays = (date, days) => new Date(utcDay(date) + days * dayMs).toISOString().slice(0, 10);
const dayTitle = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const clockTitle = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });

const view = { companyId: undefined, date: undefined, state: undefined, refreshes: 0, timer: undefined };

function company() {
  return view.state.tables.companies.find((c) => c.id === view.companyId);
}

function today() {
  return wallClock(Date.parse(view.state.now), company().timeZone).date;
}

function renderHeader() {
  const select = byTestId('location');
  const options = view.state.tables.companies.map((c) => el('option', { value: String(c.id) }, `${c.title} (${c.id}, ${c.timeZone})`));
  select.replaceChildren(...options);
  select.value = String(view.companyId);
  const { timeZone } = company();
  const now = Date.parse(view.state.now);
  const { date, time, seconds } = wallClock(now, timeZone);
  const clock = byTestId('clock');
  clock.textContent = `${clockTitle.format(utcDay(date))}, ${time}:${seconds} ${timeZone}${view.state.frozen ? ' · frozen' : ''}`;
  clock.title = view.state.now;
}

/** The staff member's working intervals on a date: the dated exception, else the weekly pattern. */
function workingHours(staff, date) {
  return staff.exceptions[date] ?? staff.weekly[new Date(utcDay(date)).getUTCDay()] ?? [];
}

function dayRecords(staffIds) {
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
    .filter((r) => r.date === view.date);
}

function renderCalendar() {
  byTestId('day').textContent = dayTitle.format(utcDay(view.date));
  const staff = view.state.tables.staff
    .filter((s) => s.companyId === view.companyId && !s.fired)
    .sort((a, b) => b.weight - a.weight || a.id - b.id);
  const records = dayRecords(new Set(staff.map((s) => s.id)));
  const hours = new Map(staff.map((s) => [s.id, workingHours(s, view.date).map((i) => ({ from: minutesOf(i.from), to: minutesOf(i.to) }))]));
  // The visible range: at least 08–18, widened to every working hour and record of the day.
  const spans = [...[...hours.values()].flat(), ...records];
  const first = Math.floor(Math.min(8 * 60, ...spans.map((s) => s.from)) / 60) * 60;
  const last = Math.ceil(Math.max(18 * 60, ...spans.map((s) => s.to)) / 60) * 60;
  const px = (minutes) => `calc(${minutes} * var(--ppm))`;
  const place = (from, to) => ({ top: px(from - first), height: px(to - from) });

  const axis = el('div', { class: 'column axis' }, el('div', { class: 'head' }), el('div', { class: 'body', style: { height: px(last - first) } }));
  for (let m = first; m < last; m += 60) axis.lastChild.append(el('span', { class: 'hour', 'data-testid': 'hour', 'data-time': timeOf(m), style: { top: px(m - first) } }, timeOf(m)));

  const columns = staff.map((s) => {
    const intervals = hours.get(s.id);
    const shift = intervals.length === 0 ? 'off' : intervals.map((i) => `${timeOf(i.from)}–${timeOf(i.to)}`).join(', ');
    const body = el('div', { class: 'body', style: { height: px(last - first) } });
    for (const i of intervals) body.append(el('div', { class: 'working', 'data-testid': 'working-hours', style: place(i.from, i.to) }));
    // Records of one staff member may overlap (save_if_busy): each later one steps right.
    const laneEnds = [];
    for (const r of records.filter((x) => x.record.staffId === s.id).sort((a, b) => a.from - b.from)) {
      let lane = laneEnds.findIndex((end) => end <= r.from);
      if (lane === -1) lane = laneEnds.push(0) - 1;
      laneEnds[lane] = r.to;
      const style = { ...place(r.from, r.to), left: `calc(2px + ${lane} * 1.25rem)` };
      const attrs = { class: 'record', 'data-testid': 'record', 'data-record-id': String(r.record.id), 'data-start': r.label.slice(0, 5), style, title: `record ${r.record.id}` };
      body.append(el('div', attrs, el('b', {}, r.label), ' ', r.client, el('br'), r.services));
    }
    const head = el('div', { class: 'head' }, el('b', { 'data-testid': 'staff-name' }, s.name), el('small', { 'data-testid': 'shift' }, shift));
    return el('div', { class: 'column', 'data-testid': 'staff-column', 'data-staff-id': String(s.id) }, head, body);
  });
  const calendar = byTestId('calendar');
  const scroll = calendar.scrollTop;
  calendar.replaceChildren(axis, ...columns);
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

function renderRequests(requests) {
  const { timeZone } = company();
  const rows = requests
    .slice()
    .reverse()
    .map((r) => {
      const at = wallClock(Date.parse(r.at), timeZone);
      return el(
        'tr',
        { 'data-testid': 'log-row' },
        el('td', { title: r.at }, `${at.time}:${at.seconds}`),
        el('td', {}, r.method),
        el('td', { class: 'path' }, r.path),
        el('td', { class: `s${String(r.status)[0]}` }, String(r.status)),
        el('td', {}, String(Math.round(r.durationMs))),
        el('td', {}, r.fault === undefined ? '' : String(r.fault)),
      );
    });
  byTestId('requests').replaceChildren(...(rows.length > 0 ? rows : [emptyRow(6, 'no requests yet')]));
}

function showStatus(message) {
  const status = byTestId('status');
  status.textContent = message;
  status.classList.toggle('error', message !== '');
}

/** Reads everything and redraws; the newest refresh wins when several overlap. */
async function refresh() {
  clearTimeout(view.timer);
  const mine = ++view.refreshes;
  try {
    const [state, requests, faults] = await Promise.all([admin('GET', '/state'), admin('GET', '/requests?limit=50'), admin('GET', '/faults')]);
    if (mine !== view.refreshes) return;
    view.state = state;
    if (!state.tables.companies.some((c) => c.id === view.companyId)) view.companyId = state.tables.companies[0]?.id;
    if (view.companyId === undefined) throw new Error('the fake has no locations');
    view.date ??= today();
    renderHeader();
    renderCalendar();
    renderFaults(faults);
    renderRequests(requests);
    showStatus('');
  } catch (error) {
    if (mine === view.refreshes) showStatus(`admin API: ${error.message}`);
  }
  if (mine === view.refreshes) view.timer = setTimeout(refresh, refreshMs);
}

/** Runs an admin action, shows its error (if any) where the user looks, then refreshes. */
async function act(action, errorTarget = 'status') {
  byTestId('fault-error').textContent = '';
  try {
    await action();
  } catch (error) {
    if (errorTarget === 'status') showStatus(`admin API: ${error.message}`);
    else byTestId(errorTarget).textContent = error.message;
    return;
  }
  await refresh();
}

function moveDay(days) {
  if (!view.state) return;
  view.date = days === 0 ? today() : addDays(view.date, days);
  renderCalendar();
}

byTestId('prev-day').addEventListener('click', () => moveDay(-1));
byTestId('next-day').addEventListener('click', () => moveDay(1));
byTestId('today').addEventListener('click', () => moveDay(0));
byTestId('refresh').addEventListener('click', refresh);
byTestId('location').addEventListener('change', (event) => {
  view.companyId = Number(event.target.value);
  view.date = today();
  renderHeader();
  renderCalendar();
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

refresh();
