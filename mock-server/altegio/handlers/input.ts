import type { RouteInput } from '../../routing/index.ts';

/** A handler's input with its body, query and path parameters as the spec types them. */
export interface AltegioInput<Body = unknown, Query = unknown, Params = { company_id: number }> extends Omit<RouteInput, 'params' | 'query' | 'body'> {
  readonly body: Body;
  readonly query: Query;
  readonly params: Params;
}
