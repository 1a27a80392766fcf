// One lint config for every package, type-aware: typescript-eslint's
// recommendedTypeChecked over every TypeScript file (each file is checked with
// the tsconfig.json of its package, found by the project service), the vitest
// rules over the test suites, and the Lit and web-component rules over the
// elements. `npm run lint` allows no warning (--max-warnings 0).
import js from '@eslint/js';
import vitest from '@vitest/eslint-plugin';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/coverage/**',
      '**/storybook-static/**',
      '**/.turbo/**',
      '**/.data/**',
      '**/custom-elements.json',
    ],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.node, ...globals.browser },
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    // Plain JavaScript (build, size and bench scripts, config files) is in no
    // tsconfig: it gets the rules that need no type information.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/test/**/*.ts'],
    ...vitest.configs.recommended,
    rules: {
      ...vitest.configs.recommended.rules,
      // An expect behind an if or a catch can be skipped without failing.
      'vitest/no-conditional-expect': 'error',
      // Vitest's expect takes a message as its second argument.
      'vitest/valid-expect': ['error', { maxArgs: 2 }],
      // A test may assert through a helper: expectProblem(...), checkInboxCli(...).
      'vitest/expect-expect': ['error', { assertFunctionNames: ['expect', 'expect*', 'check*'] }],
    },
  },
  {
    // The server's API tests read replies through test/helpers/http.ts, whose
    // body is parsed JSON typed `any` and checked by assertions (toEqual,
    // toMatchObject), not by types; typing each of the hundreds of reads would
    // restate the SDK's schemas. The other type-aware rules stay on.
    files: ['apps/server/test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // An integrator's program typed by openapi-typescript's output, which the
    // test generates (gitignored) and then compiles with its own strict
    // tsconfig: that compile is its type check. Lint runs before the types
    // exist, so it would judge the program against missing types.
    files: ['apps/server/test/openapi-client/**/*.ts'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['packages/elements/src/**/*.ts', 'apps/storybook/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['packages/elements/src/**/*.ts'],
    ...wc.configs['flat/recommended'],
    settings: { wc: { elementBaseClasses: ['LitElement', 'EpElement'] } },
  },
  {
    // Code generated from the SDK's schemas: its patterns are the schema's,
    // character for character, escapes included.
    files: ['packages/elements/src/internal/generated/**/*.ts'],
    rules: { 'no-useless-escape': 'off' },
  },
);
