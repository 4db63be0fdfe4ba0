export { ApiError } from './api-error.ts';
export type { RouterErrorCode } from './api-error.ts';
export { json } from './api-types.ts';
export type { ApiRequest, ApiResponse, Handler, RouteInput } from './api-types.ts';
export { createSpecRouter } from './spec-router.ts';
export type { ResponseViolation, SpecRouter, SpecRouterOptions } from './spec-router.ts';
