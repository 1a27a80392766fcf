/** Files: the embed bundle at `/embed/*`, the staff console at `/console`, the demo pages at `/`, and `/favicon.ico`. */
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

/** A file as read: which copy, its bytes and its ETag. */
interface Read {
  file: string;
  body: Buffer<ArrayBuffer>;
  etag: string;
}

/**
 * Files that never change under their names (`immutable`: the embed's hashed
 * chunks), by path and encoding, once read: answered from memory, with no
 * wait for the disk. Waiting for the disk is a turn of the event loop, and a
 * turn may come only after other requests' work: a page asks for the board's
 * chunks and its first cards at once, and with PGlite (the demo) the cards'
 * query runs on this same thread, so the chunks waited behind it. Bounded by
 * the files that exist under the embed folder.
 */
const kept = new Map<string, Read>();

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
  immutable = false,
) {
  const path = normalize(join(root, relative));
  if (!path.startsWith(normalize(root + sep)) && path !== normalize(root)) {
    throw new HttpProblem(404, 'No such file');
  }
  const encoding = precompressed ? chooseEncoding(c.req.header('accept-encoding')) : undefined;
  const key = `${path}\0${encoding ?? ''}`;
  let read = immutable ? kept.get(key) : undefined;
  if (!read) {
    const packed = encoding ? `${path}${SUFFIX[encoding]}` : undefined;
    const packedInfo = packed ? await stat(packed).catch(() => undefined) : undefined;
    const file = packed && packedInfo?.isFile() ? packed : path;
    const info = file === path ? await stat(path).catch(() => undefined) : packedInfo;
    if (!info?.isFile()) throw new HttpProblem(404, `No such file: ${relative}`);
    const body = await readFile(file);
    read = {
      file,
      body,
      etag: `W/"${sha256(`${info.size}:${info.mtimeMs}:${file}`).slice(0, 24)}"`,
    };
    if (immutable) kept.set(key, read);
  }
  const { file, body, etag } = read;
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

/**
 * The console's pages: scripts, styles and API calls from this server only,
 * nothing inline (Lit's constructed stylesheets are not inline styles), and
 * never inside another site's frame. They frame only this server's own pages
 * (the embed builder's preview, http/resources/embed-preview.ts).
 */
export const CONSOLE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; manifest-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const consoleHeaders = {
  'Content-Security-Policy': CONSOLE_CSP,
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'same-origin',
};

/** Said at /console when apps/console was not built. */
const CONSOLE_MISSING = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>The console is not built</title></head>
<body><main><h1>The console is not built</h1>
<p>This server serves the staff console from <code>apps/console/dist</code> (or <code>CONSOLE_DIR</code>), and there is nothing there yet.</p>
<p>Build it with <code>npm run build -w @entrypoint/console</code> (or start with <code>npm start</code> at the root of the repository, which builds it), then reload this page.</p>
</main></body></html>`;

/**
 * `/console/assets/*` carry a hash of their content in their name: a year,
 * immutable. Every other path below `/console` is the app's one page
 * (index.html, never cached, so a new release is seen at once), which
 * routes in the browser: deep links such as `/console/inbox/NOR-2026-0042`.
 */
export function consoleRoutes(app: Hono<Env>, consoleDir: string | undefined) {
  const page = async (c: Context<Env>) => {
    const index = consoleDir ? join(consoleDir, 'index.html') : undefined;
    const html = index ? await readFile(index).catch(() => undefined) : undefined;
    if (!html) {
      return c.html(CONSOLE_MISSING, 503, {
        ...consoleHeaders,
        'Cache-Control': 'no-store',
        'Retry-After': '60',
      });
    }
    return c.body(html, 200, {
      ...consoleHeaders,
      'Content-Type': TYPES['.html']!,
      'Cache-Control': 'no-cache',
    });
  };
  app.get('/console/assets/*', async (c) => {
    if (!consoleDir) throw new HttpProblem(404, 'The console is not configured');
    const rel = decodeURIComponent(c.req.path.slice('/console/'.length));
    const res = await serveFile(c, consoleDir, rel, 'public, max-age=31536000, immutable');
    for (const [k, v] of Object.entries(consoleHeaders)) res.headers.set(k, v);
    return res;
  });
  app.get('/console', page);
  app.get('/console/*', page);
}

export function staticRoutes(
  app: Hono<Env>,
  dirs: {
    embedDir?: string | undefined;
    publicDir?: string | undefined;
    consoleDir?: string | undefined;
  },
) {
  consoleRoutes(app, dirs.consoleDir);

  app.get('/embed/*', async (c) => {
    if (!dirs.embedDir) throw new HttpProblem(404, 'The embed bundle is not configured');
    const rel = decodeURIComponent(c.req.path.slice('/embed/'.length));
    const cacheControl = embedCacheControl(rel);
    const res = await serveFile(
      c,
      dirs.embedDir,
      rel,
      cacheControl,
      true,
      cacheControl.includes('immutable'),
    );
    res.headers.set('Access-Control-Allow-Origin', '*');
    res.headers.set('Cross-Origin-Resource-Policy', 'cross-origin');
    // The scripts carry no `//# sourceMappingURL=` comment (bytes every page
    // would download): devtools find each one's map by this header instead,
    // relative to the script's own URL.
    if (rel.endsWith('.js'))
      res.headers.set('SourceMap', `${rel.slice(rel.lastIndexOf('/') + 1)}.map`);
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
