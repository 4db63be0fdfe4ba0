export interface LoggedRequest {
  readonly at: string;
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly durationMs: number;
  readonly fault?: number;
}

/** The newest requests the server answered, at most `capacity` of them (old ones fall off). */
export interface RequestLog {
  add(entry: LoggedRequest): void;
  recent(limit: number): LoggedRequest[];
  clear(): void;
}

export function createRequestLog(capacity = 1000): RequestLog {
  let entries: LoggedRequest[] = [];
  return {
    add(entry) {
      entries.push(entry);
      if (entries.length > capacity * 2) entries = entries.slice(-capacity);
    },
    recent: (limit) => entries.slice(-Math.min(limit, capacity)),
    clear() {
      entries = [];
    },
  };
}
