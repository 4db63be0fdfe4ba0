export { createAltegioClient } from './altegio-client.ts';
export type { AltegioClient, AltegioClientOptions, AltegioResult, AltegioSchemas, AppointmentInput, AvailableSlot } from './altegio-client.ts';
