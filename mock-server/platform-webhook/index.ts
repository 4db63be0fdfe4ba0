export { createPlatformWebhookApi } from './platform-webhook-api.ts';
