import { defineConfig } from 'vitest/config';

// End to end only: the built console in Chromium (playwright-core) against the
// real server (apps/server/dist, started per file with its own data folder)
// and a real SMTP server in the test process.
export default defineConfig({
  test: {
    // The inbox's flows run again on PostgreSQL when TEST_DATABASE_URL is set (CI).
    projects: [
      {
        extends: true,
        test: { name: 'e2e:pglite', include: ['test/**/*.test.ts'], env: { ENGINE: 'pglite' } },
      },
      ...(process.env.TEST_DATABASE_URL
        ? [
            {
              extends: true as const,
              test: {
                name: 'e2e:postgres',
                include: ['test/e2e/inbox.test.ts'],
                env: { ENGINE: 'postgres' },
              },
            },
          ]
        : []),
    ],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
});
