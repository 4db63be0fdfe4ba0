import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { RequestHandler } from 'express';

// The page is plain HTML, CSS and a vanilla script in ./page, put together into one answer
// so that mounting the dashboard is one route and the page needs nothing but /__admin.

const read = (file: string) => readFileSync(new URL(`./page/${file}`, import.meta.url), 'utf8');
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * Serves the dashboard at `GET /`: a location's calendar for a day or a week with the slot
 * engine's free times, the clock, reseed and reset, faults, tagged runs and the request log,
 * read from and changed through `/__admin` on the same origin (with the admin token the page
 * asks for when the server wants one). Any other request goes on to the next handler.
 * @example app.use(createDashboard())
 */
export function createDashboard(): RequestHandler {
  const css = `\n${read('dashboard.css')}`;
  const js = `\n${read('dashboard.js')}`;
  // Replaced through functions: the script's own `$` must not read as replacement patterns.
  const html = read('dashboard.html')
    .replace('<!-- dashboard.css -->', () => `<style>${css}</style>`)
    .replace('<!-- dashboard.js -->', () => `<script type="module">${js}</script>`);
  // The browser itself holds the page to its own origin: only these inline parts run, and
  // fetches reach nothing but the server that served it.
  const policy = `default-src 'none'; script-src ${sha256(js)}; style-src ${sha256(css)}; connect-src 'self'; img-src data:; base-uri 'none'; form-action 'none'`;
  return function dashboard(req, res, next) {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path !== '/') return next();
    res.set({ 'content-security-policy': policy, 'cache-control': 'no-store' }).type('html').send(html);
  };
}
