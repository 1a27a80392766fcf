import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The story checks drive one Chromium over every story of the static build.
    testTimeout: 60_000,
    maxConcurrency: 3,
    hookTimeout: 180_000,
  },
});
