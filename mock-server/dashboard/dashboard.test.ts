import { createServer } from 'node:http';
import express from 'express';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.ts';
import type { Staff } from '../altegio/state.ts';
import type { ResponseViolation } from '../routing/index.ts';
import { createMockServer, type MockServer } from '../server/create-server.ts';
import { testNow, tokens } from '../testing/test-server.ts';
import { createDashboard } from './index.ts';

// The dashboard in front of a whole mock on one loopback port, as create-server mounts it,
// and the page in Chromium, which runs in the machine's zone (Pacific/Chatham under vitest).

let url: string;
let mock: MockServer;
let browser: BrowserContext & { dispose(): Promise<void> };
let page: Page;
const server = createServer();
const violations: ResponseViolation[] = [];

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  mock = createMockServer({ port: 0, now: testNow, frozen: true, selfUrl: url, onResponseViolation: (v) => violations.push(v) });
  const app = express();
  app.use(createDashboard());
  app.use(mock.app);
  server.on('request', app);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.dispose();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  mock?.fake.close();
});
beforeEach(async () => {
  mock.fake.clock.set(testNow, { frozen: true });
  expect((await fetch(`${url}/__admin/reset`, { method: 'POST' })).status).toBe(200);
  page = await browser.newPage();
});
afterEach(async () => {
  await page.close();
  expect(violations.splice(0)).toEqual([]);
});

const byTestId = (id: string) => page.getByTestId(id);
/** Opens the page and waits for its first drawing from the admin API. */
async function open() {
  await page.goto(url);
  await byTestId('staff-column').first().waitFor();
}
const berlinStaff = () =>
  [...mock.fake.db.tables.staff.values()].filter((s: Staff) => s.companyId === 1001 && !s.fired).sort((a, b) => b.weight - a.weight || a.id - b.id);

function altegio(method: string, path: string, body?: unknown) {
  const headers: Record<string, string> = { authorization: tokens.berlin, accept: 'application/vnd.api.v2+json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  return fetch(`${url}/api/v1${path}`, { method, headers, ...(body !== undefined && { body: JSON.stringify(body) }) });
}

describe('dashboard', () => {
  it('shows the Berlin staff on Tuesday and a new booking at 10:00 Berlin time in its staff column, whatever the browser zone', async () => {
    await open();
    await expect(page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).resolves.toBe('Pacific/Chatham');
    await expect(byTestId('clock').textContent()).resolves.toBe('Mon, 2 Mar 2026, 08:00:00 Europe/Berlin · frozen');
    await expect(byTestId('day').textContent()).resolves.toBe('Monday, 2 March 2026');
    await byTestId('next-day').click();
    await expect(byTestId('day').textContent()).resolves.toBe('Tuesday, 3 March 2026');
    const staff = berlinStaff();
    await expect(byTestId('staff-name').allTextContents()).resolves.toEqual(staff.map((s) => s.name));
    // Anna works 08–16 on weekdays, Jonas not on Tuesdays, Lea a split day.
    await expect(byTestId('shift').allTextContents()).resolves.toEqual(['08:00–16:00', 'off', '09:00–13:00, 14:00–18:00']);

    const anna = staff[0]!;
    const booking = { staff_id: anna.id, services: [{ id: 10009 }], client: { phone: '+491701234567', name: 'Erika Mustermann' }, datetime: '2026-03-03T10:00:00+01:00', seance_length: 1800 };
    const created = await altegio('POST', '/records/1001', booking);
    expect(created.status).toBe(201);
    const { data } = (await created.json()) as { data: { id: number } };

    // No click: the page's own refresh brings the booking in.
    const block = page.locator(`[data-testid="staff-column"][data-staff-id="${anna.id}"] [data-record-id="${data.id}"]`);
    await block.waitFor();
    await expect(block.textContent()).resolves.toBe('10:00–10:30 Erika MustermannMassage 30 Minuten');
    const top = (selector: string) => page.locator(selector).evaluate((e) => (e as HTMLElement).offsetTop);
    await expect(block.evaluate((e) => (e as HTMLElement).offsetTop)).resolves.toBe(await top('[data-testid="hour"][data-time="10:00"]'));

    await byTestId('reset-data').click();
    await block.waitFor({ state: 'detached' });
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

    const hit = await altegio('POST', '/records/1001', { staff_id: berlinStaff()[0]!.id, services: [{ id: 10009 }], client: { phone: '+491701234567', name: 'Erika Mustermann' }, datetime: '2026-03-03T10:00:00+01:00', seance_length: 1800 });
    expect(hit.status).toBe(503);
    await byTestId('refresh').click();
    await expect.poll(() => row.locator('td').last().textContent()).toBe('1');
    await expect(byTestId('log-row').first().locator('td').allTextContents()).resolves.toEqual(['08:00:00', 'POST', '/api/v1/records/1001', '503', expect.any(String), '1']);

    await byTestId('clear-faults').click();
    await row.waitFor({ state: 'detached' });
    await expect((await fetch(`${url}/__admin/faults`)).json()).resolves.toEqual([]);
  });

  it('lists the requests just made, newest first', async () => {
    await open();
    await byTestId('requests').getByText('no requests yet').waitFor();
    expect((await altegio('GET', '/company/1001/services')).status).toBe(200);
    expect((await altegio('GET', '/company/1001/nope')).status).toBe(404);
    await byTestId('refresh').click();
    await byTestId('log-row').nth(1).waitFor();
    const cells = async (n: number) => (await byTestId('log-row').nth(n).locator('td').allTextContents()).slice(1, 4);
    await expect(cells(0)).resolves.toEqual(['GET', '/api/v1/company/1001/nope', '404']);
    await expect(cells(1)).resolves.toEqual(['GET', '/api/v1/company/1001/services', '200']);
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
    await open();
    await byTestId('location').selectOption('1002');
    await byTestId('refresh').click();
    const brooklyn = [...mock.fake.db.tables.staff.values()].filter((s) => s.companyId === 1002).map((s) => s.name);
    await expect.poll(() => byTestId('staff-name').allTextContents()).toEqual(brooklyn);
    expect(seen.filter((u) => !u.startsWith(`${url}/`))).toEqual([]);
    expect(seen).toContain(`${url}/__admin/state`);
    expect(blocked).toEqual([]);
  });
});
