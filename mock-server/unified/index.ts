export { createUnifiedApi } from './unified-api.ts';
