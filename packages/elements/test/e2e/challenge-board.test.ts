// <ep-challenge-board> through the embed against the real server, in Chromium
// and Firefox ESR: the lists, filters, search and a deep link with its detail,
// the select event and the form opened in place. Every state and branch is in
// test/component/challenge-board.test.ts.
import type { Challenge, List } from '@entrypoint/sdk';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { serverUrl } from './browser.js';
import {
  attrs,
  axe,
  BROWSERS,
  click,
  count,
  focusedIn,
  fresh,
  intercept,
  launch,
  openHost,
  select,
  text,
} from './driver.js';

const OWNERS = 'norrhamn,fjordvik,kustlanda';
const BOARD = `<ep-challenge-board org="${OWNERS}" page-size="50"></ep-challenge-board>`;
const CARD = 'ep-challenge-board >>> article[part=card]';
const CARD_LINK = 'ep-challenge-board >>> article[part=card] h3 a';

async function api<T>(path: string): Promise<T> {
  return (await (await fetch(`${serverUrl}/v1/${path}`)).json()) as T;
}

describe.each(BROWSERS)('<ep-challenge-board> in %s', (name) => {
  let browser: Browser;
  let page: Page;
  let all: Challenge[];

  beforeAll(async () => {
    browser = await launch(name);
    all = (await api<List<Challenge>>(`challenges?org=${OWNERS}&limit=100`)).data;
  });
  afterAll(() => browser?.close());
  beforeEach(async () => {
    page = await fresh(browser);
  });
  afterEach(() => page?.close());

  const cardIds = async () => (await attrs(page, CARD_LINK, 'data-id')).sort();

  test('lists every public challenge of several owners, with the count', async () => {
    expect(all.length).toBeGreaterThan(5);
    await openHost(page, BOARD);
    await expect.poll(() => count(page, CARD)).toBe(all.length);
    expect(await text(page, 'ep-challenge-board >>> .count')).toBe(`${all.length} challenges`);
    expect(await cardIds()).toEqual(all.map((c) => c.id).sort());
    expect(await axe(page)).toEqual([]);
  });

  test('filters by theme with counts that match the data, and searches on the server', async () => {
    const mobility = all.filter((c) => c.themes.includes('mobility'));
    const found = (await api<List<Challenge>>(`challenges?org=${OWNERS}&q=ferry`)).data;
    expect(found.length).toBeGreaterThan(0);
    await openHost(page, BOARD);
    await expect.poll(() => count(page, CARD)).toBe(all.length);
    expect(await text(page, 'ep-challenge-board >>> #f-theme option[value=mobility]')).toContain(
      `(${mobility.length})`,
    );
    await select(page, 'ep-challenge-board >>> #f-theme', 'mobility');
    await expect.poll(cardIds).toEqual(mobility.map((c) => c.id).sort());
    await select(page, 'ep-challenge-board >>> #f-theme', '');
    await page.type('ep-challenge-board >>> input[type=search]', 'ferry');
    await expect.poll(cardIds).toEqual(found.map((c) => c.id).sort());
  });

  test('opens a challenge from a deep link with its clusters, fires ep-challenge-select, responds in place, and goes back', async () => {
    const challenge = all.find((c) => c.id === 'norrhamn-hallbar-kollektivtrafik-2035') ?? all[0]!;
    const clusters = (await api<List<unknown>>(`challenges/${challenge.id}/clusters`)).data;
    const log: string[] = [];
    page.on('request', (r) => log.push(`request ${r.url()}`));
    page.on('requestfinished', (r) => log.push(`finished ${r.url()}`));
    await openHost(page, BOARD, {
      hash: `#ep-challenge=${challenge.id}`,
      head: `<script>document.addEventListener('ep-challenge-select', (e) => { document.documentElement.dataset.selected = (document.documentElement.dataset.selected || '') + e.detail.challenge.id + ';'; });</script>`,
    });
    await expect
      .poll(() => text(page, 'ep-challenge-board >>> #detail-title'))
      .toBe(challenge.title.en);
    await expect
      .poll(() => count(page, 'ep-challenge-board >>> .clusters li'))
      .toBe(clusters.length);
    expect(await attrs(page, 'html', 'data-selected')).toEqual([`${challenge.id};`]);
    expect(await text(page, 'ep-challenge-board >>> [part=detail]')).toContain(
      `Where we want to be by ${challenge.horizonYear}`,
    );
    expect(await axe(page)).toEqual([]);
    // The detail's code (a chunk of its own) was asked for once, as soon as the
    // board's had run: before the board asked for the challenge itself.
    const detailCode = log.filter((l) => /^request .*\/chunks\/challenge-detail-/.test(l));
    expect(detailCode).toHaveLength(1);
    expect(log.indexOf(detailCode[0]!)).toBeLessThan(
      log.indexOf(`request ${serverUrl}/v1/challenges/${challenge.id}`),
    );

    // Respond opens the form for this challenge in place, with focus in it.
    await click(page, 'ep-challenge-board >>> button[part=respond]');
    await expect
      .poll(() => attrs(page, 'ep-challenge-board >>> ep-entry-form', 'challenge'))
      .toEqual([challenge.id]);
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            document.querySelector('ep-challenge-board')?.shadowRoot?.querySelector('ep-entry-form')
              ?.shadowRoot?.activeElement?.id,
        ),
      )
      .toBe('f-kind-0');

    // Back closes the detail, with focus on the card it came from.
    await click(page, 'ep-challenge-board >>> .back');
    await expect.poll(() => count(page, CARD)).toBe(all.length);
    expect(new URL(page.url()).hash).toBe('');
    await expect
      .poll(() =>
        page.evaluate(() =>
          document
            .querySelector('ep-challenge-board')
            ?.shadowRoot?.activeElement?.getAttribute('data-id'),
        ),
      )
      .toBe(challenge.id);
    expect(await focusedIn(page, 'ep-entry-form')).toBe('');
    // Opened once, announced once.
    expect(await attrs(page, 'html', 'data-selected')).toEqual([`${challenge.id};`]);
  });

  test('asks for its first page and its counts once each, while its code loads, names owners without another request, and shows more by keyboard', async () => {
    const log: string[] = [];
    page.on('request', (r) => log.push(`request ${r.url()}`));
    page.on('requestfinished', (r) => log.push(`finished ${r.url()}`));
    await openHost(page, `<ep-challenge-board org="${OWNERS}" page-size="4"></ep-challenge-board>`);
    await expect.poll(() => count(page, CARD)).toBe(4);
    expect(await text(page, 'ep-challenge-board >>> .count')).toBe(`${all.length} challenges`);
    const api = log.filter((l) => l.startsWith('request') && l.includes('/v1/'));
    // The first page of cards, and beside it the counts alone; neither twice, nor both in one.
    const first = api.filter((l) => l.includes('view=card') && !/[?&](facets|cursor)=/.test(l));
    const counts = api.filter((l) => l.includes('view=card') && l.includes('facets=only'));
    expect(first).toHaveLength(1);
    expect(counts).toHaveLength(1);
    expect(api.filter((l) => l.includes('facets=true'))).toEqual([]);
    // The entry asked for both before the board's code had arrived.
    const boardCode = log.findIndex((l) => /finished .*\/chunks\/challenge-board-/.test(l));
    expect(log.indexOf(first[0]!)).toBeLessThan(boardCode);
    expect(log.indexOf(counts[0]!)).toBeLessThan(boardCode);
    expect(api.filter((l) => l.includes('/v1/organizations'))).toEqual([]);
    expect(await text(page, 'ep-challenge-board >>> [part=card] .meta span')).toBeTruthy();

    // "Show more" with the keyboard: the next four, focus on the first of them.
    await page.focus('ep-challenge-board >>> [part=load-more]');
    await page.keyboard.press('Enter');
    await expect.poll(() => count(page, CARD)).toBe(Math.min(8, all.length));
    const ids = await attrs(page, CARD_LINK, 'data-id');
    await expect
      .poll(() =>
        page.evaluate(() =>
          document
            .querySelector('ep-challenge-board')
            ?.shadowRoot?.activeElement?.getAttribute('data-id'),
        ),
      )
      .toBe(ids[4]);
    expect(await axe(page)).toEqual([]);
  });

  test('is defined once its first page has come, when that is soon after its code: no skeleton first', async () => {
    // The first page is answered 30 ms after the board's code has come.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    page.on('requestfinished', (r) => {
      if (/\/chunks\/challenge-board-/.test(r.url())) setTimeout(release, 30);
    });
    const isFirstPage = (url: string) =>
      url.includes('view=card') && !/[?&](facets|cursor)=/.test(url);
    await intercept(page, async (request) => {
      if (isFirstPage(request.url())) await held;
      return false;
    });
    await openHost(page, BOARD, {
      head: `<script>
        const attach = Element.prototype.attachShadow;
        Element.prototype.attachShadow = function (init) {
          const root = attach.call(this, init);
          if (this.localName === 'ep-challenge-board')
            new MutationObserver(() => {
              if (root.querySelector('.skeletons')) document.documentElement.dataset.skeleton = '';
            }).observe(root, { childList: true, subtree: true });
          return root;
        };
        customElements.whenDefined('ep-challenge-board').then(() => {
          document.documentElement.dataset.defined = String(performance.now());
        });
      </script>`,
    });
    await expect.poll(() => count(page, CARD)).toBe(all.length);
    expect(await attrs(page, 'html', 'data-skeleton')).toEqual([null]);
    // Not defined before then: a page's ep-challenge-board:not(:defined) style
    // kept its space meanwhile.
    const [defined] = await attrs(page, 'html', 'data-defined');
    const came = await page.evaluate(
      () =>
        (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find(
          (e) => e.name.includes('view=card') && !/[?&](facets|cursor)=/.test(e.name),
        )?.responseEnd,
    );
    expect(Number(defined)).toBeGreaterThanOrEqual(came!);
  });

  test("loads the detail's code when a card is pointed at, not before; opens it from a card", async () => {
    const detailCode: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/chunks/challenge-detail-')) detailCode.push(r.url());
    });
    await openHost(page, BOARD);
    await expect.poll(() => count(page, CARD)).toBe(all.length);
    await new Promise((r) => setTimeout(r, 300));
    expect(detailCode).toEqual([]);
    await page.hover(CARD_LINK);
    await expect.poll(() => detailCode.length).toBe(1);
    const id = (await attrs(page, CARD_LINK, 'data-id'))[0]!;
    await click(page, CARD_LINK);
    await expect
      .poll(() => text(page, 'ep-challenge-board >>> #detail-title'))
      .toBe(all.find((c) => c.id === id)!.title.en);
    expect(await focusedIn(page, 'ep-challenge-board')).toBe('detail-title');
    expect(detailCode).toHaveLength(1);
  });

  test("says so when the detail's code cannot be loaded, and loads it on retry", async () => {
    const detailCode: string[] = [];
    // The first request for the detail's chunk fails (404), as from a host that lost it for a moment.
    await intercept(page, async (request) => {
      if (!request.url().includes('/chunks/challenge-detail-')) return false;
      detailCode.push(request.url());
      if (detailCode.length > 1) return false;
      await request.respond({ status: 404, contentType: 'text/plain', body: 'Not found' });
      return true;
    });
    await openHost(page, BOARD);
    await expect.poll(() => count(page, CARD)).toBe(all.length);
    const id = (await attrs(page, CARD_LINK, 'data-id'))[0]!;
    await click(page, CARD_LINK);
    await expect
      .poll(() => text(page, 'ep-challenge-board >>> [part=detail] [role=alert] #detail-title'))
      .toBe('The challenges could not be loaded.');
    expect(await focusedIn(page, 'ep-challenge-board')).toBe('detail-title');
    expect(detailCode).toHaveLength(1);
    await click(page, 'ep-challenge-board >>> [part=detail] [role=alert] button');
    await expect
      .poll(() => text(page, 'ep-challenge-board >>> #detail-title'))
      .toBe(all.find((c) => c.id === id)!.title.en);
    // Asked for again under another address: Firefox would answer the same one with the same failure.
    expect(detailCode).toHaveLength(2);
    expect(new URL(detailCode[1]!).search).toBe('?1');
    expect(await count(page, 'ep-challenge-board >>> .facts')).toBe(1);
    expect(
      await page.$eval('ep-challenge-board >>> .facts', (el) => getComputedStyle(el).display),
    ).toBe('grid');
    expect(await axe(page)).toEqual([]);
  });

  // The elements write these languages' dates themselves (src/internal/format.ts
  // `PLAIN`), not through Intl: each browser's Intl is the reference.
  test.each(['en', 'sv-SE', 'nb', 'fi'])(
    'writes the deadlines on a page in %s as the browser’s Intl does',
    async (lang) => {
      await openHost(page, `<ep-challenge-board org="${OWNERS}"></ep-challenge-board>`, { lang });
      await expect.poll(() => count(page, CARD)).toBeGreaterThan(0);
      const dates = await page.$$eval(
        'ep-challenge-board >>> article[part=card] time',
        (times, lang) =>
          times.map((t) => [
            t.textContent?.trim(),
            new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(
              new Date(`${t.getAttribute('datetime')}T00:00:00Z`),
            ),
          ]),
        lang,
      );
      expect(dates.length).toBeGreaterThan(2);
      for (const [shown, intl] of dates) expect(shown).toBe(intl);
    },
  );

  test('speaks Swedish on a Swedish page, with content in Swedish', async () => {
    const norrhamn = all.filter((c) => c.orgId === 'norrhamn');
    await openHost(page, `<ep-challenge-board org="norrhamn"></ep-challenge-board>`, {
      lang: 'sv',
    });
    await expect.poll(() => count(page, CARD)).toBe(norrhamn.length);
    expect(await text(page, 'ep-challenge-board >>> label[for=q]')).toBe('Sök utmaningar');
    const titles = await page.$$eval('ep-challenge-board >>> article[part=card] h3', (hs) =>
      hs.map((h) => h.textContent?.trim()),
    );
    expect(titles.sort()).toEqual(norrhamn.map((c) => c.title.sv).sort());
  });
});
