import type { List, Story } from '@entrypoint/sdk';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { admin, axe, launch, openHost, serverUrl } from './browser.js';

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

const cards = () => page.locator('ep-story-feed article[part=card]');

describe('<ep-story-feed>', () => {
  test('shows stories with image, alt text, date and summary, and links to the feeds', async () => {
    const stories = (
      (await (await fetch(`${serverUrl}/v1/stories?org=norrhamn&limit=4`)).json()) as List<Story>
    ).data;
    expect(stories.length).toBeGreaterThan(0);
    await openHost(page, `<ep-story-feed org="norrhamn" limit="4" layout="grid"></ep-story-feed>`);
    await expect.poll(() => cards().count()).toBe(stories.length);
    const first = stories[0]!;
    const card = cards().first();
    expect((await card.locator('h3').textContent())?.trim()).toBe(first.title.en);
    // (The newest demo story has an image; the check needs one.)
    expect(first.image).toBeDefined();
    expect(await card.locator('img').getAttribute('alt')).toBe(first.image!.alt.en);
    const date = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(
      new Date(first.publishedAt),
    );
    expect(await card.locator('time').textContent()).toBe(date);

    const feeds = await page
      .locator('ep-story-feed [part=feeds] a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(feeds).toHaveLength(3);
    for (const href of feeds) {
      const res = await fetch(href);
      expect(res.status, href).toBe(200);
      expect(await res.text()).toContain(first.title.en!.slice(0, 20).replace(/&/g, '&amp;'));
    }
    expect(await axe(page)).toEqual([]);

    // Opening a story shows its full text; back returns to the list.
    await card.locator('h3 a').click();
    await expect
      .poll(() => page.locator('ep-story-feed #story-title').textContent())
      .toBe(first.title.en);
    expect(await page.locator('ep-story-feed [part=story] .body').innerHTML()).toContain(
      first.bodyHtml.en!.slice(0, 30),
    );
    expect(await axe(page)).toEqual([]);
    await page.locator('ep-story-feed .back').click();
    await expect.poll(() => cards().count()).toBe(stories.length);
  });

  test('dates in the page language and Swedish UI on a Swedish page', async () => {
    await openHost(page, `<ep-story-feed org="norrhamn" limit="2"></ep-story-feed>`, {
      lang: 'sv',
    });
    await expect.poll(() => cards().count()).toBeGreaterThan(0);
    expect(await page.locator('ep-story-feed [part=feeds] .muted').textContent()).toBe(
      'Prenumerera:',
    );
    const time = cards().first().locator('time');
    const iso = (await time.getAttribute('datetime'))!;
    expect(await time.textContent()).toBe(
      new Intl.DateTimeFormat('sv', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso)),
    );
  });

  test('story HTML stays inert: no script runs and no handler survives', async () => {
    const story = await admin<Story>('stories', {
      method: 'POST',
      body: JSON.stringify({
        title: { en: `Inert ${Date.now()}` },
        summary: { en: 'A story that tries to run script.' },
        body: {
          en: [
            'Hello <img src="x" onerror="document.documentElement.dataset.pwned=1">',
            '<script>document.documentElement.dataset.pwned=2</script>',
            '[click](javascript:document.documentElement.dataset.pwned=3)',
            '<a href="#" onclick="document.documentElement.dataset.pwned=4">x</a>',
            '<iframe src="javascript:parent.document.documentElement.dataset.pwned=5"></iframe>',
            '<svg><script>document.documentElement.dataset.pwned=6</script></svg>',
          ].join('\n\n'),
        },
      }),
    });
    await openHost(page, `<ep-story-feed org="norrhamn" limit="50"></ep-story-feed>`);
    const link = page.locator(`ep-story-feed a[data-id="${story.id}"]`);
    await link.click();
    const body = page.locator('ep-story-feed [part=story] .body');
    await expect.poll(() => body.count()).toBe(1);
    await page.waitForTimeout(300); // give an onerror a chance to fire
    expect(await page.locator('html').getAttribute('data-pwned')).toBeNull();
    const dangerous = await body.evaluate((el) =>
      [...el.querySelectorAll('*')].flatMap((n) => [
        ...(['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED'].includes(n.tagName) ? [n.tagName] : []),
        ...[...n.attributes]
          .filter((a) => /^on/i.test(a.name) || /^\s*javascript:/i.test(a.value))
          .map((a) => `${n.tagName}[${a.name}]`),
      ]),
    );
    expect(dangerous).toEqual([]);
  });
});
