/** Files: the embed bundle at `/embed/*`, the demo pages at `/`, and `/favicon.ico`. */
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { Context, Hono } from 'hono';
import type { Env } from './context.js';
import { sha256 } from '../services/ids.js';
import { HttpProblem } from './problem.js';
import { ifNoneMatchHits, notModifiedHeaders } from './etag.js';
import { chooseEncoding, type Encoding } from './middleware/compress.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

const SUFFIX: Record<Encoding, string> = { br: '.br', gzip: '.gz' };

/**
 * A file, or the copy of it compressed at build time (`X.js.br`, `X.js.gz`)
 * when `precompressed` and the request accepts that encoding. Each copy has an
 * ETag of its own, since its bytes differ.
 */
async function serveFile(
  c: Context<Env>,
  root: string,
  relative: string,
  cacheControl: string,
  precompressed = false,
) {
  const path = normalize(join(root, relative));
  if (!path.startsWith(normalize(root + sep)) && path !== normalize(root)) {
    throw new HttpProblem(404, 'No such file');
  }
  const encoding = precompressed ? chooseEncoding(c.req.header('accept-encoding')) : undefined;
  const packed = encoding ? `${path}${SUFFIX[encoding]}` : undefined;
  const packedInfo = packed ? await stat(packed).catch(() => undefined) : undefined;
  const file = packed && packedInfo?.isFile() ? packed : path;
  const info = file === path ? await stat(path).catch(() => undefined) : packedInfo;
  if (!info?.isFile()) throw new HttpProblem(404, `No such file: ${relative}`);
  const body = await readFile(file);
  const etag = `W/"${sha256(`${info.size}:${info.mtimeMs}:${file}`).slice(0, 24)}"`;
  const headers: Record<string, string> = {
    'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
    'Cache-Control': cacheControl,
    ETag: etag,
    'X-Content-Type-Options': 'nosniff',
  };
  if (precompressed) headers.Vary = 'Accept-Encoding';
  if (file !== path && encoding) headers['Content-Encoding'] = encoding;
  if (ifNoneMatchHits(c.req.header('if-none-match'), etag)) {
    return c.body(null, 304, notModifiedHeaders(headers));
  }
  return c.body(body, 200, headers);
}

/**
 * The entry (`entrypoint.js`) keeps its name across releases, so caches keep it
 * briefly; chunks under `chunks/` carry a hash of their content in their name,
 * so they never change and may be cached for a year.
 */
export function embedCacheControl(relative: string): string {
  return /^chunks\/[\w.-]+-[A-Z0-9]{8}\.js(\.map)?$/.test(relative)
    ? 'public, max-age=31536000, immutable'
    : 'public, max-age=300, stale-while-revalidate=86400';
}

export function staticRoutes(
  app: Hono<Env>,
  dirs: { embedDir?: string | undefined; publicDir?: string | undefined },
) {
  app.get('/embed/*', async (c) => {
    if (!dirs.embedDir) throw new HttpProblem(404, 'The embed bundle is not configured');
    const rel = decodeURIComponent(c.req.path.slice('/embed/'.length));
    const res = await serveFile(c, dirs.embedDir, rel, embedCacheControl(rel), true);
    res.headers.set('Access-Control-Allow-Origin', '*');
    res.headers.set('Cross-Origin-Resource-Policy', 'cross-origin');
    return res;
  });

  app.get('/*', async (c, next) => {
    if (!dirs.publicDir || c.req.path.startsWith('/v1/')) return next();
    const rel = c.req.path === '/' ? 'index.html' : decodeURIComponent(c.req.path.slice(1));
    if (!/^[\w./-]+$/.test(rel) || rel.includes('..')) return next();
    try {
      return await serveFile(c, dirs.publicDir, rel, 'public, max-age=60');
    } catch (error) {
      if (error instanceof HttpProblem && error.status === 404) return next();
      throw error;
    }
  });

  // Browsers ask for /favicon.ico whatever the page links (the demo pages link
  // an SVG icon; /docs links none). Unless the public folder has one (served
  // above), say there is nothing, without an error, and let them keep that a day.
  app.get('/favicon.ico', (c) => c.body(null, 204, { 'Cache-Control': 'public, max-age=86400' }));
}
