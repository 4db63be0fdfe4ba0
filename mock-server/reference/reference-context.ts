import { createAltegioClient, type AltegioClient } from '../altegio-client/index.ts';
import type { KeyStore } from '../persistence/data-file.ts';
import type { ResponseViolation } from '../routing/index.ts';
import type { Clock } from '../time/clock.ts';
import type { ReferenceConfig } from './config.ts';

/**
 * What every reference implementation gets: its configuration, a clock, and Altegio
 * only through the typed client over HTTP (never the fake's state), so the same code
 * runs against the real Altegio when the config names it.
 */
export interface ReferenceContext {
  readonly config: ReferenceConfig;
  readonly clock: Clock;
  /** Altegio as the location's user: the partner token plus that location's user token. */
  altegio(companyId: number): AltegioClient;
  /** This server's base URL, for relays to its own mounts (partner → /platform-webhook). */
  selfUrl(): string;
  /** How to reach other HTTP services (platform webhooks); injectable in tests. */
  readonly fetch: typeof fetch;
  /** Where idempotency keys outlive a restart (the data file with --data). */
  readonly keys: KeyStore;
  /** Registers what an implementation keeps beyond Altegio (idempotency keys), to drop on an admin reset. */
  onReset(forget: () => void): void;
  /** Drops it all: the admin API calls this when it resets, reseeds or restores Altegio. */
  reset(): void;
  /**
   * Runs `work` when no other work on the same Altegio record runs: of moves and cancels
   * racing for one booking, each sees what the one before it left (one winner; the rest
   * find the booking moved or gone), whichever API they came through. `waited` says that
   * another write to the record was under way when this one arrived.
   */
  oneAtATime<T>(record: { readonly companyId: number; readonly id: number }, work: (waited: boolean) => Promise<T>): Promise<T>;
}

/** Options every mounted API takes. */
export interface ApiOptions {
  /** Tests pass this to fail on any answer the API's spec does not allow. */
  readonly onResponseViolation?: (violation: ResponseViolation) => void;
}

export function createReferenceContext(input: { config: ReferenceConfig; clock: Clock; selfUrl: () => string; keys: KeyStore; fetch?: typeof fetch }): ReferenceContext {
  const clients = new Map<number, AltegioClient>();
  const fetchImpl = input.fetch ?? fetch;
  const forgets: (() => void)[] = [];
  const queues = new Map<string, Promise<unknown>>();
  return {
    oneAtATime(record, work) {
      const key = `${record.companyId}/${record.id}`;
      // Queued promises never reject (see settled), so each turn starts once the last one ended.
      const ahead = queues.get(key);
      const turn = (ahead ?? Promise.resolve()).then(() => work(ahead !== undefined));
      const settled = turn.then(
        () => undefined,
        () => undefined,
      );
      queues.set(key, settled);
      // The last in line clears the queue, so it does not grow with every booking ever moved.
      void settled.then(() => queues.get(key) === settled && queues.delete(key));
      return turn;
    },
    onReset: (forget) => void forgets.push(forget),
    reset: () => forgets.forEach((forget) => forget()),
    config: input.config,
    clock: input.clock,
    selfUrl: input.selfUrl,
    fetch: fetchImpl,
    keys: input.keys,
    altegio(companyId) {
      let client = clients.get(companyId);
      if (!client) {
        const { baseUrl, partnerToken, userTokens } = input.config.altegio;
        const userToken = userTokens[String(companyId)];
        client = createAltegioClient({
          // Resolved at first use: the server's own URL is known only once it listens.
          baseUrl: baseUrl ?? `${input.selfUrl()}/api/v1`,
          partnerToken,
          ...(userToken && { userToken }),
          fetch: fetchImpl,
        });
        clients.set(companyId, client);
      }
      return client;
    },
  };
}
