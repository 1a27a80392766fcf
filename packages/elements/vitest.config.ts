import { defineConfig } from 'vitest/config';

// The element tests drive real Chromium (playwright-core) against the real
// server with demo data, started once for the run by test/global-setup.ts.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    environment: 'node',
    testTimeout: 30_000,
    // The browser waits on a real server; give polls room on a busy CI machine.
    expect: { poll: { timeout: 10_000, interval: 50 } },
    hookTimeout: 90_000,
    // Two cores shared with others: one browser at a time.
    fileParallelism: false,
  },
});
