/**
 * Prints how many demo challenges and how many solution-written samples draw
 * each of the coach's hints; with `--write`, into BENCHMARKS.md's "Challenge
 * coach" section.
 *
 *   npm run coach:report -w @entrypoint/server [-- --write]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { coachReportMarkdown } from './services/coach/report.js';

const table = coachReportMarkdown();
console.log(table);

if (process.argv.includes('--write')) {
  const file = join(fileURLToPath(new URL('../../..', import.meta.url)), 'BENCHMARKS.md');
  const section = `## Challenge coach

Measured by \`npm run coach:report -w @entrypoint/server -- --write\` (after \`npm run build\`):
how many challenges of each set draw each hint at least once (apps/server/src/services/coach).
The demo challenges are written as needs, with a vision, a horizon year and an
opportunity; the samples are written the way the coach should catch
(apps/server/src/services/coach/samples.ts: "we want to buy an app", in en, sv, nb
and fi), with only a title, a summary and a need. Hints are advice and block nothing.

${table}
`;
  let text = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const start = text.indexOf('## Challenge coach\n');
  if (start >= 0) {
    const next = text.indexOf('\n## ', start + 1);
    text = text.slice(0, start) + section + (next >= 0 ? text.slice(next + 1) : '');
  } else {
    text = `${text.trimEnd()}\n\n${section}`;
  }
  writeFileSync(file, text);
  console.log(`Wrote the "Challenge coach" section of ${file}`);
}
