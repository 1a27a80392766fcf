// <ep-story-feed> through the embed against the real server, in Chromium and
// Firefox ESR: stories with their images, dates and feeds, a story opened in
// place, and story HTML that stays inert. Every state and branch is in
// test/component/story-feed.test.ts.
import type { List, Story } from '@entrypoint/sdk';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { admin, adminKey, serverUrl } from './browser.js';
import {
  attrs,
  axe,
  BROWSERS,
  click,
  count,
  fresh,
  launch,
  openHost,
  text,
  waitFor,
} from './driver.js';

const CARD = 'ep-story-feed >>> article[part=card]';

describe.each(BROWSERS)('<ep-story-feed> in %s', (name) => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launch(name);
    adminKey();
  });
  afterAll(() => browser?.close());
  beforeEach(async () => {
    page = await fresh(browser);
  });
  afterEach(() => page?.close());

  test('shows stories with image, alt text, date and summary, opens one, and links to the feeds', async () => {
    const stories = (
      (await (await fetch(`${serverUrl}/v1/stories?org=norrhamn&limit=4`)).json()) as List<Story>
    ).data;
    expect(stories.length).toBeGreaterThan(0);
    const first = stories[0]!;
    await openHost(page, `<ep-story-feed org="norrhamn" limit="4" layout="grid"></ep-story-feed>`);
    await expect.poll(() => count(page, CARD)).toBe(stories.length);
    expect(await text(page, `${CARD} h3`)).toBe(first.title.en);
    // Stories made by other tests come first and have no image: the alt text of one that has.
    const pictured = stories.find((s) => s.image);
    expect(pictured).toBeDefined();
    expect(await attrs(page, `${CARD} img`, 'alt')).toContain(pictured!.image!.alt.en);
    expect(await text(page, `${CARD} time`)).toBe(
      new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(
        new Date(first.publishedAt),
      ),
    );
    const feeds = await attrs(page, 'ep-story-feed >>> [part=feeds] a', 'href');
    expect(feeds).toHaveLength(3);
    for (const href of feeds) expect((await fetch(href!)).status, href!).toBe(200);
    expect(await axe(page)).toEqual([]);

    await click(page, `ep-story-feed >>> a[data-id="${pictured!.id}"]`);
    await expect.poll(() => text(page, 'ep-story-feed >>> #story-title')).toBe(pictured!.title.en);
    const body = await waitFor(page, 'ep-story-feed >>> [part=story] .body');
    // The server's sanitized HTML, as text (browsers serialize HTML differently).
    const words = pictured!.bodyHtml
      .en!.replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    expect((await body.evaluate((e) => e.textContent ?? '')).replace(/\s+/g, ' ')).toContain(
      words.slice(0, 20),
    );
    await click(page, 'ep-story-feed >>> .back');
    await expect.poll(() => count(page, CARD)).toBe(stories.length);
  });

  test('story HTML stays inert: no script runs and no handler survives', async () => {
    const story = await admin<Story>('stories', {
      method: 'POST',
      body: JSON.stringify({
        title: { en: `Inert ${name} ${Date.now()}` },
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
    await click(page, `ep-story-feed >>> a[data-id="${story.id}"]`);
    const body = await waitFor(page, 'ep-story-feed >>> [part=story] .body');
    // Give an onerror the chance to fire (the broken image fails at once on loopback).
    await new Promise((r) => setTimeout(r, 300));
    expect(await attrs(page, 'html', 'data-pwned')).toEqual([null]);
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
