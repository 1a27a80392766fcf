/**
 * Test helpers: one headless Chromium per test file, host pages served at the
 * server's own origin (which the server always allows to post submissions)
 * through Playwright routes, and axe-core.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const serverUrl = inject('serverUrl');
const dataDir = inject('dataDir');
const require = createRequire(import.meta.url);
const repo = join(import.meta.dirname, '../../..');

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-gpu',
      // Everything here is on loopback, and pages fulfilled by Playwright count as
      // public: Local Network Access would block them from loading the embed,
      // which a real site (public page, public Entrypoint host) never meets.
      '--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests',
    ],
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

const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core on the page (shadow roots included) for WCAG 2.1 A and AA; returns the violations. */
export async function axe(page: Page): Promise<{ id: string; help: string; nodes: string[] }[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    type Violation = { id: string; help: string; nodes: { target: unknown }[] };
    // axe is the global the script above defines in the page.
    const { axe } = window as unknown as {
      axe: { run(context: Document, options: object): Promise<{ violations: Violation[] }> };
    };
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => JSON.stringify(n.target)),
    }));
  });
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
