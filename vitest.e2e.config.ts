import { defineConfig } from 'vitest/config';

// End-to-end tests drive the production build (dist/) in Debian's Chromium through
// playwright-core; one worker, because each file starts its own browser and server.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
