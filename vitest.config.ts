import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{specs,mock-server,simulator,contracts,scripts}/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
