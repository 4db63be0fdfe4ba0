// The fake Altegio and its server: what the CLI, the simulator, the Pact provider
// states and the reference implementations use from here.
export { createMockServer, defaultMockOptions, startMockServer } from './server/create-server.ts';
export type { MockOptions, MockServer, RunningMock } from './server/create-server.ts';
export { demo } from './altegio/demo-data.ts';
export { createAltegioClient } from './altegio-client/index.ts';
export type { AltegioClient, AltegioClientOptions, AltegioResult, AltegioSchemas, AppointmentInput, AvailableSlot } from './altegio-client/index.ts';
export { mockCommand } from './cli.ts';
