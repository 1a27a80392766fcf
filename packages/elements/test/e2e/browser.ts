/**
 * Helpers of the embed's own checks (embed.test.ts), which use what only
 * Chromium has (Trusted Types): one headless Chromium per test file through
 * Playwright, host pages served at the server's own origin through Playwright
 * routes; and the server's URL and admin calls for every end-to-end test.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS } from './driver.js';

export { axe } from './driver.js';

export const serverUrl = inject('serverUrl');
const dataDir = inject('dataDir');
const repo = join(import.meta.dirname, '../../../..');

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

export interface HostOptions {
  /** The page's language (`<html lang>`). */
  lang?: string;
  /** A Content-Security-Policy header for the page. */
  csp?: string;
  /** Extra markup for `<head>` (e.g. a hostile stylesheet). */
  head?: string;
  /** The URL hash to open. */
  hash?: string;
  /** The path of the page (default `/__test__/host.html`). */
  path?: string;
}

/**
 * Opens a host page with `body` and the embed script tag, at the server's
 * origin, as a city's CMS page would be.
 */
export async function openHost(page: Page, body: string, opts: HostOptions = {}): Promise<void> {
  const path = opts.path ?? '/__test__/host.html';
  const html = `<!doctype html>
<html lang="${opts.lang ?? 'en'}">
<head><meta charset="utf-8"><title>Host page</title>
<script type="module" src="/embed/entrypoint.js"></script>
${opts.head ?? ''}
</head>
<body><main><h1>Host page</h1>${body}</main></body>
</html>`;
  await page.route(`${serverUrl}${path}`, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      headers: opts.csp ? { 'content-security-policy': opts.csp } : {},
      body: html,
    }),
  );
  // Chromium may ask for /favicon.ico after the load; the server has none, and
  // its 404 would show up as a console error in tests that collect them.
  await page.route(`${serverUrl}/favicon.ico`, (route) => route.fulfill({ status: 204 }));
  await page.goto(`${serverUrl}${path}${opts.hash ?? ''}`);
}

let apiKey: string | undefined;

/** An API key of `norrhamn`, made once with the admin CLI (which talks to the running server). */
export function adminKey(): string {
  if (!apiKey) {
    const out = execFileSync(
      process.execPath,
      [join(repo, 'apps/server/dist/cli.js'), 'keys', 'create', '--org', 'norrhamn'],
      {
        env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
        encoding: 'utf8',
      },
    );
    apiKey = out.trim().split('\n').pop()!.trim();
  }
  return apiKey;
}

/** Calls the API as `norrhamn`'s admin. */
export async function admin<T>(path: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(`${serverUrl}/v1/${path}`, {
    ...init,
    headers: {
      authorization: `Bearer ${adminKey()}`,
      'content-type': 'application/json',
      ...init.headers,
    },
  });
  if (!res.ok)
    throw new Error(`${init.method ?? 'GET'} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}
