// Helpers every top folder may use: the command-line kit and zoned wall-clock time.
// Nothing here imports the rest of the project, so the fake, the simulator and the
// contracts share it without reaching into one another.
export * from './cli-kit.ts';
export * from './zoned-time.ts';
