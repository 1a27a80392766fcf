import { defineConfig } from 'tsup';

// One output file per source module (no bundling), so that with
// `sideEffects: false` a bundler drops every module a user does not import:
// `THEMES` or `localize` alone cost no zod, and the schemas cost no ky.
// Declarations come from tsc (tsconfig.build.json), one per module too.
export default defineConfig({
  entry: ['src/**/*.ts'],
  format: ['esm'],
  bundle: false,
  dts: false,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
});
