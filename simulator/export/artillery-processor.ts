import { daySlots } from '../scenario/day-slots.ts';
import { MissingVarError, render, select } from '../scenario/template.ts';
import type { Vars } from '../scenario/scenario.ts';

// Bundled into the processor file written beside an exported script: the captures JSONPath
// cannot say (slots grouped by day, read in a zone), done by the simulator's own code once
// Artillery has the answer. Artillery calls `slotcheckCaptures` as an afterResponse hook.

/** A day-grouped capture as the exporter puts it on a request (`slotcheckCaptures`). */
export interface DaySlotsCapture {
  readonly daySlots: string;
  readonly timeZone: string;
  readonly pick?: boolean;
}

type Next = (error?: Error) => void;

export function slotcheckCaptures(
  request: { readonly slotcheckCaptures?: Readonly<Record<string, DaySlotsCapture>> },
  response: { readonly body?: unknown },
  context: { vars: Record<string, unknown> },
  _events: unknown,
  next: Next,
): void {
  let body: unknown;
  try {
    body = typeof response.body === 'string' ? JSON.parse(response.body) : response.body;
  } catch {
    body = undefined;
  }
  for (const [name, source] of Object.entries(request.slotcheckCaptures ?? {})) {
    let timeZone: string;
    try {
      timeZone = String(render(source.timeZone, context.vars as Vars));
    } catch (error) {
      if (error instanceof MissingVarError) return next(new Error(`slotcheck: cannot capture "${name}": ${error.message}`));
      throw error;
    }
    const slots = daySlots(select(body, source.daySlots), timeZone);
    // Artillery's own captures pick at random among matches; so does this one.
    const value = source.pick ? slots?.[Math.floor(Math.random() * slots.length)] : slots;
    if (value === undefined) return next(new Error(`slotcheck: nothing to capture as "${name}" at ${source.daySlots}`));
    context.vars[name] = value;
  }
  next();
}
