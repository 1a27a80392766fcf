// Builds the script-tag bundle: dist/embed/entrypoint.js and its chunks.
// One ESM entry; each element is a chunk imported relative to the entry's
// own URL, so a page loads only the elements it has. The metafile is kept for
// the size budgets (scripts/size.mjs).
import { build } from 'esbuild';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist/embed`;
await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });

const result = await build({
  absWorkingDir: root,
  entryPoints: { entrypoint: 'src/embed.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'browser',
  target: ['es2022', 'chrome111', 'firefox113', 'safari16.4'],
  minify: true,
  sourcemap: 'linked',
  legalComments: 'external',
  chunkNames: '[name]-[hash]',
  tsconfig: 'tsconfig.json',
  metafile: true,
  logLevel: 'warning',
});
await writeFile(`${root}dist/embed-meta.json`, JSON.stringify(result.metafile));
console.log(
  `embed: ${Object.keys(result.metafile.outputs).filter((f) => f.endsWith('.js')).length} files in dist/embed`,
);
