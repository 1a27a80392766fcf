/**
 * Loaded into a server build with `node --import` by capture-queries.mjs:
 * appends every query a `pg` client is given (its name when it has one, its
 * text and its parameters) to the file in CAPTURE_QUERIES_FILE, one JSON
 * line each, before it is sent. `pg` is resolved from CAPTURE_QUERIES_FROM
 * (the build's main), so the patched client is the one the build uses.
 */
import { appendFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const file = process.env.CAPTURE_QUERIES_FILE;
const from = process.env.CAPTURE_QUERIES_FROM;
if (file && from) {
  const pg = createRequire(from)('pg');
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function (config, values) {
    const q =
      typeof config === 'string'
        ? { text: config, values: Array.isArray(values) ? values : undefined }
        : { name: config?.name, text: config?.text, values: config?.values ?? values };
    if (q.text !== undefined) appendFileSync(file, JSON.stringify(q) + '\n');
    return query.apply(this, arguments);
  };
}
