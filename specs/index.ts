export { loadSpec, resolve, specFiles, specNames, specPath } from './spec-registry.ts';
export type { OpenApiDocument, SpecName } from './spec-registry.ts';
export { calendarYears, createSpecValidator, pointerSegment } from './schema-validator.ts';
export type { SchemaCheck, SchemaViolation, SpecValidator, SpecValidatorOptions } from './schema-validator.ts';
export { findOperation, responseSchemaPointer } from './operations.ts';
export type { SpecOperation } from './operations.ts';
