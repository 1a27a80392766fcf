/**
 * Builds test/e2e/fixtures/preview-mount.ts, which puts the editor's
 * components on a console page, into the console's dist/assets/e2e-preview/
 * (served by the server under test at /console/assets/e2e-preview/), with
 * the options of scripts/build.mjs: the data and the elements stay chunks
 * loaded when first used, as in the console.
 */
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { repo } from './harness.js';

const out = join(repo, 'apps/console/dist/assets/e2e-preview');

export async function buildComponentsFixture(): Promise<string> {
  await rm(out, { recursive: true, force: true });
  await build({
    entryPoints: { mount: join(repo, 'apps/console/test/e2e/fixtures/preview-mount.ts') },
    outdir: out,
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    entryNames: '[name]',
    chunkNames: '[name]-[hash]',
    logLevel: 'warning',
  });
  return '/console/assets/e2e-preview/mount.js';
}

export const removeComponentsFixture = () => rm(out, { recursive: true, force: true });

/** Mounts the components in the view on screen (its ctx), with `challenge` in the previews. */
export async function mountComponents(
  page: Page,
  script: string,
  args: { challenge?: Record<string, unknown>; challengeId?: string },
) {
  await page.addScriptTag({ url: script, type: 'module' });
  await page.waitForFunction(() => !!window.epComponents);
  await page.evaluate((a) => void window.epComponents.mount(a), args);
}
