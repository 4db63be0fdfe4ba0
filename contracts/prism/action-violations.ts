import { createSpecValidator, findOperation, loadSpec, resolve, responseSchemaPointer, type SchemaViolation } from '../../specs/index.ts';
import type { Exchange } from './exchange-recorder.ts';
import type { PrismViolation } from './prism.ts';

// The VoiceBot webhook is one POST whose body is a oneOf of 13 actions (and whose 200 is
// an anyOf of their answers). Prism reports a bad body as every branch's complaint; the
// action the body names says which branch it meant, so it is checked against that one.

type RefMap = Readonly<Record<string, { readonly $ref: string }>>;

const operation = findOperation('voicebot', 'handleVoiceBotAction')!;
const post = resolve(loadSpec('voicebot'), operation.pointer) as { 'x-action-requests': RefMap; 'x-action-responses': RefMap };
const actions = Object.keys(post['x-action-requests']);

function parse(text: string): { json: unknown } | undefined {
  try {
    return { json: JSON.parse(text) };
  } catch {
    return undefined;
  }
}

const located = (side: 'request' | 'response', path: string) => `${side}.body${path === '/' ? '' : path.replaceAll('/', '.')}`;

function violation(side: 'request' | 'response', v: SchemaViolation, action: string | undefined): PrismViolation {
  return { request: '', side, location: located(side, v.path), message: action ? `action ${action}: ${v.message}` : v.message, severity: 'error' };
}

/** The action a request body names, when it names one of the spec's. */
function actionOf(body: unknown): string | undefined {
  const action = (body as { action?: unknown } | null)?.action;
  return typeof action === 'string' && Object.hasOwn(post['x-action-requests'], action) ? action : undefined;
}

function requestViolations(body: unknown): { action: string | undefined; found: PrismViolation[] } {
  const action = actionOf(body);
  if (action) {
    const check = createSpecValidator('voicebot').validate(post['x-action-requests'][action]!.$ref, body);
    return { action, found: check.valid ? [] : check.violations.map((v) => violation('request', v, action)) };
  }
  const given = (body as { action?: unknown } | null)?.action;
  const message = `action must be one of ${actions.join(', ')}; ${given === undefined ? 'there is none' : `got ${JSON.stringify(given)}`}`;
  return { action, found: [{ request: '', side: 'request', location: 'request.body.action', message, severity: 'error' }] };
}

function responseViolations(exchange: Exchange, action: string | undefined): PrismViolation[] {
  const pointer = exchange.status === 200 && action ? post['x-action-responses'][action]!.$ref : responseSchemaPointer('voicebot', operation, exchange.status);
  // An undocumented status or one without a body is Prism's to report.
  if (typeof pointer !== 'string' || !/\bjson\b/.test(exchange.contentType)) return [];
  const parsed = parse(exchange.responseBody);
  if (!parsed) return [violation('response', { path: '/', message: 'the body is not JSON' }, action)];
  const check = createSpecValidator('voicebot').validate(pointer, parsed.json);
  return check.valid ? [] : check.violations.map((v) => violation('response', v, action));
}

/**
 * The request body checked against the schema of the action it names, and a JSON answer
 * against the schema of that action's answer (or of the error status), each message
 * prefixed `action getSlots:`. Exchanges other than the webhook's POST are left to Prism.
 * @example voicebotBodyViolations({ method: 'POST', path: '/', requestBody: '{"action":"getSlots"}', status: 400, contentType: 'application/json', responseBody: '…' })
 */
export function voicebotBodyViolations(exchange: Exchange): PrismViolation[] {
  const [path] = exchange.path.split('?');
  if (exchange.method !== 'POST' || path !== '/') return [];
  const request = `POST ${path}`;
  const parsed = parse(exchange.requestBody);
  const { action, found } = parsed ? requestViolations(parsed.json) : { action: undefined, found: [violation('request', { path: '/', message: 'the body is not JSON' }, undefined)] };
  return [...found, ...responseViolations(exchange, action)].map((v) => ({ ...v, request }));
}
