import { readdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { measure } from '../../scripts/size.mjs';
import { axe, launch, openHost, serverUrl } from './browser.js';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());
beforeEach(async () => {
  page = await browser.newPage();
});
afterEach(() => page?.close());

const ALL_THREE = `
  <ep-challenge-board org="norrhamn,fjordvik"></ep-challenge-board>
  <ep-entry-form org="norrhamn" privacy-url="/privacy"></ep-entry-form>
  <ep-story-feed org="norrhamn" limit="2"></ep-story-feed>`;

/** The CSS of a CMS that styles everything it can reach, as some do. */
const HOSTILE_CSS = `
  * { box-sizing: content-box !important; margin: 0 !important; padding: 0 !important;
      color: #f0f !important; line-height: 4 !important; letter-spacing: .3em !important;
      text-transform: uppercase !important; text-align: center !important; font-style: italic !important; }
  div, section, article, ul, li, form { display: inline !important; }
  button, input, select, textarea, label { display: none !important; }
  a { color: red !important; pointer-events: none !important; }
  h2, h3 { font-size: 60px !important; }`;

describe('the embed (entrypoint.js)', () => {
  test('works under a strict CSP and aggressive global CSS', async () => {
    const violations: string[] = [];
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route(`${serverUrl}/__test__/hostile.css`, (route) =>
      route.fulfill({ contentType: 'text/css', body: HOSTILE_CSS }),
    );
    await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { reportViolation(v: string): void }).reportViolation(
          `${e.violatedDirective} ${e.blockedURI}`,
        ),
      );
    });
    await openHost(page, ALL_THREE, {
      csp: [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "connect-src 'self'",
        "img-src 'self' data:",
        "base-uri 'none'",
        "form-action 'none'",
        "require-trusted-types-for 'script'",
        'trusted-types lit-html',
      ].join('; '),
      head: `<link rel="stylesheet" href="/__test__/hostile.css">`,
    });

    const cards = page.locator('ep-challenge-board article[part=card]');
    await expect.poll(() => cards.count()).toBeGreaterThan(0);
    await expect
      .poll(() => page.locator('ep-story-feed article[part=card]').count())
      .toBeGreaterThan(0);
    const search = page.locator('ep-challenge-board input[type=search]');
    expect(await search.isVisible()).toBe(true);
    const title = cards.first().locator('h3 a');
    const style = await title.evaluate((el) => {
      const s = getComputedStyle(el);
      return {
        transform: s.textTransform,
        spacing: s.letterSpacing,
        display: getComputedStyle(el.closest('li')!).display,
      };
    });
    expect(style).toEqual({ transform: 'none', spacing: 'normal', display: 'grid' });
    expect(await page.locator('ep-entry-form button[part=submit]').isVisible()).toBe(true);

    // The form still sends under the policy.
    const f = (id: string) => page.locator(`ep-entry-form #${id}`);
    await f('f-kind-0').check();
    await f('f-title').fill('Sent under a strict CSP');
    await f('f-description').fill('No inline script, no inline style, no eval.');
    await f('f-company-name').fill('Strict AB');
    await f('f-company-country').selectOption('NO');
    await f('f-company-size').selectOption('medium');
    await f('f-contact-name').fill('Cee Espy');
    await f('f-contact-email').fill('csp@strict.example');
    await f('f-consent-privacy').check();
    await page.locator('ep-entry-form button[part=submit]').click();
    await expect
      .poll(() => page.locator('ep-entry-form [part=reference]').count(), { timeout: 20_000 })
      .toBe(1);

    // Open a detail too: Markdown, lists and links render under the policy.
    await cards.first().locator('h3 a').click();
    await expect.poll(() => page.locator('ep-challenge-board #detail-title').count()).toBe(1);
    await expect
      .poll(() => page.locator('ep-challenge-board [part=detail] .prose li').count())
      .toBeGreaterThan(0);

    // And a story: its sanitized HTML goes in through Lit's Trusted Types policy.
    await page.locator('ep-story-feed article[part=card] h3 a').first().click();
    await expect
      .poll(() => page.locator('ep-story-feed [part=story] .body p').count())
      .toBeGreaterThan(0);

    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('loading the script twice does no harm, and it sets no globals', async () => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await openHost(page, `${ALL_THREE}<ep-cluster-directory></ep-cluster-directory>`, {
      head: `<script>window.__before = Object.getOwnPropertyNames(window);</script>
        <script type="module" src="/embed/entrypoint.js?copy=2"></script>`,
    });
    await expect
      .poll(() => page.locator('ep-challenge-board article[part=card]').count())
      .toBeGreaterThan(0);
    await expect.poll(() => page.locator('ep-entry-form form').count()).toBe(1);
    await expect
      .poll(() => page.locator('ep-cluster-directory [part=card]').count())
      .toBeGreaterThan(0);
    const added = await page.evaluate(() => {
      const before = new Set((window as unknown as { __before: string[] }).__before);
      return Object.getOwnPropertyNames(window).filter((k) => !before.has(k) && k !== '__before');
    });
    // Not even Lit's bookkeeping (the embed build keeps it in module state).
    expect(added).toEqual([]);
    expect(
      await page.evaluate(() =>
        ['ep-challenge-board', 'ep-entry-form', 'ep-story-feed', 'ep-cluster-directory'].map(
          (t) => !!customElements.get(t),
        ),
      ),
    ).toEqual([true, true, true, true]);
    expect(errors).toEqual([]);
    expect(await axe(page)).toEqual([]);
  });

  test('on a page in Swedish, the strings are kept in one record of their own folder, under a symbol', async () => {
    await openHost(page, `<ep-challenge-board org="norrhamn"></ep-challenge-board>`, {
      lang: 'sv',
      head: `<script>window.__symbols = Object.getOwnPropertySymbols(window);</script>`,
    });
    await expect
      .poll(() => page.locator('ep-challenge-board article[part=card]').count())
      .toBeGreaterThan(0);
    expect((await page.locator('ep-challenge-board label[for=q]').textContent())?.trim()).toBe(
      'Sök utmaningar',
    );
    // The catalogue adds itself to it as it runs (src/i18n/index.ts `loaded`):
    // named by the chunks' folder, so another server's embed on the page has its own.
    const added = await page.evaluate(() => {
      const before = new Set((window as unknown as { __symbols: symbol[] }).__symbols);
      return Object.getOwnPropertySymbols(window)
        .filter((s) => !before.has(s))
        .map((s) => [
          s.description,
          Object.keys((window as unknown as Record<symbol, object>)[s]!),
        ]);
    });
    expect(added).toEqual([[`${serverUrl}/embed/chunks/`, ['sv']]]);
  });

  test('when the strings of the page language cannot load, the board is in English and does not ask again', async () => {
    const asked: string[] = [];
    await page.route(/\/embed\/chunks\/sv-[A-Z0-9]+\.js$/, (route) => {
      asked.push(route.request().url());
      return route.abort('failed');
    });
    await openHost(page, `<ep-challenge-board org="norrhamn"></ep-challenge-board>`, {
      lang: 'sv',
    });
    await expect
      .poll(() => page.locator('ep-challenge-board article[part=card]').count())
      .toBeGreaterThan(0);
    expect((await page.locator('ep-challenge-board label[for=q]').textContent())?.trim()).toBe(
      'Search challenges',
    );
    // The English UI is marked as English, and the Swedish content in it as Swedish.
    expect(await page.locator('ep-challenge-board section.root').getAttribute('lang')).toBe('en');
    expect(
      await page
        .locator('ep-challenge-board article[part=card] h3 bdi')
        .first()
        .getAttribute('lang'),
    ).toBe('sv');
    // The entry asks for them beside the board's code, and the board once more;
    // before, every render asked again (hundreds of requests a second, and no board).
    const seen = asked.length;
    expect(seen).toBeGreaterThan(0);
    expect(seen).toBeLessThanOrEqual(2);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
    expect(asked.length).toBe(seen);
  });

  test('follows a dark colour scheme with AA contrast, and stops animating under reduced motion', async () => {
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    await page.route(`${serverUrl}/v1/challenges?**`, () => {
      // Never answers: the board stays in its loading state, to check the skeleton.
    });
    await openHost(page, ALL_THREE, {
      head: `<meta name="color-scheme" content="light dark"><style>body { background: Canvas; color: CanvasText; }</style>`,
    });
    const skeleton = page.locator('ep-challenge-board .skeleton').first();
    await skeleton.waitFor();
    expect(await skeleton.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
    await page.locator('ep-entry-form button[part=submit]').click();
    await expect
      .poll(() => page.locator('ep-story-feed article[part=card]').count())
      .toBeGreaterThan(0);
    const text = await page
      .locator('ep-entry-form #f-title')
      .evaluate((el) => getComputedStyle(el).color);
    expect(text).not.toBe('rgb(0, 0, 0)');
    expect(await axe(page)).toEqual([]);
  });

  test('finds its API at the origin it was loaded from, or at the api attribute', async () => {
    const seen: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/v1/')) seen.push(new URL(r.url()).origin);
    });
    await openHost(page, `<ep-story-feed limit="1"></ep-story-feed>`);
    await expect.poll(() => page.locator('ep-story-feed article[part=card]').count()).toBe(1);
    expect(new Set(seen)).toEqual(new Set([serverUrl]));

    // An api attribute wins: here an address where nothing answers.
    await openHost(page, `<ep-story-feed limit="1" api="http://127.0.0.1:9"></ep-story-feed>`, {
      path: '/__test__/other.html',
    });
    await expect
      .poll(() => page.locator('ep-story-feed [role=alert]').textContent(), { timeout: 20_000 })
      .toBeTruthy();
  });

  test('a page with only the board loads only the board and shared code', async () => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await openHost(page, `<ep-challenge-board org="norrhamn"></ep-challenge-board>`);
    await expect
      .poll(() => page.locator('ep-challenge-board article[part=card]').count())
      .toBeGreaterThan(0);
    const budget = measure().find((b) => b.name.includes('only <ep-challenge-board>'))!;
    const expected = budget.files.map((f) => f.replace(/^dist\//, '/')).sort();
    expect(scripts.filter((s) => s.startsWith('/embed/')).sort()).toEqual(expected);
  });

  test('the code an element runs at once is compiled as it loads, and every source map still fits its script', () => {
    const dir = new URL('../../dist/embed/', import.meta.url);
    const scripts = [
      'entrypoint.js',
      ...readdirSync(new URL('chunks/', dir))
        .filter((f) => f.endsWith('.js'))
        .map((f) => `chunks/${f}`),
    ];
    const eager = scripts.filter((f) =>
      /^chunks\/(chunk|challenge-board|entry-form|story-feed|cluster-directory)-/.test(f),
    );
    // The elements' chunks and the shared chunks, not the entry nor the UI catalogues.
    expect(eager.length).toBeGreaterThanOrEqual(5);
    for (const f of scripts) {
      const code = readFileSync(new URL(f, dir), 'utf8');
      expect(code.startsWith('//# allFunctionsCalledOnLoad\n'), f).toBe(eager.includes(f));
      // One line of mappings per line of code: a line put above the code moved them down.
      const map = JSON.parse(readFileSync(new URL(`${f}.map`, dir), 'utf8')) as {
        mappings: string;
      };
      expect(map.mappings.split(';').length, f).toBe(code.split('\n').length);
      expect(map.mappings.startsWith(';'), f).toBe(code.startsWith('//'));
    }
  });
});

describe('custom-elements.json', () => {
  const manifest = JSON.parse(
    readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'),
  ) as {
    modules: {
      declarations?: {
        tagName?: string;
        attributes?: { name: string }[];
        events?: { name: string }[];
        cssParts?: { name: string }[];
        cssProperties?: { name: string }[];
      }[];
    }[];
  };
  const element = (tag: string) =>
    manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag)!;
  const names = (xs: { name: string }[] | undefined) => (xs ?? []).map((x) => x.name).sort();

  test('lists every attribute, event, part and custom property of each element', () => {
    const board = element('ep-challenge-board');
    expect(names(board.attributes)).toEqual(
      [
        'api',
        'heading',
        'heading-level',
        'lang',
        'org',
        'page-size',
        'region',
        'respond-url',
        'status',
        'theme',
        'via',
      ].sort(),
    );
    expect(names(board.events)).toEqual(['ep-challenge-select']);
    expect(names(board.cssParts)).toEqual(
      [
        'card',
        'detail',
        'filters',
        'heading',
        'list',
        'load-more',
        'respond',
        'search',
        'similar',
        'status',
        'stories',
        'story-link',
        'unknown-org',
      ].sort(),
    );
    const form = element('ep-entry-form');
    expect(names(form.attributes)).toEqual(
      ['api', 'challenge', 'heading', 'heading-level', 'lang', 'org', 'privacy-url', 'via'].sort(),
    );
    expect(names(form.events)).toEqual(['ep-submit']);
    expect(names(form.cssParts)).toEqual(
      ['error-summary', 'form', 'heading', 'reference', 'refused', 'submit', 'success'].sort(),
    );
    expect(names((form as { slots?: { name: string }[] }).slots)).toEqual(['heading']);
    const feed = element('ep-story-feed');
    expect(names(feed.attributes)).toEqual(
      [
        'api',
        'challenge-url',
        'heading',
        'heading-level',
        'lang',
        'layout',
        'limit',
        'org',
        'theme',
      ].sort(),
    );
    expect(names(feed.events)).toEqual([]);
    expect(names(feed.cssParts)).toEqual(
      ['card', 'challenges', 'feeds', 'heading', 'image', 'list', 'story'].sort(),
    );
    const directory = element('ep-cluster-directory');
    expect(names(directory.attributes)).toEqual(
      ['api', 'country', 'heading', 'heading-level', 'lang', 'org', 'region', 'sector'].sort(),
    );
    expect(names(directory.events)).toEqual([]);
    expect(names(directory.cssParts)).toEqual(
      ['card', 'filters', 'heading', 'list', 'relations', 'search', 'sectors'].sort(),
    );

    // Every --ep-* property the styles use is documented on each element that uses it.
    const sources = {
      'ep-challenge-board': [
        'challenge-board.styles.ts',
        'internal/challenge-detail.ts',
        'internal/shared.styles.ts',
      ],
      'ep-entry-form': [
        'entry-form.styles.ts',
        'internal/form-send.ts',
        'internal/shared.styles.ts',
      ],
      'ep-story-feed': ['story-feed.styles.ts', 'internal/shared.styles.ts'],
      'ep-cluster-directory': ['cluster-directory.styles.ts', 'internal/shared.styles.ts'],
    };
    for (const [tag, files] of Object.entries(sources)) {
      const css = files
        .map((f) => readFileSync(new URL(`../../src/${f}`, import.meta.url), 'utf8'))
        .join('\n');
      const used = new Set([...css.matchAll(/var\((--ep-[a-z-]+)/g)].map((m) => m[1]!));
      const documented = new Set(names(element(tag).cssProperties));
      expect(
        [...used].filter((p) => !documented.has(p)),
        tag,
      ).toEqual([]);
    }
  });
});

describe('size budgets (gzip bytes of what a page loads)', () => {
  for (const b of measure())
    test(`${b.name}: ${b.gzip} B ≤ ${b.limit} B, with what loads on use ${b.onUse} B ≤ ${b.onUseLimit} B`, () => {
      expect(b.gzip).toBeLessThanOrEqual(b.limit);
      expect(b.onUse).toBeLessThanOrEqual(b.onUseLimit);
    });
});
