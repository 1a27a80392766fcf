/**
 * The demo pages' icons, served from the real public folder: each page links an
 * SVG icon its own CSP allows, and `/favicon.ico`, which browsers ask for
 * anyway, answers 204 instead of 404 (or the file, when the folder has one).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { startTestServer, openTestServer } from '../helpers/server.js';

const PUBLIC_DIR = fileURLToPath(new URL('../../public', import.meta.url));

const { api } = await openTestServer({ publicDir: PUBLIC_DIR });

/** The page's meta CSP, as directive → sources. */
function metaCsp(html: string): Map<string, string[]> {
  const content = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
  if (!content) throw new Error('no meta CSP');
  return new Map(
    content.split(';').map((d) => {
      const [name = '', ...sources] = d.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('the demo pages’ icons', () => {
  it.each(['/', '/cluster.html', '/privacy.html'])(
    '%s links an SVG icon that is served, self-contained, and allowed by its CSP',
    async (page) => {
      const res = await api.get(page);
      expect(res.status).toBe(200);
      const link = /<link rel="icon" href="([^"]+)" type="image\/svg\+xml" \/>/.exec(res.text);
      expect(link, 'an SVG icon link').not.toBeNull();
      const href = link![1]!;
      expect(href).toMatch(/^\/[\w-]+\.svg$/); // same origin

      const csp = metaCsp(res.text);
      expect(csp.get('img-src') ?? csp.get('default-src')).toContain("'self'");

      const icon = await api.get(href);
      expect(icon.status).toBe(200);
      expect(icon.headers.get('content-type')).toBe('image/svg+xml');
      expect(icon.text).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      expect(Buffer.byteLength(icon.text)).toBeLessThan(1024);
      // Nothing fetched from elsewhere: no links, no external images or styles.
      expect(icon.text).not.toMatch(/href=|url\(|<image|<script|<style/i);
    },
  );

  it('answers /favicon.ico with 204 No Content, cacheable for a day', async () => {
    for (const method of ['GET', 'HEAD']) {
      const res = await api.call(method, '/favicon.ico');
      expect(res.status, method).toBe(204);
      expect(res.text).toBe('');
      expect(res.headers.get('cache-control')).toBe('public, max-age=86400');
    }
    const post = await api.call('POST', '/favicon.ico', {});
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });

  it('serves a favicon.ico the public folder has instead', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ep-public-'));
    const ico = readFileSync(join(PUBLIC_DIR, 'favicon.svg')); // any bytes will do
    await writeFile(join(dir, 'favicon.ico'), ico);
    const other = await startTestServer({ publicDir: dir });
    try {
      const res = await fetch(`${other.url}/favicon.ico`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/x-icon');
      expect(Buffer.from(await res.arrayBuffer()).equals(ico)).toBe(true);
    } finally {
      await other.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('answers 404, not 405, for a method a demo file does not have (the folder is not a route table)', async () => {
    const res = await api.call('POST', '/index.html', {});
    expect(res.status).toBe(404);
    expect(res.headers.get('allow')).toBeNull();
  });
});
