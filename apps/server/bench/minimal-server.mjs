/**
 * The least a server can do for the reads: node:http and a `pg` pool, no
 * framework, no middleware. Each path runs the queries the real server ran
 * for it (captured by capture-queries.mjs: the same text, parameters and
 * prepared statements' names) and writes the JSON the rows make, as the
 * real server does (its `{data, nextCursor}` or the one record), with no
 * ETag, no logging and no checks. Started by ceiling.mjs as a child process:
 *
 *   DATABASE_URL=… CEILING_QUERIES=queries.json POOL_SIZE=10 node bench/minimal-server.mjs
 *
 * CEILING_QUERIES holds `{ [path]: { kind: 'list' | 'one', limit, queries } }`;
 * the server prints its port on stdout.
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import pg from 'pg';

const routes = JSON.parse(readFileSync(process.env.CEILING_QUERIES, 'utf8'));
const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.POOL_SIZE ?? 10),
});

async function answer(route) {
  let rows = [];
  for (const q of route.queries) {
    rows = (await pool.query(q.name ? { name: q.name, text: q.text, values: q.values } : q)).rows;
  }
  if (route.kind === 'one') return rows[0]?.json;
  // A search's rows carry its verdict and no record when nothing matched.
  const found = rows.filter((r) => r.json != null);
  const page = found.slice(0, route.limit);
  const last = page.at(-1);
  const nextCursor =
    found.length > route.limit && last
      ? Buffer.from(JSON.stringify([String(last.sort_at ?? last.rank), last.id])).toString(
          'base64url',
        )
      : null;
  return `{"data":[${page.map((r) => r.json).join(',')}],"nextCursor":${JSON.stringify(nextCursor)}}`;
}

createServer((req, res) => {
  const route = routes[req.url];
  if (!route) {
    res.writeHead(404).end();
    return;
  }
  answer(route).then(
    (json) => {
      if (json === undefined) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(json),
      });
      res.end(json);
    },
    (error) => {
      console.error(error);
      res.writeHead(500).end();
    },
  );
}).listen(0, '127.0.0.1', function () {
  console.log(this.address().port);
});
