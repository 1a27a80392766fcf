import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

const chromiumArgs = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-gpu',
];

// Two levels of tests (and unit tests of the pure helpers):
// - component: each element mounted alone in Chromium (vitest browser mode)
//   with a stub client, for every state and branch;
// - e2e: the embed on host pages against the real server (started once by
//   test/global-setup.ts), in Chromium and in Firefox ESR.
export default defineConfig({
  // Bundled before the first test, so that Vite does not reload the page midway.
  optimizeDeps: {
    include: [
      'lit',
      'lit/decorators.js',
      'lit/directives/live.js',
      'lit/directives/unsafe-html.js',
      'zod/mini',
      'ky',
    ],
  },
  test: {
    // Two cores shared with others: one browser at a time.
    fileParallelism: false,
    projects: [
      {
        test: {
          name: 'component',
          include: ['test/component/**/*.test.ts', 'test/unit/**/*.test.ts'],
          testTimeout: 15_000,
          expect: { poll: { timeout: 5_000, interval: 20 } },
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: {
                executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
                args: chromiumArgs,
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          environment: 'node',
          testTimeout: 30_000,
          // The browser waits on a real server; give polls room on a busy CI machine.
          expect: { poll: { timeout: 10_000, interval: 50 } },
          hookTimeout: 90_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
