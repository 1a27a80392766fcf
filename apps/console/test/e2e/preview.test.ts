/**
 * The editor's components on a console page (the door openers' view, which
 * does not load the editor's chunk; mounted by harness-preview.ts with the
 * view's own ConsoleContext; test/e2e/challenges.test.ts uses them in the
 * editor itself): the
 * code picker (NUTS and CPV picked by name with the keyboard alone), the
 * preview (the real board's detail at phone and desktop width), and share
 * links (made, opened in a browser without a session, withdrawn). Against
 * the real server with the demo (Maria is Norrhamn's editor, Johan its
 * handler), in Chromium; axe, 320 px, four languages.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  axe,
  launch,
  signIn,
  startServer,
  startSmtp,
  type Mailbox,
  type RunningServer,
} from './harness.js';
import {
  buildComponentsFixture,
  mountComponents,
  removeComponentsFixture,
} from './harness-preview.js';
// Types only (window.epComponents); the module itself runs in the page.
import type {} from './fixtures/preview-mount.js';

let mail: Mailbox;
let server: RunningServer;
let browser: Browser;
let script: string;

beforeAll(async () => {
  script = await buildComponentsFixture();
  mail = await startSmtp();
  server = await startServer(mail.url);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await mail?.stop();
  await removeComponentsFixture();
});

const TITLE = 'Quiet electric night buses';

const draftInput = {
  title: { en: TITLE, sv: 'Tysta eldrivna nattbussar' },
  summary: { en: 'Night buses that do not wake the town.' },
  need: { en: 'People who work at night need to get home.' },
  vision: { en: 'Every night bus is electric and quiet by 2030.' },
  horizonYear: 2030,
  opportunity: { en: 'Bus makers and operators.' },
  themes: ['mobility'],
  status: 'draft',
};

async function signedIn(email: string, width = 1280): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await signIn(page, server.url, mail, email);
  return page;
}

/** A draft of Norrhamn's, made with the page's own session (as the editor would save it). */
async function makeDraft(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(async (input) => {
    const res = await fetch('/v1/challenges', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'entrypoint-org': 'norrhamn' },
      body: JSON.stringify(input),
    });
    if (res.status !== 201) throw new Error(`POST /v1/challenges: ${res.status}`);
    return (await res.json()) as Record<string, unknown>;
  }, draftInput);
}

const picked = (page: Page, kind: 'nuts' | 'cpv') =>
  page.evaluate((k) => window.epComponents.mounted!.picked[k]!.at(-1) ?? [], kind);

describe('the editor’s components', () => {
  let page: Page;
  let draft: Record<string, unknown>;

  beforeAll(async () => {
    page = await signedIn('maria@norrhamn.example');
    draft = await makeDraft(page);
    // A view that does not load the editor's chunk (which defines the same elements).
    await page.goto(`${server.url}/console/doors`);
    await page.waitForSelector('ep-doors');
    await mountComponents(page, script, { challenge: draft, challengeId: draft.id as string });
  });

  test('picks a NUTS region and two CPV codes by name with the keyboard alone', async () => {
    const region = page.getByRole('combobox', { name: 'Region' });
    await region.focus();
    await page.keyboard.type('västerbott');
    const list = page.getByRole('listbox', { name: 'Region' });
    await expect.poll(() => list.getByRole('option').count()).toBe(1);
    await expect.poll(() => region.getAttribute('aria-expanded')).toBe('true');
    expect(await list.getByRole('option').first().innerText()).toMatch(/Västerbottens län\s+SE331/);
    await page.keyboard.press('ArrowDown');
    const active = await region.getAttribute('aria-activedescendant');
    expect(active).toBeTruthy();
    expect(await list.getByRole('option', { selected: true }).innerText()).toMatch(/Västerbottens/);
    await page.keyboard.press('Enter');
    expect(await picked(page, 'nuts')).toEqual(['SE331']);
    expect(await region.getAttribute('aria-expanded')).toBe('false');
    expect(await region.inputValue()).toBe('');
    await expect
      .poll(() => page.getByRole('list', { name: 'Chosen: Region' }).innerText())
      .toMatch(/Västerbottens län \(SE331\)/);

    // One region: picking another replaces it; Escape closes the list first.
    await page.keyboard.type('SE22');
    await expect.poll(() => list.getByRole('option').count()).toBeGreaterThan(1);
    await page.keyboard.press('Escape');
    expect(await region.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Escape');
    expect(await region.inputValue()).toBe('');
    await page.keyboard.type('skåne');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await picked(page, 'nuts')).toEqual(['SE224']);

    // CPV, several, by their English names (the console is in English).
    await page.keyboard.press('Tab');
    const cpv = page.getByRole('combobox', { name: 'CPV codes' });
    await expect.poll(() => cpv.evaluate((e) => e.matches(':focus'))).toBe(true);
    await page.keyboard.type('electric buses');
    const cpvList = page.getByRole('listbox', { name: 'CPV codes' });
    await expect
      .poll(() => cpvList.getByRole('option').first().innerText())
      .toMatch(/Electric buses\s+34144910/);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.keyboard.type('snow clearing');
    await expect
      .poll(() => cpvList.getByRole('option').first().innerText())
      .toMatch(/Snow-clearing services\s+90620000/);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await picked(page, 'cpv')).toEqual(['34144910', '90620000']);
    // A code typed from its start finds it too.
    await page.keyboard.type('3414491');
    await expect.poll(() => cpvList.getByRole('option').first().innerText()).toMatch(/34144910/);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');

    // Remove a chip with the keyboard: its button, then focus is back in the field.
    const remove = page.getByRole('button', { name: /Remove Snow-clearing services/ });
    await remove.focus();
    await page.keyboard.press('Enter');
    expect(await picked(page, 'cpv')).toEqual(['34144910']);
    await expect.poll(() => cpv.evaluate((e) => e.matches(':focus'))).toBe(true);
    await page.keyboard.type('snow clearing');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await picked(page, 'cpv')).toEqual(['34144910', '90620000']);
    expect(await axe(page)).toEqual([]);
  });

  test('previews the draft, unsaved changes included, at phone and desktop width', async () => {
    const edited = { ...draft, title: { en: `${TITLE} (edited)` }, region: 'SE224' };
    await page.evaluate((c) => window.epComponents.mounted!.setChallenge(c), edited);
    for (const [width, px] of [
      ['phone', 360],
      ['desktop', 1024],
    ] as const) {
      const preview = page.locator(`ep-challenge-preview[width=${width}]`);
      const heading = preview.locator('ep-challenge-board-preview #detail-title');
      await expect.poll(() => heading.innerText()).toBe(`${TITLE} (edited)`);
      // The board's own detail, at that width.
      expect(await preview.locator('ep-challenge-board-preview [part=detail]').count()).toBe(1);
      const screen = await preview.locator('[data-screen]').boundingBox();
      expect(Math.round(screen!.width)).toBe(px);
      const board = await preview.locator('ep-challenge-board-preview').boundingBox();
      expect(board!.width).toBeLessThanOrEqual(px);
      expect(board!.width).toBeGreaterThan(px - 60);
      expect(await preview.getByRole('region', { name: `Preview at ${width} width` }).count()).toBe(
        1,
      );
    }
    expect(await axe(page)).toEqual([]);
  });

  test('makes a share link that a browser without a session opens, and withdraws it', async () => {
    const share = page.locator('ep-draft-share');
    await expect.poll(() => share.getByText('No links made yet.').count()).toBe(1);
    // Keyboard: the number of days, then the button.
    await share.getByLabel('The link works for').focus();
    await page.keyboard.press('ArrowUp'); // 7 → 3 days
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const field = share.getByLabel('Link', { exact: true });
    await expect.poll(() => field.inputValue()).toMatch(/\/preview\/[\w-]{40,}$/);
    const url = await field.inputValue();
    expect(await share.locator('li[data-state=active]').count()).toBe(1);
    expect(await axe(page)).toEqual([]);

    const stranger = await browser.newContext({ viewport: { width: 390, height: 800 } });
    const outside = await stranger.newPage();
    const res = await outside.goto(url);
    expect(res!.status()).toBe(200);
    expect(res!.headers()['referrer-policy']).toBe('no-referrer');
    const heading = outside.locator('ep-challenge-board #detail-title');
    await expect.poll(() => heading.innerText(), { timeout: 20_000 }).toBe(TITLE);
    expect(await outside.getByRole('note').innerText()).toMatch(/not published/);
    expect(await axe(outside)).toEqual([]);

    // Withdrawn: the page says so, and the draft is not shown.
    await share.getByRole('button', { name: /^Withdraw the link made/ }).click();
    await expect.poll(() => share.locator('li[data-state=revoked]').count()).toBe(1);
    expect(await share.getByLabel('Link', { exact: true }).count()).toBe(0);
    const gone = await outside.goto(url);
    expect(gone!.status()).toBe(410);
    expect(await outside.getByRole('heading', { level: 1 }).innerText()).toMatch(/no longer works/);
    expect(await outside.content()).not.toContain(TITLE);
    await stranger.close();
  });

  test('speaks English, Swedish, Norwegian and Finnish', async () => {
    const headings = {
      sv: 'Dela en länk till förhandsvisningen',
      nb: 'Del en lenke til forhåndsvisningen',
      fi: 'Jaa esikatselulinkki',
      en: 'Share a preview link',
    } as const;
    for (const [lang, heading] of Object.entries(headings)) {
      await page.evaluate((l) => window.epComponents.mounted!.setLanguage(l as 'sv'), lang);
      await expect.poll(() => page.locator('ep-draft-share h2').innerText()).toBe(heading);
    }
    // Swedish CPV names in Swedish; Norwegian gets the English ones, and is told why.
    // Without mounting again: the picker loads the names of the new language.
    await page.evaluate(() => window.epComponents.mounted!.setLanguage('sv'));
    const cpv = page.getByRole('combobox', { name: 'CPV codes' });
    await cpv.focus();
    await page.keyboard.type('elbussar');
    const list = page.getByRole('listbox', { name: 'CPV codes' });
    await expect
      .poll(() => list.getByRole('option').first().innerText())
      .toMatch(/Elbussar\s+34144910/);
    await page.keyboard.press('Escape');
    await page.evaluate(() => window.epComponents.mounted!.setLanguage('nb'));
    await mountComponents(page, script, { challenge: draft, challengeId: draft.id as string });
    expect(await page.getByText(/CPV-navnene står på engelsk/).count()).toBe(1);
    await page.evaluate(() => window.epComponents.mounted!.setLanguage('en'));
  });

  test('says when there is nothing to preview, nothing matches, or the links cannot be loaded', async () => {
    await mountComponents(page, script, {
      challenge: { ...draft, title: {} },
      challengeId: 'no-such-challenge',
    });
    const phone = page.locator('ep-challenge-preview[width=phone]');
    await expect.poll(() => phone.getByText(/Nothing to preview yet/).count()).toBe(1);
    await expect
      .poll(() => page.locator('ep-draft-share [role=alert]').innerText())
      .toMatch(/The links could not be loaded/);
    expect(
      await page.locator('ep-draft-share').getByRole('button', { name: 'Try again' }).count(),
    ).toBe(1);
    const region = page.getByRole('combobox', { name: 'Region' });
    await region.focus();
    await page.keyboard.type('zzzz');
    await expect
      .poll(() => page.locator('ep-code-picker').first().locator('[role=status]').innerText())
      .toMatch(/No matches/);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    // A challenge not saved yet has no link to share.
    await mountComponents(page, script, { challenge: draft, challengeId: '' });
    await expect
      .poll(() =>
        page
          .locator('ep-draft-share')
          .getByText(/Save the challenge first/)
          .count(),
      )
      .toBe(1);
    expect(await axe(page)).toEqual([]);
  });

  test('fits 320 px without scrolling the page sideways', async () => {
    const narrow = await signedIn('maria@norrhamn.example', 320);
    await narrow.goto(`${server.url}/console/doors`);
    await narrow.waitForSelector('ep-doors');
    await mountComponents(narrow, script, { challenge: draft, challengeId: draft.id as string });
    await expect
      .poll(() => narrow.locator('ep-challenge-preview[width=phone] #detail-title').count())
      .toBe(1);
    const overflow = await narrow.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await axe(narrow)).toEqual([]);
    await narrow.context().close();
  });

  test('offers a handler no share links (and the server refuses them too)', async () => {
    const johan = await signedIn('johan@norrhamn.example');
    await mountComponents(johan, script, { challenge: draft, challengeId: draft.id as string });
    const share = johan.locator('ep-draft-share');
    await expect.poll(() => share.getByText(/Only editors and admins/).count()).toBe(1);
    expect(await share.getByRole('button', { name: 'Make a link' }).count()).toBe(0);
    const status = await johan.evaluate(
      async (id) =>
        (
          await fetch(`/v1/challenges/${id}/shares`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'entrypoint-org': 'norrhamn' },
            body: '{}',
          })
        ).status,
      draft.id as string,
    );
    expect(status).toBe(403);
    await johan.context().close();
  });
});
