export { ApiError } from './api-error.ts';
export type { RouterErrorCode } from './api-error.ts';
export { json } from './api-types.ts';
export type { ApiRequest, ApiResponse, Handler, RouteInput } from './api-types.ts';
export { sameSecret } from './same-secret.ts';
export { createSpecRouter } from './spec-router.ts';
export type { AuthMatch, ResponseViolation, SpecRouter, SpecRouterOptions } from './spec-router.ts';
export { typedHandlers } from './typed-handlers.ts';
export type { TypedHandlers, TypedInput } from './typed-handlers.ts';
