import { defineConfig } from 'vitest/config';

// End to end only: the built console in Chromium (playwright-core) against the
// real server (apps/server/dist, started per file with its own data folder)
// and a real SMTP server in the test process.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
});
