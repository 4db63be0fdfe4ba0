import type { ApiResponse, Handler, RouteInput } from './api-types.ts';

// Handlers typed from the operations openapi-typescript generates. The router has
// already validated the request against the same spec, so the input really has
// these types by the time a handler runs.

type JsonBody<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type BodyOf<Op> = Op extends { requestBody: infer R } ? JsonBody<R> : Op extends { requestBody?: infer R } ? JsonBody<R> | undefined : undefined;
type ParamsOf<Op, In extends 'path' | 'query'> = Op extends { parameters: { [K in In]?: infer P } } ? ([P] extends [never] ? Record<string, never> : NonNullable<P>) : Record<string, never>;

export interface TypedInput<Op> extends Omit<RouteInput, 'params' | 'query' | 'body'> {
  readonly params: ParamsOf<Op, 'path'>;
  readonly query: ParamsOf<Op, 'query'>;
  readonly body: BodyOf<Op>;
}

export type TypedHandlers<Ops, Ctx> = {
  readonly [K in keyof Ops]: (input: TypedInput<Ops[K]>, ctx: Ctx) => ApiResponse | Promise<ApiResponse>;
};

/**
 * Checks a handler table against the spec's operations at compile time.
 * @example const handlers = typedHandlers<operations, AdminContext>({ readClock: (input, ctx) => … })
 */
export function typedHandlers<Ops, Ctx>(handlers: TypedHandlers<Ops, Ctx>): Record<string, Handler<Ctx>> {
  return handlers as unknown as Record<string, Handler<Ctx>>;
}
