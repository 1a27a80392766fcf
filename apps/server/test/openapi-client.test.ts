/**
 * The document as an integrator's generator reads it: `openapi-typescript`
 * makes types of it with no warning, and a small strict program using them
 * (openapi-client/client.ts) compiles.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildOpenApiDocument } from '../src/openapi/document.js';

const here = join(dirname(fileURLToPath(import.meta.url)), 'openapi-client');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

afterEach(() => vi.restoreAllMocks());

describe('openapi-typescript on the document', () => {
  it('generates types with no warning, literal unions for closed filters and a typed JSON Feed, and a strict program using them compiles', async () => {
    const warn = vi.spyOn(console, 'warn');
    const error = vi.spyOn(console, 'error');
    const ast = await openapiTS(structuredClone(buildOpenApiDocument()) as never);
    const types = astToString(ast);
    expect(warn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
    expect(types).toMatch(/status\?: \("draft" \| "open" \| [^)]*\)\[\]/);
    expect(types).toMatch(/JsonFeed: \{/);
    expect(types).toContain('listStories: {');

    mkdirSync(join(here, 'generated'), { recursive: true });
    writeFileSync(join(here, 'generated', 'schema.d.ts'), types);
    const run = promisify(execFile);
    const result = await run(process.execPath, [tsc, '-p', join(here, 'tsconfig.json')]).catch(
      (e: { stdout: string; code: number }) => e,
    );
    expect('code' in result ? result.stdout : '').toBe('');
  }, 120_000);
});
