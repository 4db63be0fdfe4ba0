export { createVoicebotApi } from './voicebot-api.ts';
