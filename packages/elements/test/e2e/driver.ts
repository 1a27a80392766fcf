/**
 * The end-to-end suite's browsers: headless Chromium and Firefox ESR, both
 * driven with puppeteer-core (Chromium over the DevTools protocol, Firefox
 * over WebDriver BiDi), so that one test runs in both. Host pages are served
 * at the real server's origin (which the server always allows to post
 * submissions) by request interception, as a city's CMS page would be.
 * Shadow roots are pierced with puppeteer's `>>>` combinator.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { serverUrl } from './browser.js';

export type BrowserName = 'chromium' | 'firefox';

/** Every browser the suite runs in. */
export const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

/** Flags for headless Chromium in the tests: no traffic of its own, and pages on loopback allowed to reach the server. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-gpu',
  // Pages fulfilled by interception count as public: Local Network Access
  // would keep them from the embed on loopback, which a real site (a public
  // page, a public Entrypoint host) never meets.
  '--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests',
];

export function launch(name: BrowserName): Promise<Browser> {
  return name === 'firefox'
    ? puppeteer.launch({
        browser: 'firefox',
        executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
        headless: true,
        // No updates, telemetry or other traffic of its own during the tests.
        extraPrefsFirefox: {
          'app.update.enabled': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'network.captive-portal-service.enabled': false,
        },
      })
    : puppeteer.launch({
        browser: 'chrome',
        executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
        headless: true,
        args: CHROMIUM_ARGS,
      });
}

/**
 * A new page whose origin (the server's) has no storage left from the tests
 * before it: no draft of another test's form. (A browser context per test
 * would do it too, but Chromium then stops answering input events in it.)
 */
export async function fresh(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  // In front: a page behind others gets no animation frames, on which waiting for an element polls.
  await page.bringToFront();
  const blank = `${serverUrl}/__test__/blank.html`;
  await intercept(page, async (request) => {
    if (request.url() !== blank) return false;
    await request.respond({
      status: 200,
      contentType: 'text/html',
      body: '<!doctype html><title>blank</title>',
    });
    return true;
  });
  await page.goto(blank);
  await page.evaluate(() => localStorage.clear());
  return page;
}

/** Answers a request itself, or lets it through (`undefined`). */
export type Interceptor = (request: HTTPRequest) => Promise<boolean> | boolean;

const interceptors = new WeakMap<Page, Interceptor[]>();

/** Adds an interceptor to the page; the first that returns true has handled the request. */
export async function intercept(page: Page, handler: Interceptor): Promise<void> {
  let list = interceptors.get(page);
  if (!list) {
    const handlers: Interceptor[] = [];
    list = handlers;
    interceptors.set(page, handlers);
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      void (async () => {
        for (const h of handlers) if (await h(request)) return;
        await request.continue();
      })().catch((error: unknown) => {
        // A handler that failed must not leave the page waiting: say so, and fail the request.
        console.error(`interception of ${request.url()} failed`, error);
        void request.abort('failed').catch(() => undefined);
      });
    });
  }
  list.push(handler);
}

export interface HostOptions {
  /** The page's language (`<html lang>`). */
  lang?: string;
  /** Extra markup for `<head>`. */
  head?: string;
  /** The URL hash to open. */
  hash?: string;
  /** The origin the page is at (default: the server's). */
  origin?: string;
}

/** Opens a host page with `body` and the embed's script tag. */
export async function openHost(page: Page, body: string, opts: HostOptions = {}): Promise<void> {
  const origin = opts.origin ?? serverUrl;
  const url = `${origin}/__test__/host.html`;
  const html = `<!doctype html>
<html lang="${opts.lang ?? 'en'}">
<head><meta charset="utf-8"><title>Host page</title>
<script type="module" src="${serverUrl}/embed/entrypoint.js"></script>
${opts.head ?? ''}
</head>
<body><main><h1>Host page</h1>${body}</main></body>
</html>`;
  await intercept(page, async (request) => {
    if (request.url().split('#')[0] !== url) return false;
    await request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    return true;
  });
  await page.goto(`${url}${opts.hash ?? ''}`);
}

/** The text of the first match (shadow roots pierced with `>>>`), white space collapsed; null when none. */
export async function text(page: Page, selector: string): Promise<string | null> {
  const el = await page.$(selector);
  if (!el) return null;
  const t = await el.evaluate((e) => e.textContent ?? '');
  await el.dispose();
  return t.replace(/\s+/g, ' ').trim();
}

/** How many elements match. */
export async function count(page: Page, selector: string): Promise<number> {
  return (await page.$$(selector)).length;
}

/** An attribute of every match. */
export function attrs(page: Page, selector: string, name: string): Promise<(string | null)[]> {
  return page.$$eval(selector, (els, n) => els.map((e) => e.getAttribute(n)), name);
}

/** The id of the focused element inside the shadow root of the first `tag`. */
export function focusedIn(page: Page, tag: string): Promise<string> {
  return page.evaluate((t) => document.querySelector(t)?.shadowRoot?.activeElement?.id ?? '', tag);
}

/**
 * The first match, once there is one (10 s at most). Polled with `page.$`
 * rather than puppeteer's waitForSelector, which waits on animation frames
 * that a headless Chromium page sometimes stops getting.
 */
export async function waitFor(page: Page, selector: string) {
  for (const until = Date.now() + 10_000; ;) {
    const el = await page.$(selector);
    if (el) return el;
    if (Date.now() > until) throw new Error(`No ${selector} in 10 s`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Clicks the first match, once there is one, as the DOM does (`element.click()`). */
export async function click(page: Page, selector: string): Promise<void> {
  const el = await waitFor(page, selector);
  await el.evaluate((e) => (e as HTMLElement).click());
  await el.dispose();
}

/** Moves the mouse to the middle of the first match and clicks there (focus starts from it). */
export async function mouseClick(page: Page, selector: string): Promise<void> {
  const el = await waitFor(page, selector);
  const { x, y } = await el.evaluate((e) => {
    const r = e.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  });
  await el.dispose();
  await page.mouse.click(x, y);
}

/** Sets the value of a text field and fires `input`, as typing would. */
export async function fill(page: Page, selector: string, value: string): Promise<void> {
  const el = await waitFor(page, selector);
  await el.evaluate((e, v) => {
    (e as HTMLInputElement).value = v;
    e.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }, value);
  await el.dispose();
}

/** Picks an option of a select (a `change` event, as a person's choice). */
export async function select(page: Page, selector: string, value: string): Promise<void> {
  const el = await waitFor(page, selector);
  await el.select(value);
  await el.dispose();
}

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** What axe needs of a page: Playwright's and puppeteer's both have it. */
interface Evaluates {
  evaluate(script: string): Promise<unknown>;
  evaluate<R>(fn: () => Promise<R>): Promise<R>;
}

/** Runs axe-core on the page (shadow roots included) for WCAG 2.1 A and AA; returns the violations. */
export async function axe(
  page: Evaluates,
): Promise<{ id: string; help: string; nodes: string[] }[]> {
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
