#!/usr/bin/env node
// Measures what a browser pays for the SDK: bundles an entry that imports the
// client and the schemas the elements use (esbuild: browser, ESM, minified),
// gzips it, and prints the bytes. Fails when over the budget.
//
//   npm run size -w @entrypoint/sdk            (after npm run build)
//   node scripts/size.mjs --json               (machine-readable)
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const TARGET = 16 * 1024; // bytes, gzip: the target for client + schemas
// Fails above these (gzip bytes): measured 2026-12-02 plus ~2%, to catch
// regressions. Measured with the console's calls (session, staff, inbox
// reads and writes, tags, the log) and the door openers': client + schemas
// 18,495; the elements' imports (public client + SubmissionInput) 10,420;
// schemas only 9,455; createClient 18,187; createLiteClient 3,678;
// createPublicClient 3,075; vocabularies and localize 502. The elements take
// the public client, so the staff's calls never reach an embedding page.
const LIMITS = {
  'client + schemas': 18_900,
  'elements (public client + SubmissionInput)': 10_650,
  'schemas only': 9_650,
  'client only (createClient)': 18_600,
  'lite client only (createLiteClient)': 3_760,
  'public client only (createPublicClient)': 3_150,
  'vocabularies and localize': 520,
};
const here = fileURLToPath(new URL('..', import.meta.url));

const entries = {
  // The checking client and the schemas the elements use (the target).
  'client + schemas': `
    export {
      createClient, SubmissionInput, HONEYPOT_FIELD, localize,
      THEMES, CHALLENGE_STATUSES, SUBMISSION_KINDS, COMPANY_SIZES,
    } from './dist/index.js';
  `,
  // Exactly the values packages/elements imports from the SDK: the public client.
  'elements (public client + SubmissionInput)': `
    export {
      createPublicClient, SubmissionInput, HONEYPOT_FIELD, localize,
      THEMES, CHALLENGE_STATUSES, SUBMISSION_KINDS, COMPANY_SIZES,
    } from './dist/index.js';
  `,
  'schemas only': `
    export { Challenge, Cluster, Story, Organization, SubmissionInput, localize, THEMES } from './dist/index.js';
  `,
  'client only (createClient)': `export { createClient } from './dist/index.js';`,
  'lite client only (createLiteClient)': `export { createLiteClient } from './dist/index.js';`,
  'public client only (createPublicClient)': `export { createPublicClient } from './dist/index.js';`,
  'vocabularies and localize': `export { THEMES, CHALLENGE_STATUSES, localize } from './dist/index.js';`,
};

const results = [];
for (const [name, contents] of Object.entries(entries)) {
  const out = await build({
    stdin: { contents, resolveDir: here, sourcefile: 'size-entry.js', loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    treeShaking: true,
    write: false,
    metafile: true,
    legalComments: 'none',
  });
  const code = out.outputFiles[0].contents;
  const inputs = out.metafile.outputs[Object.keys(out.metafile.outputs)[0]].inputs;
  const byPackage = {};
  for (const [file, { bytesInOutput }] of Object.entries(inputs)) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
    const key = m ? m[1] : file.startsWith('dist/') ? '@entrypoint/sdk' : file;
    byPackage[key] = (byPackage[key] ?? 0) + bytesInOutput;
  }
  results.push({
    name,
    minified: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    byPackage,
  });
}

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(results, null, 2));
} else {
  for (const r of results) {
    const parts = Object.entries(r.byPackage)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${(v / 1024).toFixed(1)} kB`)
      .join(', ');
    console.log(
      `${r.name}: ${r.gzip} B gzip (${(r.gzip / 1024).toFixed(1)} kB), ${r.minified} B minified [${parts}]`,
    );
  }
}
const main = results[0];
if (main.gzip > TARGET) {
  console.warn(
    `Above the ${TARGET} B target by ${main.gzip - TARGET} B (see README: Browser size)`,
  );
}
let over = false;
for (const r of results) {
  if (r.gzip > LIMITS[r.name]) {
    console.error(`Over the limit: ${r.name} is ${r.gzip} B gzip > ${LIMITS[r.name]} B`);
    over = true;
  }
}
if (over) process.exit(1);
