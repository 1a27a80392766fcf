// Builds the console into dist/: index.html (no inline script or style, so
// that the server's CSP needs no 'unsafe-inline') and dist/assets/, where
// every file carries a hash of its content in its name and may be cached for
// a year. The views after the first are chunks loaded when opened. The
// metafile is kept for the size budget (scripts/size.mjs).
import { build } from 'esbuild';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist`;
await rm(dist, { recursive: true, force: true });
await mkdir(`${dist}/assets`, { recursive: true });

const result = await build({
  entryPoints: { main: `${root}src/main.ts`, console: `${root}src/console.css` },
  outdir: `${dist}/assets`,
  bundle: true,
  splitting: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  legalComments: 'none',
  entryNames: '[name]-[hash]',
  chunkNames: '[name]-[hash]',
  metafile: true,
  logLevel: 'warning',
});
await writeFile(`${dist}/meta.json`, JSON.stringify(result.metafile));

const outputs = Object.entries(result.metafile.outputs);
const fileOf = (entry) => {
  const found = outputs.find(([, o]) => o.entryPoint?.endsWith(entry));
  if (!found) throw new Error(`no output for ${entry}`);
  return found[0];
};
const main = fileOf('src/main.ts');
const css = fileOf('src/console.css');
const url = (file) => `/console/assets/${basename(file)}`;
// The chunks main imports statically, and the inbox (where most visits
// land) with its own: preloaded, so they come in parallel with the entry.
const outs = result.metafile.outputs;
const inbox = Object.keys(outs).find(
  (f) => f.endsWith('.js') && Object.keys(outs[f].inputs).some((i) => i.endsWith('views/inbox.ts')),
);
const closure = new Set();
const visit = (f) => {
  for (const i of outs[f].imports)
    if (i.kind === 'import-statement' && !closure.has(i.path)) {
      closure.add(i.path);
      visit(i.path);
    }
};
visit(main);
if (inbox) {
  closure.add(inbox);
  visit(inbox);
}
const preload = [...closure].map((f) => `<link rel="modulepreload" href="${url(f)}">`).join('\n');

await writeFile(
  `${dist}/index.html`,
  `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>Entrypoint console</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${url(css)}">
${preload}
<script type="module" src="${url(main)}"></script>
</head>
<body>
<ep-console><p class="boot" role="status">Loading the console…</p></ep-console>
<noscript><p class="boot">The console needs JavaScript.</p></noscript>
</body>
</html>
`,
);
