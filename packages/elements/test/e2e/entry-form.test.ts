import type { List, Submission, SubmissionReceipt } from '@entrypoint/sdk';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { admin, adminKey, axe, launch, openHost, serverUrl } from './browser.js';

const FORM = `<ep-entry-form org="norrhamn" privacy-url="https://norrhamn.example/privacy"></ep-entry-form>`;

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  adminKey(); // made once up front: the admin CLI takes a few seconds
});
afterAll(() => browser?.close());
beforeEach(async () => {
  page = await browser.newPage();
});
afterEach(() => page?.close());

const field = (id: string) => page.locator(`ep-entry-form #${id}`);
const focusedId = () =>
  page.evaluate(() => document.querySelector('ep-entry-form')?.shadowRoot?.activeElement?.id ?? '');

/** The error text a field points at with aria-describedby, or null when it is valid. */
async function errorOf(id: string): Promise<string | null> {
  return page.evaluate((id) => {
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
}

async function fillValid(title: string) {
  await field('f-kind-1').check();
  await field('f-title').fill(title);
  await field('f-description').fill(
    'Shore power units that stand Arctic winters, tested in Tromsø.',
  );
  await field('f-company-name').fill('Polar Grid AB');
  await field('f-company-country').selectOption('SE');
  await field('f-company-size').selectOption('small');
  await field('f-contact-name').fill('Ada Testsson');
  await field('f-contact-email').fill('ada@polargrid.example');
  await field('f-consent-privacy').check();
}

describe('<ep-entry-form>', () => {
  test('shows an error on each bad field, tied to it, with a summary and focus on the first', async () => {
    await openHost(page, FORM);
    await field('f-title').waitFor();
    await page.locator('ep-entry-form button[part=submit]').click();

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
    for (const [id, message] of Object.entries(required))
      expect(await errorOf(id), id).toBe(message);
    expect(await errorOf('f-company-orgNumber')).toBeNull();
    expect(await focusedId()).toBe('f-kind-0');
    const summary = page.locator('ep-entry-form [part=error-summary]');
    expect(await summary.locator('h3').textContent()).toBe('There are 9 problems to fix');
    expect(await summary.locator('xpath=..').getAttribute('aria-live')).toBe('assertive');
    expect(await axe(page)).toEqual([]);

    // Values of the wrong form are refused by the same schema, field by field.
    await fillValid('ab');
    await field('f-description').fill('too short');
    await field('f-contact-email').fill('not-an-email');
    await field('f-contact-phone').fill('call me maybe');
    await field('f-company-website').fill('ftp://files.polargrid.example');
    await page.locator('ep-entry-form button[part=submit]').click();
    expect(await errorOf('f-title')).toBe('Give a title of at least 3 characters');
    expect(await errorOf('f-description')).toBe('Describe your idea in at least 10 characters');
    expect(await errorOf('f-contact-email')).toBe('Give an email address such as name@example.com');
    expect(await errorOf('f-contact-phone')).toBe('Use digits, spaces and + ( ) - only');
    expect(await errorOf('f-company-website')).toBe(
      'Give a web address such as https://example.com',
    );
    expect(await errorOf('f-company-name')).toBeNull();
    expect(await focusedId()).toBe('f-title');

    // A fixed field loses its error as the person types.
    await field('f-title').fill('Arctic shore power');
    expect(await errorOf('f-title')).toBeNull();
  });

  test('keeps the draft across a reload', async () => {
    await openHost(page, FORM);
    await field('f-title').fill('Draft that must survive');
    await field('f-description').fill('Typed before the reload, still here after it.');
    await field('f-kind-2').check();
    await page.reload();
    await expect.poll(() => field('f-title').inputValue()).toBe('Draft that must survive');
    expect(await field('f-description').inputValue()).toBe(
      'Typed before the reload, still here after it.',
    );
    expect(await field('f-kind-2').isChecked()).toBe(true);
  });

  test('a submission whose first POST is dropped on the wire is stored exactly once', async () => {
    const title = `Dropped once ${Date.now()}`;
    let attempts = 0;
    let first: SubmissionReceipt | undefined;
    const keys: string[] = [];
    await page.route(`${serverUrl}/v1/submissions`, async (route) => {
      attempts++;
      keys.push(route.request().headers()['idempotency-key'] ?? '');
      if (attempts === 1) {
        // The server receives and stores it; the answer is lost on the way back.
        const response = await route.fetch();
        first = (await response.json()) as SubmissionReceipt;
        await route.abort('connectionreset');
      } else await route.continue();
    });
    await openHost(
      page,
      FORM.replace('<ep-entry-form ', '<ep-entry-form via="nordic-mobility-cluster" '),
      {
        head: `<script>document.addEventListener('ep-submit', (e) => { document.documentElement.dataset.reference = e.detail.submission.reference; });</script>`,
      },
    );
    await fillValid(title);
    await page.locator('ep-entry-form button[part=submit]').click();

    const reference = page.locator('ep-entry-form [part=reference]');
    const retry = page.locator('ep-entry-form button[part=submit]');
    // The client retries by itself; if it gives up, the person presses "Try again".
    await expect
      .poll(
        async () => {
          if (await reference.count()) return 'done';
          if ((await retry.count()) && (await retry.textContent())?.includes('Try again'))
            await retry.click();
          return 'waiting';
        },
        { timeout: 20_000 },
      )
      .toBe('done');

    expect(first?.reference).toMatch(/^[A-Z0-9]+-\d{4}-\d+$/);
    expect(await reference.textContent()).toBe(first!.reference);
    expect(await page.locator('html').getAttribute('data-reference')).toBe(first!.reference);
    expect(attempts).toBeGreaterThanOrEqual(2);
    expect(new Set(keys).size).toBe(1);

    const inbox = await admin<List<Submission>>('submissions?limit=100');
    const stored = inbox.data.filter((s) => s.title === title);
    expect(stored).toHaveLength(1);
    expect(stored[0]!.source.page).toContain('/__test__/host.html');
    expect(stored[0]!.via).toBe('nordic-mobility-cluster');

    // The draft is gone once sent; the success state is accessible.
    expect(await page.evaluate(() => localStorage.getItem('ep-entry-form:norrhamn:-'))).toBeNull();
    expect(await focusedId()).toBe('done');
    expect(await axe(page)).toEqual([]);
  }, 60_000);

  test('hides the honeypot from people and assistive technology', async () => {
    await openHost(page, FORM);
    const hp = field('f-hp');
    await hp.waitFor({ state: 'attached' });
    expect(await hp.getAttribute('name')).toBe('homepage');
    expect(await hp.getAttribute('tabindex')).toBe('-1');
    expect(await hp.getAttribute('autocomplete')).toBe('off');
    expect(
      await hp.evaluate((el) => el.closest('[aria-hidden]')?.getAttribute('aria-hidden')),
    ).toBe('true');
    // Off-screen, not display:none (some bots skip hidden fields).
    const box = await hp.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(0);
  });

  test('can be filled in and sent with the keyboard alone', async () => {
    await openHost(page, FORM);
    await field('f-title').waitFor();
    const visited: string[] = [];
    const tab = async (times = 1) => {
      for (let i = 0; i < times; i++) {
        await page.keyboard.press('Tab');
        visited.push(await focusedId());
      }
    };
    // From the top of the page, the first stop in the form is the kind of approach.
    await page.locator('h1').click();
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
    await tab(3); // phone, confidential, privacy link
    await tab();
    expect(visited.at(-1)).toBe('f-consent-privacy');
    await page.keyboard.press('Space');
    await tab(2); // newsletter, send
    expect(visited.at(-1)).toBe('');
    expect(
      await page.evaluate(() =>
        document.querySelector('ep-entry-form')?.shadowRoot?.activeElement?.getAttribute('part'),
      ),
    ).toBe('submit');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(), { timeout: 20_000 }).toBe('done');
    expect(visited).not.toContain('f-hp');
    expect(await page.locator('ep-entry-form [part=reference]').textContent()).toMatch(/-\d{4}-/);
  });

  test('tells the person when the site may not send to this owner', async () => {
    // A site that is not among norrhamn's allowed origins: another origin on
    // loopback (a public name would meet Chromium's private-network checks).
    const elsewhere = serverUrl.replace('127.0.0.1', 'localhost');
    await page.route(`${elsewhere}/__test__/elsewhere.html`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><head><title>Elsewhere</title>
          <script type="module" src="${serverUrl}/embed/entrypoint.js"></script></head>
          <body><main>${FORM}</main></body></html>`,
      }),
    );
    await page.goto(`${elsewhere}/__test__/elsewhere.html`);
    await field('f-title').waitFor();
    await fillValid('From a site that is not allowed');
    await page.locator('ep-entry-form button[part=submit]').click();
    await expect
      .poll(async () => (await page.locator('ep-entry-form #send-error').textContent())?.trim(), {
        timeout: 20_000,
      })
      .toBe('This site may not send messages to this owner. Please tell the editor of the site.');
    expect(await page.locator('ep-entry-form [part=reference]').count()).toBe(0);
  });

  test('speaks Swedish on a Swedish page', async () => {
    await openHost(page, FORM, { lang: 'sv' });
    await field('f-title').waitFor();
    await page.locator('ep-entry-form button[part=submit]').click();
    expect(await errorOf('f-title')).toBe('Skriv en rubrik på minst 3 tecken');
    expect(await page.locator('ep-entry-form [part=error-summary] h3').textContent()).toBe(
      'Det finns 9 fel att rätta',
    );
    expect(await axe(page)).toEqual([]);
  });
});
