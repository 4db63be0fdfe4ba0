// Helpers every top folder may use: the command-line kit, wrapping a command around a
// server, zoned wall-clock time, YAML and XML.
// Nothing here imports the rest of the project, so the fake, the simulator and the
// contracts share it without reaching into one another.
export * from './cli-kit.ts';
export * from './zoned-time.ts';
export * from './orphan-watch.ts';
export * from './wrap-command.ts';
export * from './xml.ts';
export * from './yaml-file.ts';
