import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['index.test.ts', '{specs,kit,mock-server,simulator,contracts,scripts}/**/*.test.ts'],
    // An odd machine zone (+12:45/+13:45) so that any code reading the machine's
    // zone instead of the location's shows up in the tests.
    env: { TZ: 'Pacific/Chatham' },
    reporters: ['default', './scripts/summary-reporter.ts'],
    // Vitest runs one file at a time on two cores by default; most files wait on child processes,
    // sockets and Chromium, so two at a time halves the wall time.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
