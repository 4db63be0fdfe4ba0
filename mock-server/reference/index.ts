export { checkConfig, ConfigError, defaultConfigPath, loadConfig } from './config.ts';
export type { BookingTarget, ReferenceConfig, RequiredInfo } from './config.ts';
export { createReferenceContext } from './reference-context.ts';
export type { ApiOptions, ReferenceContext } from './reference-context.ts';
