import { defineConfig } from 'vitest/config';

/**
 * The API suite runs on PGlite, and again on PostgreSQL when TEST_DATABASE_URL
 * is set (CI): the same files, in two projects that differ only in ENGINE.
 */
const engines = ['pglite', ...(process.env.TEST_DATABASE_URL ? ['postgres'] : [])];

export default defineConfig({
  test: {
    projects: [
      ...engines.map((engine) => ({
        extends: true as const,
        test: {
          name: `api:${engine}`,
          include: ['test/api/**/*.test.ts'],
          env: { ENGINE: engine },
        },
      })),
      {
        extends: true as const,
        // Real processes: each spawns node, opens PGlite (or PostgreSQL), migrates
        // and often seeds the demo. On a loaded 2-core machine one start took
        // over 20 s and one CLI round of the inbox test close to 60 s, so
        // these run with a wider limit than the in-process API tests.
        test: {
          name: 'process',
          include: ['test/process/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
      // Pure functions: no server, no database.
      {
        extends: true as const,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'] },
      },
      // Files at the top of test/ need neither a server nor a database (today
      // demo-data.test.ts, which checks the demo content against the SDK's schemas).
      {
        extends: true as const,
        test: { name: 'standalone', include: ['test/*.test.ts'] },
      },
    ],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    passWithNoTests: true,
  },
});
