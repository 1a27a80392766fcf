import type { Challenge, List } from '@entrypoint/sdk';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, test } from 'vitest';
import { axe, launch, openHost, serverUrl } from './browser.js';

const OWNERS = 'norrhamn,fjordvik,kustlanda';
const BOARD = `<ep-challenge-board org="${OWNERS}" page-size="50"></ep-challenge-board>`;

let browser: Browser;
let page: Page;
let all: Challenge[];

async function api<T>(path: string): Promise<T> {
  return (await (await fetch(`${serverUrl}/v1/${path}`)).json()) as T;
}

beforeAll(async () => {
  browser = await launch();
  all = (await api<List<Challenge>>(`challenges?org=${OWNERS}&limit=100`)).data;
});
afterAll(() => browser?.close());
beforeEach(async () => {
  page = await browser.newPage();
});
afterEach(() => page?.close());

const cards = () => page.locator('ep-challenge-board article[part=card]');
const cardIds = async () =>
  (await page
    .locator('ep-challenge-board article[part=card] h3 a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('data-id')))) as string[];

describe('<ep-challenge-board>', () => {
  test('lists every public challenge of several owners, with the count', async () => {
    expect(all.length).toBeGreaterThan(5);
    await openHost(page, BOARD);
    await expect.poll(() => cards().count()).toBe(all.length);
    await expect
      .poll(() => page.locator('ep-challenge-board .count').textContent())
      .toContain(`${all.length} challenges`);
    expect((await cardIds()).sort()).toEqual(all.map((c) => c.id).sort());
    expect(await axe(page)).toEqual([]);
  });

  test('filters by theme, status and owner, with counts that match the data', async () => {
    await openHost(page, BOARD);
    await expect.poll(() => cards().count()).toBe(all.length);
    const mobility = all.filter((c) => c.themes.includes('mobility'));
    const option = page.locator('ep-challenge-board #f-theme option[value=mobility]');
    expect(await option.textContent()).toContain(`(${mobility.length})`);
    await page.locator('ep-challenge-board #f-theme').selectOption('mobility');
    expect((await cardIds()).sort()).toEqual(mobility.map((c) => c.id).sort());

    const openMobility = mobility.filter((c) => c.status === 'open');
    await page.locator('ep-challenge-board #f-status').selectOption('open');
    expect((await cardIds()).sort()).toEqual(openMobility.map((c) => c.id).sort());

    await page.locator('ep-challenge-board #f-theme').selectOption('');
    await page.locator('ep-challenge-board #f-status').selectOption('');
    await page.locator('ep-challenge-board #f-owner').selectOption('fjordvik');
    expect((await cardIds()).sort()).toEqual(
      all
        .filter((c) => c.orgId === 'fjordvik')
        .map((c) => c.id)
        .sort(),
    );
  });

  test('searches on the server and shows "show more" by page size', async () => {
    const found = (await api<List<Challenge>>(`challenges?org=${OWNERS}&q=ferry`)).data;
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(all.length);
    await openHost(page, BOARD);
    await expect.poll(() => cards().count()).toBe(all.length);
    await page.locator('ep-challenge-board input[type=search]').fill('ferry');
    await expect.poll(async () => (await cardIds()).sort()).toEqual(found.map((c) => c.id).sort());

    await page.close();
    page = await browser.newPage();
    await openHost(page, `<ep-challenge-board org="${OWNERS}" page-size="5"></ep-challenge-board>`);
    await expect.poll(() => cards().count()).toBe(5);
    await page.locator('ep-challenge-board [part=load-more]').click();
    await expect.poll(() => cards().count()).toBe(Math.min(10, all.length));
    // Focus moves to the first card that appeared.
    const focused = await page.evaluate(() =>
      document
        .querySelector('ep-challenge-board')
        ?.shadowRoot?.activeElement?.getAttribute('data-id'),
    );
    expect(focused).toBe((await cardIds())[5]);
  });

  test('opens a challenge from a deep link, with its clusters, and fires ep-challenge-select', async () => {
    const challenge = all.find((c) => c.id === 'norrhamn-hallbar-kollektivtrafik-2035') ?? all[0]!;
    const clusters = (
      await api<List<{ id: string; name: Record<string, string> }>>(
        `challenges/${challenge.id}/clusters`,
      )
    ).data;
    await openHost(page, BOARD, {
      hash: `#ep-challenge=${challenge.id}`,
      head: `<script>document.addEventListener('ep-challenge-select', (e) => { document.documentElement.dataset.selected = e.detail.challenge.id; });</script>`,
    });
    const heading = page.locator('ep-challenge-board #detail-title');
    await expect.poll(() => heading.textContent()).toBe(challenge.title.en);
    await expect
      .poll(() => page.locator('ep-challenge-board .clusters li').count())
      .toBe(clusters.length);
    expect(await page.locator('html').getAttribute('data-selected')).toBe(challenge.id);
    const text = await page.locator('ep-challenge-board [part=detail]').innerText();
    expect(text).toContain(`Where we want to be by ${challenge.horizonYear}`);
    // The vision's Markdown is rendered: its list items are list items, without the dashes.
    // (The demo challenge's vision holds a list; the check needs one.)
    const firstItem = /^- (.{20})/m.exec(challenge.vision.en!)?.[1];
    expect(firstItem).toBeDefined();
    const items = await page
      .locator('ep-challenge-board [part=detail] .prose li')
      .allTextContents();
    expect(items.some((i) => i.startsWith(firstItem!))).toBe(true);
    expect(await axe(page)).toEqual([]);

    // Respond opens the form for this challenge in place.
    await page.locator('ep-challenge-board button[part=respond]').click();
    const form = page.locator('ep-challenge-board ep-entry-form');
    await expect.poll(() => form.getAttribute('challenge')).toBe(challenge.id);
    await expect.poll(() => form.locator('form').count()).toBe(1);
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            document.querySelector('ep-challenge-board')?.shadowRoot?.querySelector('ep-entry-form')
              ?.shadowRoot?.activeElement?.id,
        ),
      )
      .toBe('f-kind-0');

    // Back closes the detail and returns to the list, with focus on the card it came from.
    await page.locator('ep-challenge-board .back').click();
    await expect.poll(() => cards().count()).toBe(all.length);
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
  });

  test('respond-url sends the person to the form page with the challenge', async () => {
    const id = all[0]!.id;
    await openHost(
      page,
      `<ep-challenge-board org="${OWNERS}" respond-url="/contact.html"></ep-challenge-board>`,
      { hash: `#ep-challenge=${id}` },
    );
    const link = page.locator('ep-challenge-board a[part=respond]');
    await expect.poll(() => link.getAttribute('href')).toContain(`/contact.html?challenge=${id}`);

    // The form on that page takes the challenge from the address.
    await page.route(`${serverUrl}/contact.html?**`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><head><title>Contact</title>
          <script type="module" src="/embed/entrypoint.js"></script></head>
          <body><main><ep-entry-form org="${all[0]!.orgId}"></ep-entry-form></main></body></html>`,
      }),
    );
    await link.click();
    const about = page.locator('ep-entry-form .about');
    await expect.poll(() => about.textContent()).toContain(all[0]!.title.en!);
  });

  test('shows the empty state with a way to clear the search', async () => {
    await openHost(page, BOARD);
    await expect.poll(() => cards().count()).toBe(all.length);
    await page.locator('ep-challenge-board input[type=search]').fill('zzqxjnothingmatches');
    await page.locator('ep-challenge-board input[type=search]').press('Enter');
    await expect
      .poll(() => page.locator('ep-challenge-board .notice').textContent())
      .toContain('No challenges match.');
    expect(await axe(page)).toEqual([]);
    await page.locator('ep-challenge-board .notice button').click();
    await expect.poll(() => cards().count()).toBe(all.length);
  });

  test('shows an error with retry when the API fails, and the offline state without a connection', async () => {
    let fail: 'error' | 'offline' | 'none' = 'error';
    await page.route(`${serverUrl}/v1/challenges?**`, (route) =>
      fail === 'error'
        ? route.fulfill({
            status: 500,
            contentType: 'application/problem+json',
            body: JSON.stringify({ type: 'about:blank', title: 'Broken', status: 500 }),
          })
        : fail === 'offline'
          ? route.abort('internetdisconnected')
          : route.continue(),
    );
    await openHost(page, BOARD);
    const alert = page.locator('ep-challenge-board [role=alert]');
    await expect
      .poll(() => alert.textContent(), { timeout: 20_000 })
      .toContain('The challenges could not be loaded.');
    expect(await axe(page)).toEqual([]);

    fail = 'offline';
    await alert.locator('button').click();
    await expect.poll(() => alert.textContent(), { timeout: 20_000 }).toContain('You are offline.');

    fail = 'none';
    await page.locator('ep-challenge-board [role=alert] button').click();
    await expect.poll(() => cards().count(), { timeout: 20_000 }).toBe(all.length);
  });

  test('speaks Swedish when the page is in Swedish, with content in Swedish', async () => {
    const norrhamn = all.filter((c) => c.orgId === 'norrhamn');
    await openHost(page, `<ep-challenge-board org="norrhamn"></ep-challenge-board>`, {
      lang: 'sv',
    });
    await expect.poll(() => cards().count()).toBe(norrhamn.length);
    expect(await page.locator('ep-challenge-board label[for=q]').textContent()).toBe(
      'Sök utmaningar',
    );
    expect(await page.locator('ep-challenge-board .count').textContent()).toContain(
      `${norrhamn.length} utmaningar`,
    );
    const titles = await page.locator('ep-challenge-board article[part=card] h3').allTextContents();
    expect(titles.map((t) => t.trim()).sort()).toEqual(norrhamn.map((c) => c.title.sv).sort());
    expect(await axe(page)).toEqual([]);
  });

  test.each([
    ['nb', 'Søk i utfordringer'],
    ['no', 'Søk i utfordringer'],
    ['fi', 'Hae haasteita'],
    ['sv-FI', 'Sök utmaningar'],
  ])('speaks the page language %s', async (lang, label) => {
    await openHost(page, `<ep-challenge-board org="kustlanda"></ep-challenge-board>`, { lang });
    await expect
      .poll(() => page.locator('ep-challenge-board label[for=q]').textContent())
      .toBe(label);
  });

  test('marks content in another language than the UI with its own lang', async () => {
    // Fjordvik writes in Norwegian and English: a Swedish reader gets the owner's Norwegian.
    const fjordvik = all.filter((c) => c.orgId === 'fjordvik' && c.title.nb);
    expect(fjordvik.length).toBeGreaterThan(0);
    await openHost(page, `<ep-challenge-board org="fjordvik"></ep-challenge-board>`, {
      lang: 'sv',
    });
    await expect.poll(() => cards().count()).toBeGreaterThan(0);
    const marked = await page
      .locator('ep-challenge-board article[part=card] h3 [lang]')
      .evaluateAll((els) => els.map((e) => [e.getAttribute('lang'), e.textContent]));
    expect(marked).toContainEqual(['nb', fjordvik[0]!.title.nb]);

    // A page in a language the UI does not speak gets English UI, marked as such.
    await page.close();
    page = await browser.newPage();
    await openHost(page, `<ep-challenge-board org="norrhamn"></ep-challenge-board>`, {
      lang: 'de',
    });
    await expect.poll(() => cards().count()).toBeGreaterThan(0);
    expect(await page.locator('ep-challenge-board section.root').getAttribute('lang')).toBe('en');
    expect(await page.locator('ep-challenge-board label[for=q]').textContent()).toBe(
      'Search challenges',
    );
  });
});
