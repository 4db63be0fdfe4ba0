export { createPartnerApi } from './partner-api.ts';
