// The size budget of the console, in exact gzip bytes (zlib level 9): the
// JavaScript a browser loads to show the inbox on a first visit — the entry,
// its static imports, and the inbox view's chunk with its static imports
// (the closure over the esbuild metafile, so a new shared chunk is counted).
//
//   node scripts/size.mjs          prints the figure, exits 1 over budget
//   node scripts/size.mjs --json   prints it as JSON
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

export const LIMIT = 60_000;
const root = fileURLToPath(new URL('..', import.meta.url));
let meta;
try {
  meta = JSON.parse(readFileSync(`${root}dist/meta.json`, 'utf8'));
} catch {
  throw new Error('dist/meta.json is missing: run npm run build -w @entrypoint/console');
}
const outputs = meta.outputs;
const find = (test, what) => {
  const found = Object.keys(outputs).find(test);
  if (!found) throw new Error(`no output for ${what}`);
  return found;
};
const entry = find((f) => outputs[f].entryPoint?.endsWith('src/main.ts'), 'src/main.ts');
// The inbox view is the chunk behind main's dynamic import of views/inbox.ts.
const inbox = find(
  (f) =>
    f.endsWith('.js') && Object.keys(outputs[f].inputs).some((i) => i.endsWith('views/inbox.ts')),
  'views/inbox.ts',
);

const seen = new Set();
const visit = (f) => {
  if (seen.has(f)) return;
  seen.add(f);
  for (const imp of outputs[f].imports) if (imp.kind === 'import-statement') visit(imp.path);
};
[entry, inbox].forEach(visit);
const files = [...seen].map((f) => ({
  file: f.replace(/^.*dist\//, 'dist/'),
  gzip: gzipSync(readFileSync(`${root}${f.replace(/^.*?dist\//, 'dist/')}`), { level: 9 }).length,
}));
const total = files.reduce((sum, f) => sum + f.gzip, 0);

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ total, limit: LIMIT, files }, null, 2));
} else {
  for (const f of files) console.log(`${String(f.gzip).padStart(7)} B  ${f.file}`);
  console.log(`${String(total).padStart(7)} B  inbox at first load (limit ${LIMIT} B gzip)`);
}
if (total > LIMIT) {
  console.error(`The console's inbox is over its budget: ${total} B > ${LIMIT} B gzip`);
  process.exit(1);
}
