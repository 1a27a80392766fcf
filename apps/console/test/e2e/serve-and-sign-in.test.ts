// How the server serves the console (CSP, deep links, caching, a helpful 503),
// and signing in with the code from a real mail: wrong code, sign out, sign
// out everywhere; every view and the help dialog without axe violations.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  axe,
  launch,
  signIn,
  signInCode,
  startServer,
  startSmtp,
  type Mailbox,
  type RunningServer,
} from './harness.js';

let mail: Mailbox;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  mail = await startSmtp();
  server = await startServer(mail.url);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await mail?.stop();
});

describe('the server serves the console', () => {
  test('deep links get the app page with a CSP without unsafe-inline and no framing', async () => {
    for (const path of [
      '/console',
      '/console/',
      '/console/inbox/NOR-2026-0042',
      '/console/sign-in',
    ]) {
      const res = await fetch(`${server.url}${path}`);
      expect(res.status, path).toBe(200);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(res.headers.get('cache-control')).toBe('no-cache');
      const html = await res.text();
      expect(html).toContain('<ep-console>');
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>|<style|\sstyle=/);
    }
  });

  test('hashed assets are cached for a year, immutable', async () => {
    const html = await (await fetch(`${server.url}/console/`)).text();
    const src = /src="(\/console\/assets\/main-[A-Z0-9]+\.js)"/.exec(html)?.[1];
    expect(src).toBeTruthy();
    const res = await fetch(`${server.url}${src}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect((await fetch(`${server.url}/console/assets/nothing-AAAAAAAA.js`)).status).toBe(404);
  });

  test('a server whose console is not built says so, with 503 and how to build it', async () => {
    const other = await startServer(mail.url, { CONSOLE_DIR: '/nonexistent/console', DEMO: '' });
    try {
      const res = await fetch(`${other.url}/console/inbox`);
      expect(res.status).toBe(503);
      expect(await res.text()).toContain('npm run build -w @entrypoint/console');
    } finally {
      await other.stop();
    }
  });
});

describe('sign-in', () => {
  test('a wrong code is explained; the code from the mail signs in; sign out', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource'))
        errors.push(m.text());
    });
    page.on('response', (r) => {
      // Only "who is signed in?" may fail (401) before signing in and after signing out.
      if (r.status() >= 400 && !(r.status() === 401 && r.url().endsWith('/v1/session')))
        errors.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(`${server.url}/console/inbox`);
    await page.waitForURL(/\/console\/sign-in/);
    expect(await axe(page)).toEqual([]);
    await page.getByLabel(/work e-mail/i).fill('anna@norrhamn.example');
    const before = mail.received.length;
    await page.getByRole('button', { name: /send me a code/i }).click();
    await expect.poll(() => page.getByText(/a six-digit code is on its way/i).count()).toBe(1);
    const code = await signInCode(mail, 'anna@norrhamn.example', before);
    const wrong = code === '000000' ? '111111' : '000000';
    await page.getByLabel(/code from the e-mail/i).fill(wrong);
    await page.getByRole('button', { name: /^sign in$/i }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/wrong or has expired/);
    expect(
      await page.evaluate(
        () => document.activeElement?.shadowRoot?.activeElement?.shadowRoot?.activeElement?.id,
      ),
    ).toBe('code');
    expect(await axe(page)).toEqual([]);
    await page.getByLabel(/code from the e-mail/i).fill(code);
    await page.getByRole('button', { name: /^sign in$/i }).click();
    await page.waitForURL(/\/console\/inbox/);
    await expect.poll(() => page.getByText(/signed in as anna lindqvist/i).count()).toBe(1);
    await page.getByRole('button', { name: /^sign out$/i }).click();
    await page.waitForURL(/\/console\/sign-in/);
    const res = await page.evaluate(() => fetch('/v1/session').then((r) => r.status));
    expect(res).toBe(401);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('an unknown address gets the same answer as a known one', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/console/sign-in`);
    await page.getByLabel(/work e-mail/i).fill('nobody@nowhere.example');
    await page.getByRole('button', { name: /send me a code/i }).click();
    await expect.poll(() => page.getByText(/a six-digit code is on its way/i).count()).toBe(1);
    await page.close();
  });

  test('sign out everywhere ends the other sessions too', async () => {
    const a = await browser.newContext();
    const b = await browser.newContext();
    const pa = await a.newPage();
    const pb = await b.newPage();
    await signIn(pa, server.url, mail, 'ola@fjordvik.example');
    await signIn(pb, server.url, mail, 'ola@fjordvik.example');
    await pa.getByRole('button', { name: /sign out everywhere/i }).click();
    await pa.waitForURL(/\/console\/sign-in/);
    expect(await pb.evaluate(() => fetch('/v1/session').then((r) => r.status))).toBe(401);
    await a.close();
    await b.close();
  });
});

describe('notifications', () => {
  test('a person chooses how to hear of arrivals, and the choice stays', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, server.url, mail, 'aino@kustlanda.example');
    await page.getByRole('link', { name: 'Notifications' }).click();
    await page.waitForURL(/\/console\/settings\/notifications$/);
    expect(await axe(page)).toEqual([]);
    await page.getByLabel(/One e-mail a day/).check();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.locator('ep-console .status').textContent()).toMatch(/Saved/);
    await page.reload();
    await expect.poll(() => page.getByLabel(/One e-mail a day/).isChecked()).toBe(true);
    await context.close();
  });

  test('the console speaks Swedish, Norwegian and Finnish when chosen', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/console/sign-in`);
    for (const [lang, heading] of [
      ['sv', 'Logga in i konsolen'],
      ['nb', 'Logg inn i konsollen'],
      ['fi', 'Kirjaudu konsoliin'],
    ] as const) {
      await page.getByLabel(/Language|Språk|Kieli/).selectOption(lang);
      await expect.poll(() => page.locator('ep-sign-in h1').textContent()).toBe(heading);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      expect(await axe(page)).toEqual([]);
    }
    await context.close();
  });
});
