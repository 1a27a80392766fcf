// <ep-entry-form> through the embed against the real server, in Chromium and
// Firefox ESR: the schema's errors, the draft across a reload, a submission
// whose answer is lost stored once, the keyboard alone, Swedish. Every state
// and branch is in test/component/entry-form.test.ts.
import type { List, Submission, SubmissionReceipt } from '@entrypoint/sdk';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { admin, adminKey, serverUrl } from './browser.js';
import {
  attrs,
  axe,
  BROWSERS,
  click,
  count,
  fill,
  focusedIn,
  intercept,
  fresh,
  launch,
  mouseClick,
  waitFor,
  openHost,
  select,
  text,
} from './driver.js';

const FORM = `<ep-entry-form org="norrhamn" privacy-url="https://norrhamn.example/privacy"></ep-entry-form>`;
const SUBMIT = 'ep-entry-form >>> button[part=submit]';

describe.each(BROWSERS)('<ep-entry-form> in %s', (name) => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launch(name);
    adminKey(); // made once up front: the admin CLI takes a few seconds
  });
  afterAll(() => browser?.close());
  beforeEach(async () => {
    page = await fresh(browser);
  });
  afterEach(() => page?.close());

  const field = (id: string) => `ep-entry-form >>> #${id}`;
  const focusedId = () => focusedIn(page, 'ep-entry-form');

  /** The error text a field points at with aria-describedby, or null when it is valid. */
  const errorOf = (id: string): Promise<string | null> =>
    page.evaluate((id) => {
      const root = document.querySelector('ep-entry-form')!.shadowRoot!;
      const el = root.getElementById(id) as HTMLInputElement;
      const target = el.type === 'radio' ? el.closest('fieldset')! : el;
      if (el.getAttribute('aria-invalid') !== 'true') return null;
      const ids = (target.getAttribute('aria-describedby') ?? '').split(/\s+/);
      const error = ids
        .map((i) => root.getElementById(i))
        .find((e) => e?.classList.contains('field-error'));
      return error?.textContent ?? '';
    }, id);

  async function fillValid(title: string) {
    await click(page, field('f-kind-1'));
    await fill(page, field('f-title'), title);
    await fill(page, field('f-description'), 'Shore power units that stand Arctic winters.');
    await fill(page, field('f-company-name'), 'Polar Grid AB');
    await select(page, field('f-company-country'), 'SE');
    await select(page, field('f-company-size'), 'small');
    await fill(page, field('f-contact-name'), 'Ada Testsson');
    await fill(page, field('f-contact-email'), 'ada@polargrid.example');
    await click(page, field('f-consent-privacy'));
  }

  test('shows an error on each bad field, tied to it, with a summary and focus on the first', async () => {
    await openHost(page, FORM);
    await click(page, SUBMIT);
    const required: Record<string, string> = {
      'f-kind-0': 'Choose what you want to send',
      'f-title': 'Give a title of at least 3 characters',
      'f-description': 'Describe your idea in at least 10 characters',
      'f-company-name': 'Give the company name',
      'f-company-country': 'Choose the country',
      'f-company-size': 'Choose the company size',
      'f-contact-name': 'Give your name',
      'f-contact-email': 'Give an email address such as name@example.com',
      'f-consent-privacy': 'Confirm that you have read the privacy notice',
    };
    await expect.poll(() => errorOf('f-title')).not.toBeNull();
    for (const [id, message] of Object.entries(required))
      expect(await errorOf(id), id).toBe(message);
    expect(await errorOf('f-company-orgNumber')).toBeNull();
    await expect.poll(focusedId).toBe('f-kind-0');
    expect(await text(page, 'ep-entry-form >>> [part=error-summary] h3')).toBe(
      'There are 9 problems to fix',
    );
    expect(await axe(page)).toEqual([]);

    // Values of the wrong form are refused by the same schema, field by field.
    await fillValid('ab');
    await fill(page, field('f-contact-phone'), 'call me maybe');
    await click(page, SUBMIT);
    await expect.poll(() => errorOf('f-contact-phone')).toBe('Use digits, spaces and + ( ) - only');
    expect(await errorOf('f-title')).toBe('Give a title of at least 3 characters');
    expect(await errorOf('f-company-name')).toBeNull();
    await expect.poll(focusedId).toBe('f-title');
  });

  test('keeps the draft across a reload', async () => {
    await openHost(page, FORM);
    await fill(page, field('f-title'), 'Draft that must survive');
    await click(page, field('f-kind-2'));
    await page.reload();
    await waitFor(page, field('f-title'));
    await expect
      .poll(() => page.$eval(field('f-title'), (e) => (e as HTMLInputElement).value))
      .toBe('Draft that must survive');
    expect(await page.$eval(field('f-kind-2'), (e) => (e as HTMLInputElement).checked)).toBe(true);
  });

  test('a submission whose answer is lost on the wire is stored exactly once', async () => {
    const title = `Dropped once ${name} ${Date.now()}`;
    const keys: string[] = [];
    let first: SubmissionReceipt | undefined;
    await intercept(page, async (request) => {
      if (request.url() !== `${serverUrl}/v1/submissions` || request.method() !== 'POST')
        return false;
      keys.push(request.headers()['idempotency-key'] ?? '');
      if (keys.length > 1) return false;
      // The server receives and stores it; the answer is lost on the way back.
      const headers = Object.entries(request.headers()).filter(
        ([k]) => !/^(:|host$|connection$|content-length$|keep-alive$|transfer-encoding$)/i.test(k),
      );
      const response = await fetch(request.url(), {
        method: 'POST',
        headers: Object.fromEntries(headers),
        body: (await request.fetchPostData()) ?? null,
      });
      first = (await response.json()) as SubmissionReceipt;
      await request.abort('connectionreset');
      return true;
    });
    await openHost(
      page,
      FORM.replace('<ep-entry-form ', '<ep-entry-form via="nordic-mobility-cluster" '),
    );
    await fillValid(title);
    await click(page, SUBMIT);
    // The client retries a keyed POST by itself; if it gives up, the person presses "Try again".
    await expect
      .poll(
        async () => {
          if (await count(page, 'ep-entry-form >>> [part=reference]')) return 'done';
          if ((await text(page, SUBMIT)) === 'Try again') await click(page, SUBMIT);
          return 'waiting';
        },
        { timeout: 20_000 },
      )
      .toBe('done');
    expect(first?.reference).toMatch(/^[A-Z0-9]+-\d{4}-\d+$/);
    expect(await text(page, 'ep-entry-form >>> [part=reference]')).toBe(first!.reference);
    expect(keys.length).toBeGreaterThanOrEqual(2);
    expect(new Set(keys).size).toBe(1);

    const inbox = await admin<List<Submission>>('submissions?limit=100');
    const stored = inbox.data.filter((s) => s.title === title);
    expect(stored).toHaveLength(1);
    expect(stored[0]!.via).toBe('nordic-mobility-cluster');
    expect(await page.evaluate(() => localStorage.getItem('ep-entry-form:norrhamn:-'))).toBeNull();
    await expect.poll(focusedId).toBe('done');
    expect(await axe(page)).toEqual([]);
  }, 60_000);

  test('can be filled in and sent with the keyboard alone, past the hidden honeypot', async () => {
    await openHost(page, FORM);
    await waitFor(page, field('f-title'));
    expect(await attrs(page, field('f-hp'), 'tabindex')).toEqual(['-1']);
    const visited: string[] = [];
    const tab = async (times = 1) => {
      for (let i = 0; i < times; i++) {
        await page.keyboard.press('Tab');
        visited.push(await focusedId());
      }
    };
    await mouseClick(page, 'h1');
    await tab();
    expect(visited.at(-1)).toBe('f-kind-0');
    await page.keyboard.press('ArrowDown'); // a proposal
    await tab();
    expect(visited.at(-1)).toBe('f-title');
    await page.keyboard.type('Sent by keyboard');
    await tab();
    await page.keyboard.type('Everything in this form was reached with Tab and typed.');
    await tab();
    await page.keyboard.type('Keyboard Oy');
    await tab(2); // organisation number, country
    expect(visited.at(-1)).toBe('f-company-country');
    await page.keyboard.press('ArrowDown'); // the first country: Sweden
    await tab();
    await page.keyboard.press('ArrowDown'); // micro
    await tab(3); // website, maturity, contact name
    expect(visited.at(-1)).toBe('f-contact-name');
    await page.keyboard.type('Kim Keys');
    await tab();
    await page.keyboard.type('kim@keyboard.example');
    await tab(4); // phone, confidential, privacy link, consent
    expect(visited.at(-1)).toBe('f-consent-privacy');
    await page.keyboard.press(' ');
    await tab(2); // newsletter, send
    expect(
      await page.evaluate(() =>
        document.querySelector('ep-entry-form')?.shadowRoot?.activeElement?.getAttribute('part'),
      ),
    ).toBe('submit');
    await page.keyboard.press('Enter');
    await expect.poll(focusedId, { timeout: 20_000 }).toBe('done');
    expect(visited).not.toContain('f-hp');
    expect(await text(page, 'ep-entry-form >>> [part=reference]')).toMatch(/-\d{4}-/);
  });

  test('loads its check when first touched; when that fails, sending says so, and the retry loads it and sends', async () => {
    const sendCode: string[] = [];
    const posts: string[] = [];
    // The chunk with the form's check fails twice (404), as from a host that lost it for a while.
    await intercept(page, async (request) => {
      if (request.method() === 'POST' && request.url().includes('/v1/submissions'))
        posts.push(request.url());
      if (!request.url().includes('/chunks/form-send-')) return false;
      sendCode.push(new URL(request.url()).search);
      if (sendCode.length > 2) return false;
      await request.respond({ status: 404, contentType: 'text/plain', body: 'Not found' });
      return true;
    });
    await openHost(page, FORM);
    await waitFor(page, field('f-title'));
    await new Promise((r) => setTimeout(r, 300));
    expect(sendCode).toEqual([]);
    // The first touch asks for it (and its failure shows nothing).
    await page.focus(field('f-title'));
    await expect.poll(() => sendCode).toEqual(['']);
    await fillValid('Sent after the check came');
    expect(await count(page, 'ep-entry-form >>> #send-error')).toBe(0);
    // Sending asks again, under another address; it fails again: nothing was sent, and it says so.
    await click(page, SUBMIT);
    await expect
      .poll(() => text(page, 'ep-entry-form >>> #send-error'))
      .toBe('Your message could not be sent. Nothing is lost: try again.');
    await expect.poll(focusedId).toBe('send-error');
    expect(await text(page, SUBMIT)).toBe('Try again');
    expect(sendCode).toEqual(['', '?1']);
    expect(posts).toEqual([]);
    // The retry loads it and sends; the confirmation has its styles.
    await click(page, SUBMIT);
    await expect.poll(focusedId, { timeout: 20_000 }).toBe('done');
    expect(sendCode).toEqual(['', '?1', '?2']);
    expect(posts).toHaveLength(1);
    expect(
      await page.$eval(
        'ep-entry-form >>> [part=success]',
        (el) => getComputedStyle(el).borderTopStyle,
      ),
    ).toBe('solid');
    expect(await axe(page)).toEqual([]);
  });

  test('speaks Swedish on a Swedish page', async () => {
    await openHost(page, FORM, { lang: 'sv' });
    await click(page, SUBMIT);
    await expect.poll(() => errorOf('f-title')).toBe('Skriv en rubrik på minst 3 tecken');
    expect(await text(page, 'ep-entry-form >>> [part=error-summary] h3')).toBe(
      'Det finns 9 fel att rätta',
    );
  });
});
