import type { components } from '../../specs/generated/admin.ts';
import type { LoggedRequest, RunTally } from '../server/request-log.ts';

// The request log as the admin API shows it: credentials masked, bodies cut to size, and a
// refusal's message pulled out of whichever error shape its API answers in.

type Summary = components['schemas']['LoggedRequest'];
type Exchange = components['schemas']['LoggedExchange'];

const masked = '[masked]';
/** Header and body field names that carry a credential. */
const secretName = /pass(word)?$|token|secret|signature|api[-_]?key|^key$|^cookie$|^set-cookie$|authori[sz]ation/i;
/** Deeper than this a body is shown as `[…]` (bodies are never that deep in these APIs). */
const maxDepth = 24;
const bodyLimit = 16 * 1024;

/** `Bearer abc, User def` → `Bearer [masked], User [masked]`: the schemes stay, they tell which credentials came. */
function maskHeader(name: string, value: string): string {
  if (!secretName.test(name)) return value;
  const schemes = value.replace(/\b(Bearer|User|Basic|Token|Digest)\s+[^,\s]+/gi, `$1 ${masked}`);
  return schemes === value ? masked : schemes;
}

const maskHeaders = (headers: Readonly<Record<string, string>>) => Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, maskHeader(name, value)]));

/** A copy with every credential-named field masked; built with fromEntries so `__proto__` stays a plain key. */
function maskBody(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (depth >= maxDepth) return '[…]';
  if (Array.isArray(value)) return value.map((v) => maskBody(v, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, secretName.test(key) && v !== null && typeof v !== 'object' ? masked : maskBody(v, depth + 1)]));
}

/** A JSON member (`"key": value`, the value possibly cut short) or a form field (`key=value`). */
const jsonMember = /"((?:[^"\\]|\\.)*)"(\s*:\s*)("(?:[^"\\]|\\.)*(?:"|$)|[^,}\]\s]+)/g;
const formField = /(^|&)([^=&]*)=([^&]*)/g;

/** Text that is not whole JSON (cut short, a form, anything): credential-named members and fields masked all the same. */
const maskText = (text: string) =>
  text
    .replace(jsonMember, (member, key: string, colon: string) => (secretName.test(key) ? `"${key}"${colon}"${masked}"` : member))
    .replace(formField, (field, start: string, key: string) => (secretName.test(decodeURIComponentSafe(key)) ? `${start}${key}=${masked}` : field));

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A path with credential-named query parameters masked (`?api_key=…`). */
function maskPath(path: string): string {
  const at = path.indexOf('?');
  return at === -1 ? path : `${path.slice(0, at + 1)}${maskText(path.slice(at + 1))}`;
}

/** A body as shown: JSON parsed and masked; other text masked as text; either cut to 16 KiB. */
function shown(body: unknown): unknown {
  if (body === undefined) return undefined;
  let value = body;
  if (typeof body === 'string') {
    try {
      value = JSON.parse(body);
    } catch {
      return maskText(body);
    }
  }
  const text = JSON.stringify(maskBody(value));
  return text.length > bodyLimit ? `${text.slice(0, bodyLimit)}…(cut)` : JSON.parse(text);
}

/** The message of an error answer in any of the served APIs' shapes, looked for a few levels deep. */
function errorMessage(body: unknown, depth = 0): string | undefined {
  if (body === null || typeof body !== 'object' || depth > 3) return undefined;
  const fields = body as Record<string, unknown>;
  for (const key of ['message', 'detail', 'error_description', 'title']) if (typeof fields[key] === 'string' && fields[key] !== '') return fields[key] as string;
  if (typeof fields.error === 'string' && fields.error !== '') return fields.error;
  for (const value of Object.values(fields)) {
    const found = errorMessage(Array.isArray(value) ? value[0] : value, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** An entry for the list: no bodies, the refusal's message for a 4xx or 5xx. */
export function summary(entry: LoggedRequest): Summary {
  const { request: _request, response, recordIds, ...rest } = entry;
  const error = entry.status >= 400 ? errorMessage(shown(response.body)) : undefined;
  return { ...rest, path: maskPath(entry.path), ...(recordIds && { recordIds: [...recordIds] }), ...(error !== undefined && { error }) };
}

/** An entry with its headers and bodies, credentials masked. */
export function exchange(entry: LoggedRequest): Exchange {
  const message = (m: LoggedRequest['request' | 'response']) => {
    const body = shown(m.body);
    return { headers: maskHeaders(m.headers), ...(body !== undefined && { body }) };
  };
  return { ...summary(entry), request: message(entry.request), response: message(entry.response) };
}

export const runSummary = (run: RunTally): components['schemas']['Run'] => ({ ...run, scenarios: [...run.scenarios], recordIds: [...run.recordIds] });
