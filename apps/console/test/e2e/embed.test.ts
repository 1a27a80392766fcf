/**
 * The embed builder (/console/embed) against the real server: the preview is
 * the real element from /embed/entrypoint.js; the snippet copied from the
 * page, served on a second origin by a tiny HTTP server in this test under
 * exactly the Content-Security-Policy the builder suggests, renders, posts a
 * submission that reaches Norrhamn, and no CSP violation is reported.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import {
  axe,
  launch,
  signIn,
  startServer,
  startSmtp,
  type Mailbox,
  type RunningServer,
} from './harness.js';

let mail: Mailbox;
let server: RunningServer;
let browser: Browser;
let site: Server;
let siteOrigin: string;
/** What the second origin serves: path → [CSP header, body]. */
const pages = new Map<string, { csp: string; html: string }>();

beforeAll(async () => {
  mail = await startSmtp();
  server = await startServer(mail.url);
  browser = await launch();
  site = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    // A browser asks for it whatever the page says; a site answers it.
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    const page = pages.get(path);
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('no such page');
      return;
    }
    res
      .writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': page.csp,
        'cache-control': 'no-store',
      })
      .end(page.html);
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', () => resolve()));
  siteOrigin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await mail?.stop();
  await new Promise((r) => site?.close(r));
});

async function builder(email: string, width = 1280): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await signIn(page, server.url, mail, email);
  await page.goto(`${server.url}/console/embed`);
  await expect
    .poll(() => page.getByRole('heading', { name: 'Put Entrypoint on your site' }).count())
    .toBe(1);
  return page;
}

/** The preview's frame, once it shows `tag`. */
async function previewFrame(page: Page, tag: string): Promise<Frame> {
  let frame: Frame | undefined;
  await expect
    .poll(async () => {
      frame = page.frames().find((f) => f.url().includes('/embed-preview'));
      return frame ? frame.evaluate((t) => !!document.querySelector(t)?.shadowRoot, tag) : false;
    })
    .toBe(true);
  return frame!;
}

/** The submit button of the form in `target` (a page or frame): its text, colour and the element's lang. */
const formLook = (target: Page | Frame) =>
  target.evaluate(() => {
    const el = document.querySelector('ep-entry-form');
    const button = el?.shadowRoot?.querySelector<HTMLElement>('[part~="submit"]');
    return button
      ? {
          lang: el!.getAttribute('lang'),
          text: button.textContent?.trim(),
          background: getComputedStyle(button).backgroundColor,
        }
      : undefined;
  });

/** A page of "another site": the snippet in a plain page, under `csp`. */
function hostPage(path: string, csp: string, snippet: string) {
  pages.set(path, {
    csp,
    html: `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Our site</title></head>
<body><main><h1>Work with us</h1>
${snippet}
</main></body></html>`,
  });
}

/** Opens a page of the second origin, recording CSP violations and console errors from the start. */
async function openSite(path: string) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
  });
  await page.addInitScript(() => {
    const w = window as unknown as { violations: string[] };
    w.violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto(`${siteOrigin}${path}`);
  const violations = () =>
    page.evaluate(() => (window as unknown as { violations: string[] }).violations);
  return { page, errors, violations };
}

describe('embed builder', () => {
  test('the form in Swedish with a brand colour: preview, copied snippet on another site under the suggested CSP, a real submission', async () => {
    const page = await builder('anna@norrhamn.example');
    await page.getByLabel('Entry-point form').check();
    await page.getByLabel('Language of the element').selectOption('sv');
    await page.getByLabel('Accent colour', { exact: true }).fill('#005a4e');
    await page.getByLabel('Address of your privacy notice').fill('/privacy.html');

    // The preview: the real element, in Swedish, in the brand colour (inside its shadow root).
    const frame = await previewFrame(page, 'ep-entry-form');
    await expect
      .poll(() => formLook(frame))
      .toEqual({ lang: 'sv', text: 'Skicka', background: 'rgb(0, 90, 78)' });
    expect(await page.getByText('Passes').count()).toBeGreaterThan(0);

    // A weak colour is flagged, then put back.
    await page.getByLabel('Accent colour', { exact: true }).fill('#9ab0c0');
    await expect.poll(() => page.getByText('Too weak').count()).toBeGreaterThan(0);
    await page.getByLabel('Accent colour', { exact: true }).fill('#005a4e');
    await expect.poll(() => page.getByText('Too weak').count()).toBe(0);

    // Norrhamn's allowed origins do not have the second site yet.
    await page.getByLabel("Your site's address").fill(`${siteOrigin}/contact`);
    await expect.poll(() => page.locator('#allowed-status').innerText()).toMatch(/^Not yet\./);
    expect(
      await page.getByRole('link', { name: 'Organisation settings' }).getAttribute('href'),
    ).toBe('/console/organization');

    await page.getByRole('button', { name: 'Copy the code' }).click();
    await expect.poll(() => page.getByText('Copied. Paste it').count()).toBe(1);
    const snippet = await page.getByLabel('Code to paste', { exact: true }).inputValue();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
    expect(snippet).toContain(
      `<script type="module" src="${server.url}/embed/entrypoint.js"></script>`,
    );
    expect(snippet).toContain(
      '<ep-entry-form org="norrhamn" privacy-url="/privacy.html" lang="sv"></ep-entry-form>',
    );
    expect(snippet).toMatch(
      /<style>\n {2}ep-entry-form \{\n {4}--ep-color-accent: #005a4e;\n {2}\}\n<\/style>/,
    );
    const header = (await page.locator('#csp-header').innerText()).replace(
      /^Content-Security-Policy: /,
      '',
    );
    expect(header).toContain(`script-src 'self' ${server.url}`);
    expect(header).toMatch(/style-src 'self' 'sha256-[A-Za-z0-9+/]+=*'/);
    expect(header).not.toContain('unsafe');
    await page.getByRole('button', { name: 'Copy these lines' }).click();
    await expect.poll(() => page.getByText('Copied. Give the lines').count()).toBe(1);
    const lines = await page.evaluate(() => navigator.clipboard.readText());
    expect(lines.split('\n').slice(0, 3)).toEqual([
      `script-src ${server.url};`,
      `connect-src ${server.url};`,
      `img-src ${server.url};`,
    ]);
    expect(lines).toMatch(/^style-src 'sha256-[A-Za-z0-9+/]+=*';$/m);

    // The site is added to Norrhamn's allowed origins (the CLI, as an operator would).
    server.cli('orgs', 'update', 'norrhamn', '--origins', `http://127.0.0.1:8787,${siteOrigin}`);
    await page.getByRole('button', { name: 'Check again' }).click();
    await expect.poll(() => page.locator('#allowed-status').innerText()).toMatch(/^Yes\./);
    await page.context().close();

    // The exact snippet on the second origin, under exactly the suggested policy.
    hostPage('/contact', header, snippet);
    pages.set('/privacy.html', { csp: header, html: '<!doctype html><title>Privacy</title>' });
    const { page: sitePage, errors, violations } = await openSite('/contact');
    await expect
      .poll(() => formLook(sitePage))
      .toEqual({ lang: 'sv', text: 'Skicka', background: 'rgb(0, 90, 78)' });
    const form = sitePage.locator('ep-entry-form');
    await form.locator('#f-kind-1').check();
    await form.locator('#f-title').fill('Laddstolpar som klarar vintern');
    await form.locator('#f-description').fill('Laddning för elbussar som tål arktiska vintrar.');
    await form.locator('#f-company-name').fill('Polar Grid AB');
    await form.locator('#f-company-country').selectOption('SE');
    await form.locator('#f-company-size').selectOption('small');
    await form.locator('#f-contact-name').fill('Ada Testsson');
    await form.locator('#f-contact-email').fill('ada@polargrid.example');
    await form.locator('#f-consent-privacy').check();
    await form.locator('[part~="submit"]').click();
    await expect
      .poll(() => form.locator('[part~="reference"]').innerText(), { timeout: 30_000 })
      .toMatch(/^NOR-\d{4}-\d{4}$/);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await sitePage.context().close();
  }, 240_000);

  test('the board with a theme: the snippet on another site shows only that theme, under its CSP', async () => {
    const page = await builder('anna@norrhamn.example');
    // The board is the first choice.
    expect(await page.getByLabel('Challenge board').isChecked()).toBe(true);
    await page.getByLabel('Theme', { exact: true }).selectOption('mobility');
    await page.getByLabel('Heading (optional)').fill('Challenges "on the move" & more');
    const frame = await previewFrame(page, 'ep-challenge-board');
    await expect
      .poll(() =>
        frame.evaluate(
          () =>
            document
              .querySelector('ep-challenge-board')
              ?.shadowRoot?.querySelectorAll('[part~="card"]').length ?? 0,
        ),
      )
      .toBeGreaterThan(0);
    const snippet = await page.getByLabel('Code to paste', { exact: true }).inputValue();
    expect(snippet).toContain(
      '<ep-challenge-board org="norrhamn" theme="mobility" heading="Challenges &quot;on the move&quot; &amp; more"></ep-challenge-board>',
    );
    // No brand tokens: no <style> block, and style-src needs nothing new.
    expect(snippet).not.toContain('<style>');
    const header = (await page.locator('#csp-header').innerText()).replace(
      /^Content-Security-Policy: /,
      '',
    );
    expect(header).not.toContain('sha256');
    await page.context().close();

    hostPage('/board', header, snippet);
    const lists: string[] = [];
    const { page: sitePage, errors, violations } = await openSite('/board');
    sitePage.on('request', (r) => {
      if (new URL(r.url()).pathname === '/v1/challenges') lists.push(r.url());
    });
    const board = sitePage.locator('ep-challenge-board');
    await expect.poll(() => board.locator('[part~="card"]').count()).toBeGreaterThan(0);
    expect(await board.locator('[part~="heading"]').first().innerText()).toBe(
      'Challenges "on the move" & more',
    );
    // Every card is one of Norrhamn's mobility challenges, as the API lists them.
    const api = (await (
      await fetch(`${server.url}/v1/challenges?org=norrhamn&theme=mobility&limit=50`)
    ).json()) as { data: Array<{ themes: string[] }> };
    expect(api.data.length).toBeGreaterThan(0);
    expect(api.data.every((c) => c.themes.includes('mobility'))).toBe(true);
    await expect
      .poll(() => board.locator('[part~="card"]').count())
      .toBe(Math.min(12, api.data.length));
    expect(lists.every((u) => new URL(u).searchParams.get('theme') === 'mobility')).toBe(true);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await sitePage.context().close();
  }, 240_000);

  test('keyboard only: choose the story feed, type a colour, copy the code', async () => {
    const page = await builder('maria@norrhamn.example');
    const active = () =>
      page.evaluate(() => {
        let a = document.activeElement as HTMLElement | null;
        while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement as HTMLElement;
        return a ? `${a.tagName.toLowerCase()}#${a.id}|${a.textContent?.trim() ?? ''}` : '';
      });
    const tabTo = async (match: RegExp, max = 150) => {
      for (let i = 0; i < max; i++) {
        if (match.test(await active())) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`never reached ${match}; at ${await active()}`);
    };
    // The h1 has focus; the first Tab reaches the chosen element (the board).
    await expect.poll(active).toMatch(/^h1#/);
    await page.keyboard.press('Tab');
    expect(
      await page.getByLabel('Challenge board').evaluate((e) => {
        let a = document.activeElement;
        while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
        return a === e;
      }),
    ).toBe(true);
    await page.keyboard.press('ArrowDown'); // the form
    await page.keyboard.press('ArrowDown'); // the story feed
    expect(await page.getByLabel('Story feed').isChecked()).toBe(true);
    await tabTo(/^input#t-accent\|/);
    await page.keyboard.type('#7a1f5c');
    await tabTo(/^button#\|Copy the code$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByText('Copied. Paste it').count()).toBe(1);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('<ep-story-feed org="norrhamn"></ep-story-feed>');
    expect(copied).toContain('--ep-color-accent: #7a1f5c;');
    await previewFrame(page, 'ep-story-feed');
    await page.context().close();
  }, 180_000);

  test('no axe violations in English and Norwegian; four languages; 320 px without sideways scrolling', async () => {
    const page = await builder('anna@norrhamn.example');
    await page.getByLabel('Entry-point form').check();
    await page.getByLabel('Accent colour', { exact: true }).fill('#005a4e');
    await page.getByLabel("Your site's address").fill('https://www.norrhamn.example');
    await previewFrame(page, 'ep-entry-form');
    expect(await axe(page)).toEqual([]);
    const violations: string[] = [];
    for (const [lang, heading] of [
      ['nb', 'Sett Entrypoint på nettstedet deres'],
      ['sv', 'Sätt Entrypoint på er webbplats'],
      ['fi', 'Entrypoint omalle verkkosivustollenne'],
      ['en', 'Put Entrypoint on your site'],
    ] as const) {
      await page.locator('#lang').selectOption(lang);
      await expect
        .poll(() => page.getByRole('heading', { name: heading, level: 1 }).count())
        .toBe(1);
      violations.push(...(lang === 'nb' ? await axe(page) : []));
    }
    expect(violations).toEqual([]);
    await page.setViewportSize({ width: 320, height: 800 });
    for (const tag of ['Challenge board', 'Entry-point form', 'Story feed', 'Cluster directory']) {
      await page.getByLabel(tag).check();
      await expect
        .poll(() => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth))
        .toBe(true);
    }
    expect(await axe(page)).toEqual([]);
    await page.context().close();
  }, 240_000);

  test("a cluster: the form sends to a city, credited to the cluster, checked against the cluster's own sites", async () => {
    const page = await builder('erik@nordicmobility.example');
    await page.getByLabel('Entry-point form').check();
    const receiver = page.getByLabel('Who receives what is sent');
    expect(await receiver.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => page.getByText('Choose who receives what is sent.').count()).toBe(1);
    await receiver.selectOption('norrhamn');
    const credit = page.getByRole('checkbox', {
      name: /Credit what is sent from this site to Nordic Mobility/,
    });
    expect(await credit.isChecked()).toBe(true);
    const code = page.getByLabel('Code to paste', { exact: true });
    await expect
      .poll(() => code.inputValue())
      .toContain('<ep-entry-form org="norrhamn" via="nordic-mobility-cluster"></ep-entry-form>');
    const frame = await previewFrame(page, 'ep-entry-form');
    expect(
      await frame.evaluate(() => document.querySelector('ep-entry-form')?.getAttribute('via')),
    ).toBe('nordic-mobility-cluster');
    const address = page.getByLabel("Your site's address");
    await address.fill('http://127.0.0.1:8787/members');
    await expect.poll(() => page.locator('#allowed-status').innerText()).toMatch(/^Yes\./);
    await address.fill('https://www.elsewhere.example');
    await expect.poll(() => page.locator('#allowed-status').innerText()).toMatch(/^Not yet\./);
    await address.fill('not an address');
    await expect
      .poll(() => page.getByText('Write an address such as https://www.example.se.').count())
      .toBe(1);
    // Not credited: Norrhamn's own list decides, which the cluster cannot see.
    await credit.uncheck();
    await address.fill('https://www.elsewhere.example');
    await expect
      .poll(() => page.getByText('The form sends to another organisation').count())
      .toBe(1);
    expect(await axe(page)).toEqual([]);
    await page.context().close();
  }, 180_000);

  test('when the organisations cannot be read it says so, and Try again loads them', async () => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await signIn(page, server.url, mail, 'anna@norrhamn.example');
    const list = /\/v1\/organizations\?limit=/;
    await page.route(list, (route) => route.abort('connectionrefused'));
    await page.goto(`${server.url}/console/embed`);
    const alert = page
      .getByRole('alert')
      .filter({ hasText: 'The organisations could not be read.' });
    await expect.poll(() => alert.count()).toBe(1);
    await page.unroute(list);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => alert.count()).toBe(0);
    await expect
      .poll(() => page.getByRole('checkbox', { name: 'City of Norrhamn' }).isChecked())
      .toBe(true);
    await context.close();
  }, 120_000);

  test('a handler is not offered the builder', async () => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await signIn(page, server.url, mail, 'johan@norrhamn.example');
    expect(await page.getByRole('link', { name: 'Embed' }).count()).toBe(0);
    await page.goto(`${server.url}/console/embed`);
    await expect
      .poll(() =>
        page.getByText('Setting up the elements for your site is for admins and editors.').count(),
      )
      .toBe(1);
    expect(await page.getByRole('button', { name: 'Copy the code' }).count()).toBe(0);
    await context.close();
  }, 120_000);

  test('the preview page is framed only by this server and runs under a strict policy', async () => {
    const res = await fetch(`${server.url}/embed-preview?tag=ep-story-feed`);
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toContain('unsafe');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    const consoleCsp = (await fetch(`${server.url}/console/embed`)).headers.get(
      'content-security-policy',
    );
    expect(consoleCsp).toContain("frame-src 'self'");
    expect(consoleCsp).not.toContain('unsafe');
  });
});
