// "Nothing runs at import time; everything tree-shakes": what a bundler keeps
// for a few imports, measured with esbuild on the sources.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The packages (and our own modules) a browser bundle of `code` keeps. */
async function kept(
  code: string,
  minify = true,
): Promise<{ inputs: string[]; bytes: number; text: string }> {
  const out = await build({
    stdin: { contents: code, resolveDir: root, sourcefile: 'entry.ts', loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    minify,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const output = Object.values(out.metafile.outputs)[0]!;
  const inputs = Object.entries(output.inputs)
    .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
    .map(([file]) => file);
  return { inputs, bytes: out.outputFiles[0]!.contents.length, text: out.outputFiles[0]!.text };
}

describe('tree-shaking', () => {
  it('keeps neither zod nor ky for the vocabularies and localize', async () => {
    const { inputs, bytes } = await kept(
      `export { THEMES, CHALLENGE_STATUSES, localize } from './src/index.js';`,
    );
    expect(inputs.filter((f) => f.includes('node_modules'))).toEqual([]);
    expect(inputs.sort()).toEqual(['src/localize.ts', 'src/schemas/vocabulary.ts']);
    expect(bytes).toBeLessThan(2_000);
  });

  it('keeps neither zod, ky nor any schema for createLiteClient', async () => {
    const { inputs } = await kept(`export { createLiteClient } from './src/index.js';`);
    expect(inputs.filter((f) => f.includes('node_modules'))).toEqual([]);
    expect(inputs.filter((f) => f.startsWith('src/schemas/') || f.endsWith('check.ts'))).toEqual(
      [],
    );
    expect(inputs).toContain('src/client/fetch-transport.ts');
  });

  it('keeps no ky and no client for the schemas', async () => {
    const { inputs } = await kept(`export { SubmissionInput } from './src/index.js';`);
    expect(inputs.some((f) => f.includes('/zod/'))).toBe(true);
    expect(inputs.some((f) => f.includes('/ky/') || f.startsWith('src/client/'))).toBe(false);
  });

  it('drops the schemas nobody uses, and the zod they alone need', async () => {
    const { text } = await kept(`export { Challenge } from './src/index.js';`, false);
    expect(text).toMatch(/\bChallenge = /);
    for (const unused of ['ChallengeInput', 'ChallengePatch', 'SubmissionInput', 'Story']) {
      expect(text).not.toMatch(new RegExp(`\\b${unused} = `));
    }
    // Only the input schemas use defaults.
    expect(text).not.toMatch(/\$ZodDefault/);
  });

  it('keeps none of the zod classes the schemas were moved off, for the size', async () => {
    const { text } = await kept(
      `export { createClient, SubmissionInput, localize, THEMES } from './src/index.js';`,
      false,
    );
    const classes = [...text.matchAll(/\$constructor\("(\$Zod\w+)"/g)].map((m) => m[1]);
    expect(classes).toContain('$ZodObject');
    for (const heavy of [
      '$ZodRecord',
      '$ZodURL',
      '$ZodCheckNumberFormat',
      '$ZodLiteral',
      '$ZodCustom',
      '$ZodISODateTime',
      '$ZodISODate',
      '$ZodISOTime',
      '$ZodISODuration',
      '$ZodDefault',
      '$ZodEmail',
    ]) {
      expect(classes).not.toContain(heavy);
    }
  });

  it('does not keep the locales or toJSONSchema of zod', async () => {
    const { inputs } = await kept(`export { createClient } from './src/index.js';`);
    expect(inputs.some((f) => f.includes('/ky/'))).toBe(true);
    expect(
      inputs.filter((f) => /zod\/v4\/(locales|core\/(to-json-schema|json-schema))/.test(f)),
    ).toEqual([]);
  });
});
