/**
 * The embed builder's preview page (src/http/resources/embed-preview.ts): a
 * strict page that only this server may frame, its script (the element list
 * it accepts), and the console's CSP that lets the console frame it.
 */
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { openTestServer } from '../helpers/server.js';
import { PREVIEW_ELEMENTS } from '../../src/http/resources/embed-preview.js';

const { api } = await openTestServer();

/** A CSP header as directive → sources. */
const directives = (csp: string) =>
  new Map(
    csp.split(';').map((d) => {
      const [name = '', ...sources] = d.trim().split(/\s+/);
      return [name, sources];
    }),
  );

describe('the embed preview page', () => {
  it('loads its script before the embed, with no inline script or style, framed only by this server', async () => {
    const res = await api.get('/embed-preview?tag=ep-entry-form&a.lang=sv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = directives(res.headers.get('content-security-policy') ?? '');
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('style-src')).toEqual(["'self'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'self'"]);
    expect(csp.get('require-trusted-types-for')).toEqual(["'script'"]);
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    const scripts = [...res.text.matchAll(/<script type="module" src="([^"]+)"><\/script>/g)].map(
      (m) => m[1],
    );
    expect(scripts).toEqual(['/embed-preview.js', '/embed/entrypoint.js']);
    expect(res.text).not.toMatch(/<style|style=|<script>/);
  });

  it('serves a script that parses, with the four elements and only their attributes', async () => {
    const res = await api.get('/embed-preview.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(() => new Script(res.text)).not.toThrow();
    expect(Object.keys(PREVIEW_ELEMENTS).sort()).toEqual([
      'ep-challenge-board',
      'ep-cluster-directory',
      'ep-entry-form',
      'ep-story-feed',
    ]);
    expect(res.text).toContain(JSON.stringify(PREVIEW_ELEMENTS));
    // Messages are taken only from this origin's parent page.
    expect(res.text).toMatch(/event\.origin !== location\.origin/);
  });

  it("lets the console frame this server's pages, and nothing frame the console", async () => {
    const res = await api.get('/console/embed');
    const csp = directives(res.headers.get('content-security-policy') ?? '');
    expect(csp.get('frame-src')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  });
});
