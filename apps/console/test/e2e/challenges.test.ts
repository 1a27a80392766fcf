/**
 * The console's challenges, for staff who are not developers: the list
 * (drafts included, submissions per challenge), the editor in every language
 * side by side with the challenge coach's hints, saving with If-Match (a
 * stale edit keeps what was typed), the preview, publishing onto the demo
 * city's public board, roles, keyboard use, axe and 320 px. Real server,
 * real Chromium (harness.ts).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
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

beforeAll(async () => {
  mail = await startSmtp();
  server = await startServer(mail.url);
  browser = await launch();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await mail?.stop();
});

const sessions = new Map<string, Awaited<ReturnType<BrowserContext['storageState']>>>();

/**
 * A signed-in page, in the console language `lang` (switched in the header).
 * Each person signs in once; later pages reuse the session cookie, as the
 * sign-in codes are rate limited per address.
 */
async function staffPage(email: string, lang = 'en', width = 1280): Promise<Page> {
  const saved = sessions.get(email);
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    ...(saved ? { storageState: saved } : {}),
  });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  if (saved) {
    await page.goto(`${server.url}/console/inbox`);
  } else {
    await signIn(page, server.url, mail, email);
    sessions.set(email, await context.storageState());
  }
  await expect.poll(() => page.locator('#lang').count()).toBe(1);
  if ((await page.locator('#lang').inputValue()) !== lang) {
    await page.locator('#lang').selectOption(lang);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
  }
  return page;
}

const heading = (page: Page, name: string | RegExp) =>
  page.getByRole('heading', { level: 1, name });

/** Hints of the coach shown now, by id. */
const hintIds = (page: Page) =>
  page
    .locator('ep-challenge-editor li.coach-hint')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-hint')));

async function noHorizontalScroll(page: Page) {
  return page.evaluate(
    () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
  );
}

/** Presses Tab until the focused element (through shadow roots) matches, like a keyboard user. */
async function tabTo(
  page: Page,
  match: (el: { id: string; text: string; tag: string }) => boolean,
  max = 250,
) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const el = await page.evaluate(() => {
      let a = document.activeElement as HTMLElement | null;
      while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement as HTMLElement;
      return { id: a?.id ?? '', text: (a?.textContent ?? '').trim(), tag: a?.tagName ?? '' };
    });
    if (match(el)) return;
  }
  throw new Error('never reached by Tab');
}

// Generous: seven builds share two cores while this runs.
describe('challenges in the console', { timeout: 180_000 }, () => {
  test('an editor writes a challenge in Swedish with the coach, adds English, previews, publishes, and it is on the city board at once', async () => {
    const page = await staffPage('maria@norrhamn.example', 'sv');
    await page.getByRole('link', { name: 'Utmaningar', exact: true }).click();
    await expect.poll(() => heading(page, 'Utmaningar').count()).toBe(1);
    // The demo's Norrhamn challenges are listed, with their submissions counted.
    await expect.poll(() => page.locator('ep-challenges li.card').count()).toBeGreaterThan(2);
    const totals = async () =>
      (await page.locator('ep-challenges li.card').allInnerTexts()).map((t) =>
        Number(/Inskickat:\s*(\d+) \(\d+ öppna\)/.exec(t)?.[1] ?? Number.NaN),
      );
    await expect.poll(async () => (await totals()).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect((await totals()).every(Number.isFinite)).toBe(true);
    expect(await page.getByText('Antalet inskickade kunde inte hämtas.').count()).toBe(0);

    await page.getByRole('link', { name: 'Ny utmaning' }).click();
    await page.waitForURL(/\/console\/challenges\/new$/);
    await expect.poll(() => heading(page, 'Ny utmaning').count()).toBe(1);

    // Written as a solution.
    await page.locator('#f-title-sv').fill('Vi vill köpa en app med AI-sensorer');
    await page
      .locator('#f-summary-sv')
      .fill('Vi vill köpa en app med AI-sensorer som räknar cyklisterna på våra cykelvägar.');
    await page
      .locator('#f-need-sv')
      .fill('Vi vill köpa en app med AI-sensorer och installera sensorer vid alla broar.');
    await expect.poll(() => hintIds(page)).toContain('solution');
    const ids = await hintIds(page);
    expect(ids).toContain('vision-horizon');
    expect(ids).toContain('opportunity-who');
    // In the console's language, with why and a good example, next to the field it is about.
    const solution = page.locator('li.coach-hint[data-hint="solution"]').first();
    expect(await solution.innerText()).toMatch(/Det här låter som en lösning/);
    expect(await solution.innerText()).toMatch(/Varför:/);
    expect(await solution.locator('summary').innerText()).toBe('Ett bra exempel');
    expect(
      await page
        .locator(
          '#set-title ~ ul.hints li[data-hint="solution"], #set-need ~ ul.hints li[data-hint="solution"]',
        )
        .count(),
    ).toBeGreaterThan(0);
    // Hints never block: saving stays possible.
    expect(await page.getByRole('button', { name: 'Spara utkastet' }).isEnabled()).toBe(true);

    // Rewritten as a need, with a horizon year and who could deliver what.
    await page.locator('#f-title-sv').fill('Trygga cykelresor i Norrhamn hela året');
    await page
      .locator('#f-summary-sv')
      .fill('Hur kan fler välja cykeln året runt? Vi behöver veta var det känns otryggt i dag.');
    await page
      .locator('#f-need-sv')
      .fill(
        'I dag cyklar för få i Norrhamn på vintern. Många tycker att cykelvägarna är mörka och hala. Vi behöver förstå var och varför det känns otryggt.',
      );
    await page.locator('#f-horizon').fill('2030');
    await page
      .locator('#f-vision-sv')
      .fill('År 2030 görs varannan resa under fem kilometer med cykel, året runt.');
    await page
      .locator('#f-opportunity-sv')
      .fill(
        'Företag och forskare som kan mäta och förbättra cykelvägarnas skick kan pröva sina idéer hos oss.',
      );
    await page.getByRole('checkbox', { name: 'En testbädd' }).check();
    await expect
      .poll(async () => {
        const now = await hintIds(page);
        return [
          'solution',
          'vision-horizon',
          'vision-measurable',
          'opportunity-who',
          'offers',
        ].filter((h) => now.includes(h));
      })
      .toEqual([]);

    // An English translation beside the Swedish: missing until written.
    await page.locator('#add-lang').selectOption('en');
    await page.getByRole('button', { name: 'Lägg till', exact: true }).click();
    await expect.poll(() => page.locator('#f-title-en').count()).toBe(1);
    expect(await page.locator('#miss-title-en').innerText()).toMatch(/Saknas på engelska/);
    await expect.poll(() => hintIds(page)).toContain('translation');
    await page.locator('#f-title-en').fill('Safe cycling in Norrhamn all year round');
    await page
      .locator('#f-summary-en')
      .fill(
        'How can more people choose the bike all year? We need to know where it feels unsafe today.',
      );
    await page
      .locator('#f-need-en')
      .fill(
        'Today too few people in Norrhamn cycle in winter. Many find the cycle paths dark and slippery. We need to understand where and why it feels unsafe.',
      );
    await page
      .locator('#f-vision-en')
      .fill('By 2030 every second trip under five kilometres is made by bike, all year.');
    await page
      .locator('#f-opportunity-en')
      .fill(
        'Companies and researchers who can measure and improve the cycle paths can try their ideas with us.',
      );
    await expect.poll(() => page.locator('#miss-title-en').count()).toBe(0);
    await expect.poll(() => hintIds(page)).not.toContain('translation');

    // Saved as a draft: the address becomes the challenge's.
    await page.getByRole('button', { name: 'Spara utkastet' }).click();
    await page.waitForURL(/\/console\/challenges\/(?!new)[a-z0-9-]+$/);
    const id = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    await expect.poll(() => page.getByText('Allt är sparat.').count()).toBe(1);

    // The preview at phone width gets the draft as written.
    await page.getByRole('button', { name: 'Visa förhandsvisningen' }).click();
    await page.getByRole('radio', { name: 'Mobil' }).check();
    const preview = await page.locator('ep-challenge-preview').evaluate((el) => {
      const p = el as unknown as {
        challenge: { id: string; title: Record<string, string>; horizonYear: number };
        width: string;
        lang: string;
      };
      return {
        width: p.width,
        lang: p.lang,
        id: p.challenge.id,
        title: p.challenge.title,
        year: p.challenge.horizonYear,
      };
    });
    expect(preview).toEqual({
      width: 'phone',
      lang: 'sv',
      id,
      title: {
        sv: 'Trygga cykelresor i Norrhamn hela året',
        en: 'Safe cycling in Norrhamn all year round',
      },
      year: 2030,
    });
    // Drawn by the real board's detail, in Swedish, in a frame a phone wide.
    const detail = page.locator('ep-challenge-preview[width=phone] #detail-title');
    await expect.poll(() => detail.innerText()).toBe('Trygga cykelresor i Norrhamn hela året');
    const screen = page.locator('ep-challenge-preview[width=phone] [data-screen]');
    expect(await screen.evaluate((el) => Math.round(el.getBoundingClientRect().width))).toBe(360);
    expect(await axe(page)).toEqual([]);

    await page.getByRole('button', { name: 'Publicera' }).click();
    await expect
      .poll(() => page.locator('ep-challenge-editor .top .badge').innerText())
      .toBe('Öppen');

    // The demo city's page: the board lists the new challenge at once (the board puts open
    // challenges with the nearest deadline first, so it is looked for with the board's search).
    const city = await page.context().newPage();
    city.setDefaultTimeout(30_000);
    await city.goto(`${server.url}/`);
    const board = city.locator('ep-challenge-board');
    await expect.poll(() => board.getByRole('searchbox').count(), { timeout: 30_000 }).toBe(1);
    await board.getByRole('searchbox').fill('cykelresor');
    await expect
      .poll(() => board.getByText('Trygga cykelresor i Norrhamn hela året').count(), {
        timeout: 30_000,
      })
      .toBeGreaterThan(0);
    await page.context().close();
  });

  test('two people edit one challenge: the second save says so clearly, keeps the text, and puts it on the other version on request', async () => {
    const id = 'norrhamn-mindre-matsvinn-i-skolan';
    const first = await staffPage('anna@norrhamn.example');
    const second = await staffPage('maria@norrhamn.example');
    for (const p of [first, second]) {
      await p.goto(`${server.url}/console/challenges/${id}`);
      await expect.poll(() => heading(p, 'Edit the challenge').count()).toBe(1);
      await expect.poll(() => p.locator('#f-summary-sv').count()).toBe(1);
    }
    const theirSummary = 'Mindre mat ska slängas i skolans kök och matsal.';
    await first.locator('#f-summary-sv').fill(theirSummary);
    await first.getByRole('button', { name: /^Save/ }).click();
    await expect.poll(() => first.getByText('Everything is saved.').count()).toBe(1);

    const myNeed = 'Maria skrev detta behov medan Anna sparade sin ändring.';
    await second.locator('#f-need-sv').fill(myNeed);
    await second.getByRole('button', { name: /^Save/ }).click();
    const stale = second.locator('#stale');
    await expect.poll(() => stale.count()).toBe(1);
    expect(await stale.innerText()).toMatch(
      /Someone else saved this challenge after you opened it/,
    );
    // Nothing typed is lost.
    expect(await second.locator('#f-need-sv').inputValue()).toBe(myNeed);
    expect(await axe(second)).toEqual([]);

    await second.getByRole('button', { name: 'Show their version beside yours' }).click();
    await expect
      .poll(() => second.locator('#stale section.diff[data-field="summary"]').count())
      .toBe(1);
    expect(await second.locator('#stale section.diff[data-field="summary"]').innerText()).toContain(
      theirSummary,
    );
    await second.getByRole('button', { name: 'Put my changes on their version and save' }).click();
    await expect.poll(() => second.locator('#stale').count()).toBe(0);
    await expect.poll(() => second.getByText('Everything is saved.').count()).toBe(1);
    // Both changes are kept: theirs in the summary, mine in the need.
    const saved = await second.evaluate(async (path) => {
      const r = await fetch(path, { headers: { 'Entrypoint-Org': 'norrhamn' } });
      return (await r.json()) as { summary: Record<string, string>; need: Record<string, string> };
    }, `/v1/challenges/${id}`);
    expect(saved.summary.sv).toBe(theirSummary);
    expect(saved.need.sv).toBe(myNeed);
    await first.context().close();
    await second.context().close();
  });

  test('plain-words problems before saving; duplicate opens a copy as a new draft; publish, back to draft and delete, each destructive step confirmed', async () => {
    const page = await staffPage('maria@norrhamn.example');
    // Saving what the API would refuse: each problem in plain words, linking to its field.
    await page.goto(`${server.url}/console/challenges/new`);
    await expect.poll(() => page.locator('#f-title-sv').count()).toBe(1);
    await page.locator('#f-title-sv').fill('Bara en rubrik');
    await page.locator('#f-contact-email').fill('inte-en-adress');
    await page.getByRole('button', { name: 'Save the draft' }).click();
    const problems = page.locator('#problems');
    await expect.poll(() => problems.count()).toBe(1);
    const said = await problems.innerText();
    expect(said).toMatch(/Summary: write it in at least one language/);
    expect(said).toMatch(/By which year: a year between 2000 and 2100/);
    expect(said).toMatch(/Contact: both a name and an e-mail address are needed/);
    expect(said).not.toMatch(/Title:/);
    expect(page.url()).toMatch(/\/challenges\/new$/);
    expect(await axe(page)).toEqual([]);
    await problems.getByRole('link', { name: /By which year/ }).click();
    expect(
      await page.evaluate(() => {
        let a = document.activeElement as HTMLElement | null;
        while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement as HTMLElement;
        return a?.id;
      }),
    ).toBe('f-horizon');
    // Leaving this unsaved draft: asked, and left.
    await page.getByRole('link', { name: 'All challenges' }).click();
    await page
      .getByRole('dialog', { name: 'Leave without saving?' })
      .getByRole('button', { name: 'Leave without saving' })
      .click();
    await page.waitForURL(/\/console\/challenges$/);

    await expect.poll(() => page.locator('ep-challenges li.card').count()).toBeGreaterThan(0);
    await page.getByRole('link', { name: /^Duplicate “Sustainable public transport/ }).click();
    await page.waitForURL(/\/challenges\/new\?from=norrhamn-hallbar-kollektivtrafik-2035$/);
    await expect
      .poll(() => page.getByText(/^A copy of “Sustainable public transport/).count())
      .toBe(1);
    expect(await page.locator('#f-title-sv').inputValue()).toMatch(/Hållbar kollektivtrafik/);
    await page.getByRole('button', { name: 'Save the draft' }).click();
    await page.waitForURL(/\/console\/challenges\/(?!new)[^/?]+$/);
    const id = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    expect(id).not.toBe('norrhamn-hallbar-kollektivtrafik-2035');
    const badge = page.locator('ep-challenge-editor .top .badge');
    await expect.poll(() => badge.innerText()).toBe('Draft');

    await page.getByRole('button', { name: 'Publish' }).click();
    await expect.poll(() => badge.innerText()).toBe('Open');
    // The moves out of a status: every other one, once, never the current one.
    const moves = page.getByRole('group', { name: 'Status' }).getByRole('button');
    expect(await moves.allInnerTexts()).toEqual([
      'Save',
      'Back to draft',
      'Close',
      'Mark as solved',
      'Move to: In dialogue',
      'Move to: In procurement',
    ]);
    await page.getByRole('button', { name: 'Move to: In dialogue' }).click();
    await expect.poll(() => badge.innerText()).toBe('In dialogue');
    expect(await moves.allInnerTexts()).toEqual([
      'Save',
      'Back to draft',
      'Close',
      'Mark as solved',
      'Open',
      'Move to: In procurement',
    ]);
    await page
      .getByRole('group', { name: 'Status' })
      .getByRole('button', { name: 'Open', exact: true })
      .click();
    await expect.poll(() => badge.innerText()).toBe('Open');
    // Back to draft asks first; Cancel changes nothing.
    await page.getByRole('button', { name: 'Back to draft' }).click();
    const back = page.getByRole('dialog', { name: 'Take the challenge back to draft?' });
    await expect.poll(() => back.isVisible()).toBe(true);
    expect(await axe(page)).toEqual([]);
    await back.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => back.isVisible()).toBe(false);
    expect(await badge.innerText()).toBe('Open');
    await page.getByRole('button', { name: 'Back to draft' }).click();
    await back.getByRole('button', { name: 'Back to draft' }).click();
    await expect.poll(() => badge.innerText()).toBe('Draft');

    await page.getByRole('button', { name: 'Delete the draft' }).click();
    const del = page.getByRole('dialog', { name: 'Delete this draft?' });
    await del.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.waitForURL(/\/console\/challenges$/);
    await expect.poll(() => page.locator('ep-challenges li.card').count()).toBeGreaterThan(0);
    expect(
      await page
        .locator(`ep-challenges a[href="/console/challenges/${encodeURIComponent(id)}"]`)
        .count(),
    ).toBe(0);
    await page.context().close();
  });

  test('a challenge is created with the keyboard alone; leaving with unsaved changes asks first', async () => {
    const page = await staffPage('maria@norrhamn.example');
    await page.goto(`${server.url}/console/challenges`);
    await expect.poll(() => heading(page, 'Challenges').count()).toBe(1);
    await tabTo(page, (el) => el.text === 'New challenge');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/challenges\/new$/);
    await expect.poll(() => page.locator('#f-title-sv').count()).toBe(1);
    const typeInto = async (id: string, words: string) => {
      await tabTo(page, (el) => el.id === id);
      await page.keyboard.type(words);
    };
    await typeInto('f-title-sv', 'Tysta gator på natten');
    await typeInto('f-summary-sv', 'Hur kan nattens trafik störa färre?');
    await typeInto('f-need-sv', 'I dag störs många av buller på natten.');

    // Leaving now asks first; staying keeps the text.
    await tabTo(page, (el) => el.text === 'All challenges', 400).catch(async () => {
      await page.keyboard.press('Shift+Tab');
    });
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Leave without saving?' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await axe(page)).toEqual([]);
    await page.keyboard.press('Enter'); // "Stay" has the focus
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(page.url()).toMatch(/\/challenges\/new$/);
    expect(await page.locator('#f-title-sv').inputValue()).toBe('Tysta gator på natten');
    // Back (which asks nothing) and forward again: the words are put back, marked unsaved.
    await page.goBack();
    await expect.poll(() => heading(page, 'Challenges').count()).toBe(1);
    await page.goForward();
    await expect
      .poll(() => page.getByText(/Your unsaved changes from before are back/).count())
      .toBe(1);
    expect(await page.locator('#f-title-sv').inputValue()).toBe('Tysta gator på natten');
    expect(await page.locator('#f-need-sv').inputValue()).toBe(
      'I dag störs många av buller på natten.',
    );

    await typeInto('f-horizon', '2032');
    await typeInto('f-vision-sv', 'År 2032 sover alla ostört.');
    await typeInto('f-opportunity-sv', 'Företag som mäter buller.');
    await tabTo(page, (el) => el.text === 'Save the draft');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/console\/challenges\/tysta-gator/);
    await expect.poll(() => page.getByText('Everything is saved.').count()).toBe(1);
    await page.context().close();
  });

  test('the list and the editor: no axe violations in English, Finnish and Norwegian, nothing wider than 320 px; Swedish filters by status', async () => {
    for (const [lang, listTitle, editTitle] of [
      ['en', 'Challenges', 'Edit the challenge'],
      ['fi', 'Haasteet', 'Muokkaa haastetta'],
      ['nb', 'Utfordringer', 'Rediger utfordringen'],
    ] as const) {
      const page = await staffPage('maria@norrhamn.example', lang, 320);
      await page.goto(`${server.url}/console/challenges`);
      await expect.poll(() => heading(page, listTitle).count()).toBe(1);
      await expect.poll(() => page.locator('ep-challenges li.card').count()).toBeGreaterThan(0);
      expect(await axe(page), `${lang} list`).toEqual([]);
      expect(await noHorizontalScroll(page), `${lang} list`).toBe(true);
      await page.locator('ep-challenges li.card a').first().click();
      await expect.poll(() => heading(page, editTitle).count()).toBe(1);
      await expect.poll(() => page.locator('li.coach-hint').count()).toBeGreaterThan(0);
      await page.locator('li.coach-hint details summary').first().click();
      expect(await axe(page), `${lang} editor`).toEqual([]);
      expect(await noHorizontalScroll(page), `${lang} editor`).toBe(true);
      await page.context().close();
    }
    // Swedish: the list's heading.
    const sv = await staffPage('maria@norrhamn.example', 'sv');
    await sv.goto(`${server.url}/console/challenges?status=draft`);
    await expect.poll(() => heading(sv, 'Utmaningar').count()).toBe(1);
    expect(await sv.locator('#status').inputValue()).toBe('draft');
    await sv.context().close();
  });

  test('empty, failing and recovering: a cluster without challenges, the list when the API fails, the coach when it cannot be reached', async () => {
    // A cluster's admin: no challenges yet, and the way to write one.
    const cluster = await staffPage('erik@nordicmobility.example');
    await cluster.goto(`${server.url}/console/challenges`);
    await expect
      .poll(() => cluster.getByText('Your organisation has no challenges yet.').count())
      .toBe(1);
    expect(await cluster.getByRole('link', { name: 'New challenge' }).count()).toBe(1);
    expect(await axe(cluster)).toEqual([]);
    await cluster.context().close();

    // The list's call fails (the network answers 503): a clear message, and Try again works.
    const page = await staffPage('maria@norrhamn.example');
    await page.route('**/v1/challenges?**', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/problem+json',
        body: JSON.stringify({ type: 'about:blank', title: 'Unavailable', status: 503 }),
      }),
    );
    await page.goto(`${server.url}/console/challenges`);
    const alert = page.locator('ep-challenges [role="alert"]');
    await expect.poll(() => alert.count()).toBe(1);
    expect(await alert.innerText()).toMatch(/The challenges could not be loaded/);
    expect(await axe(page)).toEqual([]);
    await page.unroute('**/v1/challenges?**');
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => page.locator('ep-challenges li.card').count()).toBeGreaterThan(0);

    // The coach cannot be reached: it says so, and saving still works.
    await page.route('**/v1/coach/challenge**', (route) => route.abort());
    await page.goto(`${server.url}/console/challenges/norrhamn-trygg-hemma`);
    await expect
      .poll(() =>
        page.getByText('The coach could not be reached just now. You can still save.').count(),
      )
      .toBe(1);
    await page.locator('#f-summary-sv').fill('Hur kan äldre bo kvar hemma längre, tryggt?');
    await page.getByRole('button', { name: /^Save/ }).click();
    await expect.poll(() => page.getByText('Everything is saved.').count()).toBe(1);
    await page.context().close();
  });

  test('a handler reads the challenges without edit controls, and the server refuses their writes', async () => {
    const page = await staffPage('johan@norrhamn.example');
    await page.goto(`${server.url}/console/challenges`);
    await expect.poll(() => heading(page, 'Challenges').count()).toBe(1);
    await expect.poll(() => page.locator('ep-challenges li.card').count()).toBeGreaterThan(0);
    expect(await page.getByRole('link', { name: 'New challenge' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: /^(Edit|Duplicate)/ }).count()).toBe(0);
    expect(await page.getByText(/Only admins and editors create and change them/).count()).toBe(1);
    expect(await axe(page)).toEqual([]);

    await page.locator('ep-challenges li.card h2 a').first().click();
    await expect
      .poll(() => page.getByText(/Only admins and editors change challenges/).count())
      .toBe(1);
    expect(
      await page.locator('ep-challenge-editor input, ep-challenge-editor textarea').count(),
    ).toBe(0);
    expect(await page.getByRole('button', { name: /Save|Publish|Delete/ }).count()).toBe(0);

    await page.goto(`${server.url}/console/challenges/new`);
    await expect
      .poll(() => page.getByText('Only admins and editors create challenges.').count())
      .toBe(1);

    const status = await page.evaluate(async () => {
      const r = await fetch('/v1/challenges/norrhamn-trygg-hemma', {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', 'Entrypoint-Org': 'norrhamn' },
        body: JSON.stringify({ status: 'closed' }),
      });
      return r.status;
    });
    expect(status).toBe(403);
    await page.context().close();
  });
});
