/**
 * Stories in the console, end to end: the built console in Chromium against
 * the real server with the demo content. An editor uploads a real JPEG,
 * describes it, writes a story linked to one of Norrhamn's published
 * challenges with the server's live preview, publishes it, and finds it in the
 * demo page's <ep-story-feed> (with srcset) and in the RSS feed (parsed by
 * the browser's XML parser). Bad uploads are refused with clear words and
 * nothing stored; a simple story is written with the keyboard alone; axe finds
 * nothing in English and Swedish; 320 px does not scroll sideways; a changed
 * story (412) keeps what was typed; a handler reads only.
 *
 * With TEST_DATABASE_URL the server runs on a PostgreSQL database of its own,
 * so the test can also count the stored images with psql.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  axe,
  freshDatabase,
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
let database: ReturnType<typeof freshDatabase> | undefined;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  mail = await startSmtp();
  if (process.env.TEST_DATABASE_URL) database = freshDatabase();
  server = await startServer(mail.url, database ? { DATABASE_URL: database.url } : {});
  browser = await launch();
});
afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await server?.stop();
  database?.drop();
  await mail?.stop();
});

async function person(email: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ viewport });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await signIn(page, server.url, mail, email);
  return page;
}

/** Images stored for an organisation, straight from the database (PostgreSQL only). */
const storedImages = (orgId: string) =>
  Number(
    execFileSync(
      'psql',
      [database!.url, '-tAc', `select count(*) from images where org_id = '${orgId}'`],
      { encoding: 'utf8' },
    ).trim(),
  );

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes: Uint8Array) => {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

/** A real photo-like JPEG. */
const photo = () =>
  sharp({ create: { width: 1600, height: 1000, channels: 3, background: '#2a6f97' } })
    .composite([
      {
        input: {
          create: { width: 400, height: 300, channels: 3, background: '#f4d35e' },
        },
        top: 200,
        left: 300,
      },
    ])
    .jpeg({ quality: 85 })
    .toBuffer();

/** A valid PNG of a few hundred bytes whose header says 30000 × 30000 pixels. */
async function bomb() {
  const png = Buffer.from(
    await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } })
      .png()
      .toBuffer(),
  );
  png.writeUInt32BE(30_000, 16);
  png.writeUInt32BE(30_000, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  return png;
}

const editor = (page: Page) => page.locator('ep-story-editor');
const statusText = (page: Page) => page.locator('ep-console .status').textContent();
const wide = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

async function openNew(page: Page) {
  await page.goto(`${server.url}/console/stories/new`);
  await expect.poll(() => editor(page).locator('h1').textContent()).toBe('New story');
  await expect.poll(() => editor(page).locator('#title-sv').count()).toBe(1);
}

/** The id of the focused element, through shadow roots. */
const focusedId = (page: Page) =>
  page.evaluate(() => {
    let a = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    return `${a?.tagName.toLowerCase()}#${a?.id}:${a?.textContent?.trim().slice(0, 40) ?? ''}`;
  });

async function tabTo(page: Page, match: RegExp, max = 250) {
  for (let i = 0; i < max; i++) {
    if (match.test(await focusedId(page))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${match}; at ${await focusedId(page)}`);
}

describe('stories in the console', () => {
  let storyId = '';
  const title = 'Landström i Norrhamns hamn';

  test('an editor uploads an image, writes a linked story with a live preview, publishes it, and it reaches the feed and RSS', async () => {
    const maria = await person('maria@norrhamn.example');
    const challenges = (await (
      await fetch(`${server.url}/v1/challenges?org=norrhamn&status=open`)
    ).json()) as { data: Array<{ id: string; title: Record<string, string> }> };
    const challenge = challenges.data[0]!;

    await maria.getByRole('link', { name: 'Stories', exact: true }).click();
    await maria.waitForURL(/\/console\/stories$/);
    await expect.poll(() => maria.locator('ep-stories ul.stories > li').count()).toBeGreaterThan(0);
    expect(await axe(maria)).toEqual([]);
    await maria.locator('ep-stories').getByRole('link', { name: 'New story' }).click();
    await maria.waitForURL(/\/console\/stories\/new$/);
    await expect.poll(() => editor(maria).locator('#title-sv').count()).toBe(1);
    // Norrhamn writes Swedish first; English sits beside it, flagged until written.
    const legends = await editor(maria).locator('fieldset.lang > legend').allTextContents();
    expect(legends.map((l) => l.replace(/\s+/g, ' ').trim())).toEqual([
      'Swedish (sv)Missing translation',
      'English (en)Missing translation',
    ]);

    // The image: described first, then uploaded; shown with its srcset.
    await editor(maria).locator('#alt-sv').fill('Ett fartyg vid kajen med en laddkabel');
    await editor(maria)
      .locator('#image-file')
      .setInputFiles({
        name: 'hamn.jpg',
        mimeType: 'image/jpeg',
        buffer: await photo(),
      });
    await editor(maria).getByRole('button', { name: 'Upload image' }).click();
    await expect.poll(() => statusText(maria)).toMatch(/The image is uploaded/);
    const picked = editor(maria).locator('.picked img');
    expect(await picked.getAttribute('srcset')).toMatch(
      /\/media\/[0-9a-f-]+-480\.webp 480w, .*-960\.webp 960w, .*-1600\.webp 1600w/,
    );

    await editor(maria).locator('#title-sv').fill(title);
    await editor(maria).locator('#summary-sv').fill('Fartygen stänger av motorerna vid kaj.');
    await editor(maria)
      .locator('#body-sv')
      .fill('## Så gick det till\n\nPiloten **fungerade**. <script>alert(1)</script>');
    // The live preview is the server's rendering: the heading, no script.
    const preview = editor(maria).locator('.preview[lang=sv]');
    await expect.poll(() => preview.locator('h2').textContent()).toBe('Så gick det till');
    expect(await preview.locator('strong').textContent()).toBe('fungerade');
    expect(await preview.locator('script').count()).toBe(0);
    expect(await preview.locator('img').getAttribute('srcset')).toMatch(/480w/);

    // Saving before the English alt text is written: told, nothing sent.
    await editor(maria).locator('#title-en').fill('Shore power in Norrhamn’s harbour');
    await editor(maria).locator('#summary-en').fill('Ships switch off their engines at the quay.');
    await editor(maria).locator('#body-en').fill('## How it went\n\nThe pilot **worked**.');
    await editor(maria).getByRole('button', { name: 'Publish' }).click();
    await expect
      .poll(() => editor(maria).locator('#problems').textContent())
      .toMatch(/Describe the image in English/);
    await editor(maria)
      .getByRole('link', { name: /Describe the image in English/ })
      .click();
    await expect.poll(() => focusedId(maria)).toMatch(/^input#alt-en/);
    await maria.keyboard.type('A ship at the quay with a charging cable');

    // Listed by its title in the console's language (English here).
    await editor(maria)
      .getByLabel(challenge.title.en ?? challenge.title.sv!)
      .check();
    await editor(maria).getByLabel('Energy', { exact: true }).check();
    await editor(maria).locator('#author-name').fill('Maria Sjöberg');
    // The newsletter view: title, image, summary, and (after saving) the link.
    const mailView = editor(maria).locator('.mail');
    expect(await mailView.locator('h3').textContent()).toBe(title);
    expect(await mailView.locator('img').getAttribute('alt')).toBe(
      'Ett fartyg vid kajen med en laddkabel',
    );
    expect(await axe(maria)).toEqual([]);

    await editor(maria).getByRole('button', { name: 'Publish' }).click();
    await expect.poll(() => statusText(maria)).toMatch(/The story is saved/);
    await expect.poll(() => maria.evaluate(() => location.pathname)).not.toMatch(/\/new$/);
    storyId = decodeURIComponent((await maria.evaluate(() => location.pathname)).split('/').pop()!);
    expect(await mailView.getByRole('link', { name: /Read more/ }).getAttribute('href')).toBe(
      `${server.url}/stories/${storyId}`,
    );

    // What the public API now says.
    const story = (await (await fetch(`${server.url}/v1/stories/${storyId}`)).json()) as {
      title: Record<string, string>;
      challengeIds: string[];
      themes: string[];
      image: { url: string; srcset: string; alt: Record<string, string> };
    };
    expect(story.title).toEqual({ sv: title, en: 'Shore power in Norrhamn’s harbour' });
    expect(story.challengeIds).toEqual([challenge.id]);
    expect(story.themes).toEqual(['energy']);
    expect(story.image.srcset.split(', ')).toHaveLength(3);
    expect(Object.keys(story.image.alt).sort()).toEqual(['en', 'sv']);

    // The demo city page's feed shows it, with srcset.
    const site = await maria.context().newPage();
    await site.goto(`${server.url}/`);
    const card = site.locator('ep-story-feed [part=card]', { hasText: title });
    await expect.poll(() => card.count(), { timeout: 20_000 }).toBe(1);
    expect(await card.locator('[part=image]').getAttribute('srcset')).toBe(story.image.srcset);
    expect(await card.locator('[part=image]').getAttribute('sizes')).toBeTruthy();

    // And the RSS feed, parsed by the browser's XML parser.
    const item = await site.evaluate(async (id) => {
      const xml = await (await fetch('/v1/stories/feed.rss?org=norrhamn')).text();
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      if (doc.querySelector('parsererror')) return 'parse error';
      const found = [...doc.querySelectorAll('item')].find((i) =>
        i.querySelector('link')?.textContent?.endsWith(`/stories/${id}`),
      );
      return found?.querySelector('title')?.textContent ?? 'missing';
    }, storyId);
    expect(item).toBe(title);
    await site.close();
  });

  test('bad uploads are each refused with a clear message, and nothing is stored', async () => {
    const maria = await person('maria@norrhamn.example');
    await openNew(maria);
    await editor(maria).locator('#alt-sv').fill('Något');
    const cases = [
      {
        file: { name: 'stor.jpg', buffer: Buffer.alloc(20 * 1024 * 1024) },
        said: /larger than 10 MB/,
      },
      {
        file: {
          name: 'text.jpg',
          buffer: Buffer.from('Detta är bara text, ingen bild.'),
        },
        said: /not a JPEG, PNG or WebP image/,
      },
      {
        file: {
          name: 'evil.svg',
          buffer: Buffer.from(
            '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
          ),
        },
        said: /SVG files are not accepted/,
      },
      {
        file: { name: 'bomb.png', buffer: await bomb() },
        said: /far too many pixels/,
      },
    ];
    const dir = mkdtempSync(join(tmpdir(), 'ep-stories-'));
    for (const { file, said } of cases) {
      // From disk: the browser reads the file itself, as when a person picks one.
      const path = join(dir, file.name);
      writeFileSync(path, file.buffer);
      await editor(maria).locator('#image-file').setInputFiles(path);
      await editor(maria).getByRole('button', { name: 'Upload image' }).click();
      await expect
        .poll(() => editor(maria).locator('#upload-error').textContent(), { timeout: 30_000 })
        .toMatch(said);
      expect(await editor(maria).locator('.picked img').count(), file.name).toBe(0);
      expect(await focusedId(maria)).toMatch(/#upload-error/);
    }
    expect(await axe(maria)).toEqual([]);
    // Uploading without a description is stopped before anything is sent.
    await editor(maria).locator('#alt-sv').fill('');
    await editor(maria).getByRole('button', { name: 'Upload image' }).click();
    await expect
      .poll(() => editor(maria).locator('#upload-error').textContent())
      .toMatch(/Describe the image/);
    await expect.poll(() => focusedId(maria)).toMatch(/^input#alt-sv/);
  });

  test.skipIf(!process.env.TEST_DATABASE_URL)(
    'the database holds only the one image that was accepted (PostgreSQL)',
    () => {
      expect(storedImages('norrhamn')).toBe(1);
    },
  );

  test('a simple story is written and published with the keyboard alone', async () => {
    const maria = await person('maria@norrhamn.example');
    await maria.goto(`${server.url}/console/stories`);
    await expect.poll(() => maria.locator('ep-stories ul.stories > li').count()).toBeGreaterThan(0);
    await tabTo(maria, /^a#:New story/);
    await maria.keyboard.press('Enter');
    await maria.waitForURL(/\/console\/stories\/new$/);
    await expect.poll(() => editor(maria).locator('#title-sv').count()).toBe(1);
    await tabTo(maria, /^input#title-sv/);
    await maria.keyboard.type('Tangentbordets berättelse');
    await maria.keyboard.press('Tab');
    await maria.keyboard.type('Skriven utan mus.');
    await maria.keyboard.press('Tab');
    await maria.keyboard.type('Allt gick **bra**.');
    await tabTo(maria, /^button#:Publish/);
    await maria.keyboard.press('Enter');
    await expect.poll(() => statusText(maria)).toMatch(/The story is saved/);
    await maria.goto(`${server.url}/console/stories`);
    await expect
      .poll(() =>
        maria
          .locator('ep-stories')
          .getByRole('link', { name: 'Tangentbordets berättelse', exact: true })
          .count(),
      )
      .toBe(1);
  });

  test('axe finds nothing in the list and editor in Swedish, and 320 px does not scroll sideways', async () => {
    const maria = await person('maria@norrhamn.example', { width: 320, height: 700 });
    await maria.goto(`${server.url}/console/stories`);
    await expect.poll(() => maria.locator('ep-stories ul.stories > li').count()).toBeGreaterThan(0);
    expect(await wide(maria)).toBeLessThanOrEqual(320);
    expect(await axe(maria)).toEqual([]);
    await maria.getByLabel(/^Language$/).selectOption('sv');
    await expect.poll(() => maria.locator('ep-stories h1').textContent()).toBe('Berättelser');
    expect(await axe(maria)).toEqual([]);
    expect(await wide(maria)).toBeLessThanOrEqual(320);
    await maria.goto(`${server.url}/console/stories/${storyId}`);
    await expect.poll(() => editor(maria).locator('h1').textContent()).toBe(`Berättelse: ${title}`);
    await expect.poll(() => editor(maria).locator('.preview[lang=sv] h2').count()).toBe(1);
    expect(await wide(maria)).toBeLessThanOrEqual(320);
    expect(await axe(maria)).toEqual([]);
    await maria.goto(`${server.url}/console/stories`);
    for (const [lang, heading] of [
      ['nb', 'Historier'],
      ['fi', 'Tarinat'],
      ['en', 'Stories'],
    ] as const) {
      await maria.getByLabel(/^(Språk|Language|Kieli)$/).selectOption(lang);
      await expect.poll(() => maria.locator('ep-stories h1').textContent()).toBe(heading);
    }
  });

  test('a story changed by someone else meanwhile (412) keeps what was typed; unsaved changes ask before leaving', async () => {
    const maria = await person('maria@norrhamn.example');
    await maria.goto(`${server.url}/console/stories/${storyId}`);
    await expect.poll(() => editor(maria).locator('#summary-sv').inputValue()).not.toBe('');
    // Anna changes the story after Maria opened it.
    const anna = await person('anna@norrhamn.example');
    const changed = await anna.evaluate(async (id) => {
      const r = await fetch(`/v1/stories/${id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', 'entrypoint-org': 'norrhamn' },
        body: JSON.stringify({ summary: { sv: 'Annas sammanfattning.', en: 'Anna’s summary.' } }),
      });
      return r.status;
    }, storyId);
    expect(changed).toBe(200);

    const mine = 'Marias nya sammanfattning, skriven samtidigt.';
    await editor(maria).locator('#summary-sv').fill(mine);
    // Leaving asks first; staying keeps the text.
    const asked: string[] = [];
    maria.once('dialog', (d) => {
      asked.push(d.message());
      void d.dismiss();
    });
    await editor(maria)
      .getByRole('link', { name: /All stories/ })
      .click();
    await expect.poll(() => asked).toEqual(['You have changes that are not saved. Leave anyway?']);
    expect(await maria.evaluate(() => location.pathname)).toBe(`/console/stories/${storyId}`);

    await editor(maria).getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => editor(maria).locator('#stale').textContent())
      .toMatch(/Someone else changed this story/);
    expect(await editor(maria).locator('#summary-sv').inputValue()).toBe(mine);
    await editor(maria).getByRole('button', { name: 'Save mine over theirs' }).click();
    await expect.poll(() => statusText(maria)).toMatch(/The story is saved/);
    const story = (await (await fetch(`${server.url}/v1/stories/${storyId}`)).json()) as {
      summary: Record<string, string>;
    };
    expect(story.summary.sv).toBe(mine);
  });

  test('a handler reads the stories and is offered no way to change them', async () => {
    const johan = await person('johan@norrhamn.example');
    await johan.goto(`${server.url}/console/stories`);
    await expect.poll(() => johan.locator('ep-stories ul.stories > li').count()).toBeGreaterThan(0);
    const list = johan.locator('ep-stories');
    expect(await list.getByRole('link', { name: 'New story' }).count()).toBe(0);
    expect(await list.getByRole('button', { name: /Delete/ }).count()).toBe(0);
    expect(await list.getByRole('link', { name: /^Edit/ }).count()).toBe(0);
    expect(await list.getByText(/Editors and administrators write them/).count()).toBe(1);
    await johan.goto(`${server.url}/console/stories/${storyId}`);
    await expect.poll(() => editor(johan).locator('.mail h3').count()).toBe(1);
    expect(await editor(johan).locator('input, textarea, button[type=submit]').count()).toBe(0);
    expect(await axe(johan)).toEqual([]);
    // And the server refuses it too.
    const refused = await johan.evaluate(async (id) => {
      const r = await fetch(`/v1/stories/${id}`, {
        method: 'DELETE',
        headers: { 'entrypoint-org': 'norrhamn' },
      });
      return r.status;
    }, storyId);
    expect(refused).toBe(403);
  });

  test('a cluster’s staff write their own story, and delete one after confirming', async () => {
    const erik = await person('erik@nordicmobility.example');
    // The cluster has no stories yet: the empty state says what to do.
    await erik.goto(`${server.url}/console/stories`);
    await expect
      .poll(() => erik.locator('ep-stories').getByText('No stories yet.', { exact: false }).count())
      .toBe(1);
    // The list cannot be read (the network fails): said, with a way to try again.
    await erik.route(/\/v1\/stories\?/, (route) => route.abort());
    await erik.reload();
    await expect
      .poll(() => erik.locator('ep-stories [role=alert]').textContent())
      .toMatch(/could not be reached/);
    await erik.unroute(/\/v1\/stories\?/);
    await erik.locator('ep-stories').getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => erik.locator('ep-stories [role=alert]').count()).toBe(0);
    await openNewAs(erik);
    await editor(erik).locator('.field input[id^=title-]').first().fill('Klustrets berättelse');
    const first = (await editor(erik).locator('fieldset.lang').first().getAttribute('class'))!;
    expect(first).toContain('lang');
    const lang = (await editor(erik)
      .locator('input[id^=title-]')
      .first()
      .getAttribute('id'))!.slice(6);
    await editor(erik).locator(`#summary-${lang}`).fill('Ett kluster berättar.');
    await editor(erik).locator(`#body-${lang}`).fill('Det fungerade.');
    // A cluster links challenges of the cities it works with.
    await expect
      .poll(() => editor(erik).locator('fieldset fieldset .checks input').count())
      .toBeGreaterThan(0);
    await editor(erik).getByRole('button', { name: 'Publish' }).click();
    await expect.poll(() => statusText(erik)).toMatch(/The story is saved/);
    const id = decodeURIComponent((await erik.evaluate(() => location.pathname)).split('/').pop()!);
    const got = (await (await fetch(`${server.url}/v1/stories/${id}`)).json()) as { orgId: string };
    expect(got.orgId).toBe('nordic-mobility-cluster');

    await erik.goto(`${server.url}/console/stories`);
    const list = erik.locator('ep-stories');
    await list.getByRole('button', { name: 'Delete “Klustrets berättelse”' }).click();
    await expect.poll(() => list.locator('dialog[open]').count()).toBe(1);
    expect(await axe(erik)).toEqual([]);
    await list.locator('dialog').getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => statusText(erik)).toMatch(/is deleted/);
    expect((await fetch(`${server.url}/v1/stories/${id}`)).status).toBe(404);
  });
});

async function openNewAs(page: Page) {
  await page.goto(`${server.url}/console/stories/new`);
  await expect.poll(() => page.locator('ep-story-editor h1').textContent()).toBe('New story');
  await expect
    .poll(() => page.locator('ep-story-editor input[id^=title-]').count())
    .toBeGreaterThan(0);
}
