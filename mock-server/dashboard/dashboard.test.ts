import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.ts';
import { createHttpClient } from '../../simulator/http-client.ts';
import type { Staff } from '../altegio/state.ts';
import type { ResponseViolation } from '../routing/index.ts';
import { createMockServer, type MockOptions, type MockServer } from '../server/create-server.ts';
import { testNow, tokens } from '../testing/test-server.ts';

// The dashboard as create-server mounts it, in front of a whole mock on one loopback port, and
// the page in Chromium, which runs in the machine's zone (Pacific/Chatham under vitest). The
// fake's clock stands at Monday 2 March 2026, 08:00 in Berlin. Each state is screenshotted
// into reports/dashboard/ (git ignores reports/).

const shots = new URL('../../reports/dashboard/', import.meta.url);
mkdirSync(shots, { recursive: true });

let url: string;
let mock: MockServer;
let browser: BrowserContext & { dispose(): Promise<void> };
let page: Page;
let server: Server;
const violations: ResponseViolation[] = [];

/** A mock behind a real loopback socket whose URL it knows. */
async function serve(options: Partial<MockOptions> = {}): Promise<{ url: string; mock: MockServer; server: Server }> {
  const http = createServer();
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const address = http.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const built = createMockServer({ port: 0, now: testNow, frozen: true, selfUrl: base, onResponseViolation: (v) => violations.push(v), ...options });
  http.on('request', built.app);
  return { url: base, mock: built, server: http };
}
async function stop(s: { mock: MockServer; server: Server }) {
  s.server.closeAllConnections();
  await new Promise((resolve) => s.server.close(resolve));
  s.mock.fake.close();
}

beforeAll(async () => {
  ({ url, mock, server } = await serve());
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.dispose();
  if (server) await stop({ mock, server });
});
beforeEach(async () => {
  mock.fake.clock.set(testNow, { frozen: true });
  expect((await fetch(`${url}/__admin/reset`, { method: 'POST' })).status).toBe(200);
  page = await browser.newPage();
  await page.setViewportSize({ width: 1600, height: 1000 });
  page.setDefaultTimeout(6000);
});
afterEach(async () => {
  await page.close();
  expect(violations.splice(0)).toEqual([]);
});

const byTestId = (id: string) => page.getByTestId(id);
const shot = (name: string) => page.screenshot({ path: new URL(`${name}.png`, shots).pathname, fullPage: true });
/** Opens the page (with a query) and waits for its first drawing from the admin API. */
async function open(query = '') {
  await page.goto(`${url}/${query}`);
  await byTestId('staff-column').first().waitFor();
}
const staffOf = (companyId: number) =>
  [...mock.fake.db.tables.staff.values()].filter((s: Staff) => s.companyId === companyId && !s.fired).sort((a, b) => b.weight - a.weight || a.id - b.id);
/** Berlin's first therapist (10001): 08–16 on weekdays. */
const first = () => staffOf(1001)[0]!;
const recordBlock = (id: number) => page.locator(`[data-testid="record"][data-record-id="${id}"]`);
const freeSlot = (staffId: number, start: string) => page.locator(`[data-testid="free-slot"][data-staff-id="${staffId}"][data-start="${start}"]`);
const newest = () => [...mock.fake.db.tables.records.values()].filter((r) => !r.deleted).sort((a, b) => b.id - a.id)[0]!;

function call(path: string, init: { method?: string; headers?: Record<string, string>; body?: unknown } = {}) {
  const headers: Record<string, string> = { accept: 'application/json', ...init.headers };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  return fetch(`${url}${path}`, { method: init.method ?? 'POST', headers, ...(init.body !== undefined && { body: JSON.stringify(init.body) }) });
}
const altegio = (method: string, path: string, body?: unknown) =>
  call(`/api/v1${path}`, { method, headers: { authorization: tokens.berlin, accept: 'application/vnd.api.v2+json' }, body });
const massageAt = (time: string, staffId = first().id) => ({
  staff_id: staffId,
  services: [{ id: 10009 }],
  client: { phone: '+491701234567', name: 'Erika Mustermann' },
  datetime: `2026-03-03T${time}:00+01:00`,
  seance_length: 1800,
});

describe('dashboard', () => {
  it('shows a booking made through each API in its staff column without a click, in Berlin time whatever the browser zone', async () => {
    await open('?date=2026-03-03');
    await expect(page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).resolves.toBe('Pacific/Chatham');
    await expect(byTestId('clock').textContent()).resolves.toBe('Mon, 2 Mar 2026, 08:00:00 Europe/Berlin');
    await expect(byTestId('clock-kind').textContent()).resolves.toBe('pinned · frozen');
    await expect(byTestId('day').textContent()).resolves.toBe('Tuesday, 3 March 2026');
    await expect(byTestId('staff-name').allTextContents()).resolves.toEqual(staffOf(1001).map((s) => s.name));
    // The first therapist works 08–16 on weekdays, the second not on Tuesdays, the third a split day.
    await expect(byTestId('shift').allTextContents()).resolves.toEqual(['08:00–16:00', 'off', '09:00–13:00, 14:00–18:00']);

    const ids: number[] = [];
    expect((await altegio('POST', '/records/1001', massageAt('10:00'))).status).toBe(201);
    ids.push(newest().id);
    const voicebot = { action: 'bookAppointment', appointmentTypeId: 'at_1001_10006', productId: 'pr_1001_10009', slotId: 'sl_1001_10009_10001_20260303T1000Z', start: '2026-03-03T11:00:00+01:00', booker: { firstName: 'Max', lastName: 'Mustermann', phone: '+4915112345678' } };
    expect((await call('/voicebot', { headers: { authorization: 'Bearer vb_demo_token_5e2d7a' }, body: voicebot })).status).toBe(200);
    ids.push(newest().id);
    const unified = { action: 'book', agent_id: '7c9e6679-7425-40de-944b-e07fc1f90ae7', name: 'Jane Smith', phone: '+4915112345679', appointment_datetime: '2026-03-03T12:00:00+01:00' };
    expect((await call('/unified', { headers: { 'x-api-key': 'uk_demo_key_3b9f1c' }, body: unified })).status).toBe(200);
    ids.push(newest().id);
    const partner = { bot_id: 'bot_gleichgewicht', booking: { start_at: '2026-03-03T13:00:00+01:00', duration_minutes: 30, customer: { phone: '+15550100321', name: 'Pat Partner' } } };
    expect((await call('/partner/bookings', { headers: { authorization: 'Bearer sk_ptnr_demo_gleichgewicht_a1b2c3', 'idempotency-key': 'dash-1' }, body: partner })).status).toBe(201);
    ids.push(newest().id);
    expect(new Set(ids).size).toBe(4);

    // No click: the page's own refresh brings them in, each at its Berlin time in the first therapist's column.
    const column = page.locator(`[data-testid="staff-column"][data-staff-id="${first().id}"]`);
    for (const [i, start] of ['10:00', '11:00', '12:00', '13:00'].entries()) {
      await column.locator(`[data-record-id="${ids[i]}"]`).waitFor();
      await expect(column.locator(`[data-record-id="${ids[i]}"]`).getAttribute('data-start')).resolves.toBe(start);
    }
    await expect(recordBlock(ids[0]!).textContent()).resolves.toBe('10:00–10:30 Erika MustermannMassage 30 Minuten');
    const top = (selector: string) => page.locator(selector).evaluate((e) => (e as HTMLElement).offsetTop);
    await expect(recordBlock(ids[0]!).evaluate((e) => (e as HTMLElement).offsetTop)).resolves.toBe(await top('[data-testid="hour"][data-time="10:00"]'));
    await shot('1-bookings-by-each-api');

    // A cancel through Altegio takes its block away (refresh: the poll is proven above).
    expect((await altegio('DELETE', `/record/1001/${ids[0]}`)).status).toBe(204);
    await byTestId('refresh').click();
    await recordBlock(ids[0]!).waitFor({ state: 'detached' });
    await expect(recordBlock(ids[1]!).count()).resolves.toBe(1);
    await shot('2-after-cancel');
  });

  it('opens on the next working day when the location is closed today and says so; date, view and location are in the URL', async () => {
    mock.fake.clock.set(Date.parse('2026-03-08T09:00:00Z'), { frozen: true });
    await open();
    await expect(byTestId('notice').textContent()).resolves.toBe('Closed today (Sunday 8 March): showing Monday 9 March, the next working day.');
    await expect(byTestId('day').textContent()).resolves.toBe('Monday, 9 March 2026');
    await expect(byTestId('shift').first().textContent()).resolves.toBe('08:00–16:00');
    await shot('3-closed-today');
    await expect.poll(() => new URL(page.url()).search).toBe('?location=1001&date=2026-03-09&view=day');

    // A linked day, week and location open as linked.
    await open('?location=1002&date=2026-03-04&view=week');
    await expect(byTestId('day').textContent()).resolves.toBe('Mon 2 Mar – Sunday, 8 March 2026');
    await expect(byTestId('location').inputValue()).resolves.toBe('1002');
    await expect(byTestId('notice').textContent()).resolves.toBe('');
  });

  it('opens on today for a URL of odd values, and shows them as text', async () => {
    const blocked: string[] = [];
    page.on('pageerror', (e) => blocked.push(e.message));
    await open(`?location=__proto__&date=2026-02-31&view=%3Cscript%3E&service=constructor&run=${encodeURIComponent('<img src=x>')}`);
    await expect(byTestId('day').textContent()).resolves.toBe('Monday, 2 March 2026');
    await expect(byTestId('location').inputValue()).resolves.toBe('1001');
    await expect(byTestId('view-day').getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(byTestId('free-service').inputValue()).resolves.toBe('');
    await expect(byTestId('run-filter').inputValue()).resolves.toBe('<img src=x>');
    await expect(page.locator('img').count()).resolves.toBe(0);
    expect(blocked).toEqual([]);
  });

  it('shows a week with the staff as columns of each day, and steps a week at a time', async () => {
    expect((await altegio('POST', '/records/1001', massageAt('10:00'))).status).toBe(201);
    const id = newest().id;
    await open('?view=week');
    await expect(byTestId('day').textContent()).resolves.toBe('Mon 2 Mar – Sunday, 8 March 2026');
    await expect(byTestId('week-day').allTextContents()).resolves.toEqual(['Mon 2 Mar', 'Tue 3 Mar', 'Wed 4 Mar', 'Thu 5 Mar', 'Fri 6 Mar', 'Sat 7 Mar', 'Sun 8 Mar']);
    const staff = staffOf(1001);
    await expect(byTestId('staff-column').count()).resolves.toBe(7 * staff.length);
    await expect(page.locator('[data-testid="staff-column"][data-date="2026-03-03"]').evaluateAll((cs) => cs.map((c) => c.getAttribute('data-staff-id')))).resolves.toEqual(
      staff.map((s) => String(s.id)),
    );
    await expect(page.locator(`[data-date="2026-03-03"][data-staff-id="${first().id}"] [data-record-id="${id}"]`).count()).resolves.toBe(1);
    await shot('4-week');
    await byTestId('next-day').click();
    await expect.poll(() => byTestId('day').textContent()).toBe('Mon 9 Mar – Sunday, 15 March 2026');
    await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('week');
    await byTestId('view-day').click();
    await expect.poll(() => byTestId('day').textContent()).toBe('Monday, 9 March 2026');
  });

  it('shows the slot engine’s free times for a chosen service, and a booked time disappears from them', async () => {
    await open('?date=2026-03-03');
    await byTestId('free-service').selectOption('10009');
    const firstId = first().id;
    await freeSlot(firstId, '10:00').waitFor();
    // As many markers as the slot engine's free starts that day.
    const truth = (await (await fetch(`${url}/__admin/free-times?companyId=1001&serviceId=10009&from=2026-03-03&to=2026-03-03`)).json()) as { slots: unknown[] };
    await expect(byTestId('free-slot').count()).resolves.toBe(truth.slots.length);
    await expect.poll(() => new URL(page.url()).searchParams.get('service')).toBe('10009');
    await shot('5-free-slots');

    // A refresh leaves the service list's options as they were (an open list stays open).
    const kept = await page.evaluateHandle(() => document.querySelector('[data-testid="free-service"] option:last-child'));
    expect((await altegio('POST', '/records/1001', massageAt('10:00'))).status).toBe(201);
    await byTestId('refresh').click();
    await freeSlot(firstId, '10:00').waitFor({ state: 'detached' });
    await expect(page.evaluate((option) => option === document.querySelector('[data-testid="free-service"] option:last-child'), kept)).resolves.toBe(true);
    // 30 minutes from 10:00: the starts that would overlap it go too, 10:30 stays.
    await expect(freeSlot(firstId, '09:45').count()).resolves.toBe(0);
    await expect(freeSlot(firstId, '10:15').count()).resolves.toBe(0);
    await expect(freeSlot(firstId, '10:30').count()).resolves.toBe(1);
    await shot('6-free-slots-after-booking');
  });

  it('moves the clock from its panel, and the calendar, the now line and the free times follow', async () => {
    // The first therapist's first free start before 09:00 this Monday, as the slot engine has it.
    const truth = (await (await fetch(`${url}/__admin/free-times?companyId=1001&serviceId=10009&staffId=${first().id}&from=2026-03-02&to=2026-03-02`)).json()) as { slots: { start: string }[] };
    const early = truth.slots.find((s) => Date.parse(s.start) < Date.parse('2026-03-02T08:00:00Z'))!;
    const earlyTime = new Date(Date.parse(early.start) + 3_600_000).toISOString().slice(11, 16);
    await open('?service=10009');
    await expect(byTestId('day').textContent()).resolves.toBe('Monday, 2 March 2026');
    await freeSlot(first().id, earlyTime).waitFor();
    await byTestId('clock-hour').click();
    await expect.poll(() => byTestId('clock').textContent()).toBe('Mon, 2 Mar 2026, 09:00:00 Europe/Berlin');
    await freeSlot(first().id, earlyTime).waitFor({ state: 'detached' });
    await expect(byTestId('now-line').first().getAttribute('title')).resolves.toBe('now 09:00');
    await byTestId('clock-day').click();
    await expect.poll(() => byTestId('day').textContent()).toBe('Tuesday, 3 March 2026');
    expect(mock.fake.clock.now()).toBe(Date.parse('2026-03-03T08:00:00Z'));
    expect(mock.fake.clock.frozen).toBe(true);

    // Set to Sunday at 10:00 Berlin time: the calendar goes to Monday and says why.
    await byTestId('clock-input').fill('2026-03-08T10:00');
    await byTestId('clock-set').click();
    await expect.poll(() => byTestId('day').textContent()).toBe('Monday, 9 March 2026');
    // Running on from 10:00 Berlin time since the click.
    expect(mock.fake.clock.now() - Date.parse('2026-03-08T09:00:00Z')).toBeGreaterThanOrEqual(0);
    expect(mock.fake.clock.now() - Date.parse('2026-03-08T09:00:00Z')).toBeLessThan(5000);
    expect(mock.fake.clock.frozen).toBe(false);
    await expect(byTestId('clock-kind').textContent()).resolves.toBe('pinned · running');
    await byTestId('clock-freeze').click();
    await expect.poll(() => byTestId('clock-kind').textContent()).toBe('pinned · frozen');
    expect(mock.fake.clock.frozen).toBe(true);
    await shot('7-clock-moved');
    await byTestId('clock-real').click();
    await expect.poll(() => byTestId('clock-kind').textContent()).toBe('real clock');
  });

  it('reseeds from the panel', async () => {
    await open();
    await byTestId('seed-dataset').selectOption('empty');
    await byTestId('reseed').click();
    await expect.poll(() => [...mock.fake.db.tables.clients.values()].length).toBe(0);
    await expect.poll(() => byTestId('record').count()).toBe(0);
  });

  it('adds a fault through the form, which the next matching request meets, and clears it', async () => {
    await open();
    await byTestId('fault-method').selectOption('POST');
    await byTestId('fault-path').fill('/api/v1/records/*');
    await byTestId('fault-status').fill('503');
    await byTestId('add-fault').click();
    const row = byTestId('fault-row');
    await row.waitFor();
    await expect(row.locator('td').allTextContents()).resolves.toEqual(['1', 'POST', '/api/v1/records/*', '–', '503', '1', '0']);

    expect((await altegio('POST', '/records/1001', massageAt('10:00'))).status).toBe(503);
    await byTestId('refresh').click();
    await expect.poll(() => row.locator('td').last().textContent()).toBe('1');
    const cells = await byTestId('log-row').first().locator('td').allTextContents();
    // The fake's frozen time with its date, and when the request really came.
    expect(cells[0]).toMatch(/^2026-03-02 08:00:00\.000real \d\d:\d\d:\d\d\.\d{3}$/);
    expect(cells[1]).toBe('POST');
    expect(cells[2]).toMatch(/^\/api\/v1\/records\/1001Injected fault/);
    expect(cells.slice(3)).toEqual(['503', expect.any(String), '1', '']);

    await byTestId('clear-faults').click();
    await row.waitFor({ state: 'detached' });
    await expect((await fetch(`${url}/__admin/faults`)).json()).resolves.toEqual([]);
  });

  it('opens a log row into its request and answer, credentials masked, with the refusal’s message in the row', async () => {
    await open();
    await byTestId('requests').getByText('no requests yet').waitFor();
    const login = { login: 'berlin@slotcheck.test', password: 'not-the-password' };
    expect((await call('/api/v1/auth', { headers: { authorization: tokens.partner }, body: login })).status).toBe(401);
    expect((await altegio('GET', '/company/1001/services')).status).toBe(200);
    await byTestId('refresh').click();
    const refused = byTestId('log-row').nth(1);
    await refused.waitFor();
    await expect(refused.getByTestId('log-error').textContent()).resolves.toBe('Incorrect login or password.');
    await expect(byTestId('log-row').first().getByTestId('log-error').count()).resolves.toBe(0);
    await refused.click();
    const detail = byTestId('log-detail');
    await detail.getByTestId('answer-body').waitFor();
    await expect(detail.getByTestId('request-headers').textContent()).resolves.toContain('authorization: Bearer [masked]');
    expect(JSON.parse((await detail.getByTestId('request-body').textContent())!)).toEqual({ login: 'berlin@slotcheck.test', password: '[masked]' });
    expect(JSON.parse((await detail.getByTestId('answer-body').textContent())!)).toMatchObject({ success: false, meta: { message: 'Incorrect login or password.' } });
    await expect(detail.textContent()).resolves.not.toMatch(/not-the-password|sc_partner_demo/);
    await shot('8-log-row-open');
    // Still open after the next refresh; a second click closes it.
    await byTestId('refresh').click();
    await detail.getByTestId('answer-body').waitFor();
    await byTestId('log-row').nth(1).click();
    await detail.waitFor({ state: 'detached' });
  });

  it('tags a simulator run’s requests and bookings, filters the log by run, and clears its bookings', async () => {
    const simulator = createHttpClient({
      fetch,
      baseUrl: `${url}/api/v1`,
      headers: { authorization: tokens.berlin },
      timeoutMs: 5000,
      tag: () => ({ run: '20260302080000', scenario: 'book-and-leave' }),
    });
    const booked = await simulator.send({ method: 'POST', path: '/records/1001', body: massageAt('10:00') });
    expect(booked.response?.status).toBe(201);
    const runRecord = newest().id;
    expect((await altegio('POST', '/records/1001', massageAt('11:00'))).status).toBe(201);
    const ownRecord = newest().id;

    await open('?date=2026-03-03');
    const tagged = recordBlock(runRecord);
    await tagged.waitFor();
    await expect(tagged.getAttribute('data-run')).resolves.toBe('20260302080000');
    await expect(recordBlock(ownRecord).getAttribute('data-run')).resolves.toBeNull();
    const run = page.locator('[data-testid="run-row"][data-run="20260302080000"]');
    await expect(run.locator('td').allTextContents()).resolves.toEqual(['20260302080000book-and-leave', '1', '1', 'its requestsclear bookings']);
    await run.getByTestId('filter-run').click();
    await expect.poll(() => byTestId('log-row').count()).toBe(1);
    await expect(byTestId('log-row').locator('td').last().textContent()).resolves.toBe('20260302080000book-and-leave');
    await expect.poll(() => new URL(page.url()).searchParams.get('run')).toBe('20260302080000');
    await shot('9-run-tagged');

    await run.getByTestId('clear-run').click();
    await tagged.waitFor({ state: 'detached' });
    await expect(recordBlock(ownRecord).count()).resolves.toBe(1);
    await expect(run.getByTestId('run-live').textContent()).resolves.toBe('0');
    expect(mock.fake.db.tables.records.get(runRecord)?.deleted).toBe(true);
  });

  it('fits 900 px without a horizontal cut-off, in the day and the week view', async () => {
    expect((await altegio('POST', '/records/1001', massageAt('10:00'))).status).toBe(201);
    const id = newest().id;
    expect((await call('/api/v1/company/1001/services?with=a&very=long&query=string&that=would&wrap=badly', { method: 'GET' })).status).toBe(401);
    await page.setViewportSize({ width: 900, height: 900 });
    await open('?date=2026-03-03&service=10009');
    await recordBlock(id).waitFor();
    await byTestId('log-row').first().waitFor();
    const fits = () =>
      page.evaluate(() => {
        const calendar = document.querySelector<HTMLElement>('[data-testid="calendar"]')!;
        const box = calendar.getBoundingClientRect();
        const columns = [...document.querySelectorAll('[data-testid="staff-column"]')].map((c) => c.getBoundingClientRect());
        return {
          page: document.documentElement.scrollWidth <= window.innerWidth,
          calendar: calendar.scrollWidth <= calendar.clientWidth,
          columns: columns.every((c) => c.left >= box.left - 1 && c.right <= box.right + 1),
          narrowest: Math.round(Math.min(...columns.map((c) => c.width))),
        };
      });
    const day = await fits();
    expect(day).toMatchObject({ page: true, calendar: true, columns: true });
    expect(day.narrowest).toBeGreaterThan(150);
    // The booking's text is all there, and a log path wraps in whole runs, not every few characters.
    await expect(recordBlock(id).evaluate((e) => e.scrollHeight <= e.clientHeight && e.scrollWidth <= e.clientWidth)).resolves.toBe(true);
    const pathWidth = await byTestId('log-row').first().locator('td.path').evaluate((e) => e.getBoundingClientRect().width);
    expect(pathWidth).toBeGreaterThan(300);
    await shot('10-900px-day');
    await byTestId('view-week').click();
    await byTestId('week-day').first().waitFor();
    expect(await fits()).toMatchObject({ page: true, calendar: true, columns: true });
    await shot('11-900px-week');
    await page.setViewportSize({ width: 1920, height: 1000 });
    await byTestId('view-day').click();
    await expect.poll(async () => (await fits()).page).toBe(true);
    await shot('12-1920px-day');
  });

  it('asks once for the admin token of a server started with one, and keeps it for the tab', async () => {
    const guarded = await serve({ adminToken: 'dash-s3cret' });
    try {
      await page.goto(guarded.url);
      await byTestId('token-form').waitFor();
      await expect(byTestId('status').textContent()).resolves.toBe('The admin API answers a valid admin token only.');
      await shot('13-token-prompt');
      await byTestId('token-input').fill('wrong');
      await byTestId('token-submit').click();
      await expect.poll(() => byTestId('status').textContent()).toBe('The admin API answers a valid admin token only. The token given was refused.');
      await byTestId('token-input').fill('dash-s3cret');
      await byTestId('token-submit').click();
      await byTestId('staff-column').first().waitFor();
      await expect(byTestId('token-form').isHidden()).resolves.toBe(true);
      // The tab keeps it: a reload asks nothing.
      await page.reload();
      await byTestId('staff-column').first().waitFor();
      await expect(byTestId('token-form').isHidden()).resolves.toBe(true);
      await expect(page.evaluate(() => sessionStorage.getItem('slotcheck-admin-token'))).resolves.toBe('dash-s3cret');
    } finally {
      await stop(guarded);
    }
  });

  it('is one self-contained HTML answer: the page reaches nothing but its own origin', async () => {
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toContain("connect-src 'self'");
    const html = await res.text();
    expect(html.match(/(?:https?:|wss?:)?\/\/[\w-]+(?:\.[\w-]+)+/gi)).toBeNull();
    expect(html.match(/\s(?:src|href)=/g)).toEqual([' href=']);

    const seen: string[] = [];
    const blocked: string[] = [];
    page.on('request', (r) => seen.push(r.url()));
    page.on('console', (m) => m.type() === 'error' && blocked.push(m.text()));
    await open('?service=10009&view=week');
    await byTestId('location').selectOption('1002');
    const brooklyn = staffOf(1002).map((s) => s.name);
    await expect.poll(() => byTestId('staff-name').allTextContents()).toEqual([...Array(7)].flatMap(() => brooklyn));
    expect(seen.filter((u) => !u.startsWith(`${url}/`))).toEqual([]);
    expect(seen).toContain(`${url}/__admin/state`);
    expect(blocked).toEqual([]);
  });
});
