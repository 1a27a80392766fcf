/**
 * Results in the console (<ep-results>), against the real server with the
 * demo content: the funnel of Norrhamn shows what `GET /v1/results` says
 * (the API's own correctness is proven by apps/server/test/api/results.test.ts),
 * choosing a challenge changes the numbers and the URL, the CSV downloads and
 * parses with the same numbers; axe in en and sv, 320 px, the keyboard alone,
 * the empty, loading and error states, and a cluster's admin.
 */
import { readFile } from 'node:fs/promises';
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
const contexts = new Map<string, BrowserContext>();

beforeAll(async () => {
  mail = await startSmtp();
  server = await startServer(mail.url);
  browser = await launch();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await mail?.stop();
});

interface Counts {
  received: number;
  inDialogue: number;
  forwarded: number;
  accepted: number;
  declined: number;
  unanswered: number;
  medianDays: number | null;
}
interface Results {
  total: Counts;
  openedDoors: { total: Counts; byReceiver: Array<Counts & { orgId: string }> } | null;
  challenges: Array<Counts & { challengeId: string | null }>;
  stories: { count: number };
}

/** A signed-in page (one sign-in per person), on the results page. */
async function resultsOf(email: string, width = 1200, search = ''): Promise<Page> {
  let context = contexts.get(email);
  const fresh = !context;
  if (!context) {
    context = await browser.newContext({ viewport: { width, height: 900 } });
    contexts.set(email, context);
  }
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await page.setViewportSize({ width, height: 900 });
  if (fresh) await signIn(page, server.url, mail, email);
  await page.goto(`${server.url}/console/results${search}`);
  await expect.poll(() => page.locator('ep-results h1').textContent()).toBe('Results');
  return page;
}

/** What the API answers for this person (their session, their organisation). */
async function api(page: Page, orgId: string, search = ''): Promise<Results> {
  const res = await page.request.get(`${server.url}/v1/results${search}`, {
    headers: { 'Entrypoint-Org': orgId },
  });
  expect(res.status()).toBe(200);
  return (await res.json()) as Results;
}

/** The funnel table's numbers, by stage. */
async function funnel(page: Page, name = 'funnel'): Promise<Record<string, string>> {
  const table = page.locator(`ep-results table[data-table=${name}]`);
  await expect.poll(() => table.count()).toBe(1);
  const rows: Array<[string, string]> = await table
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr): [string, string] => [
        tr.querySelector('th')?.textContent?.trim() ?? '',
        tr.querySelector('td')?.textContent?.trim() ?? '',
      ]),
    );
  return Object.fromEntries(rows);
}

const expected = (c: Counts) => ({
  Received: String(c.received),
  'In dialogue': String(c.inDialogue),
  Forwarded: String(c.forwarded),
  Accepted: String(c.accepted),
  Declined: String(c.declined),
});

/** RFC 4180 rows (every cell quoted, "" inside). */
function parseCsv(text: string): string[][] {
  return text
    .split('\r\n')
    .filter(Boolean)
    .map((line) =>
      [...line.matchAll(/"((?:[^"]|"")*)"(?:,|$)/g)].map((m) => m[1]!.replace(/""/g, '"')),
    );
}

/** A challenge of Norrhamn whose numbers differ from the whole organisation's. */
function someChallenge(all: Results) {
  const row = all.challenges.find(
    (c) => c.challengeId !== null && c.received > 0 && c.received < all.total.received,
  );
  if (!row?.challengeId) throw new Error('the demo has no challenge with submissions');
  return row.challengeId;
}

describe('results', () => {
  test('the organisation’s funnel shows what the API says; a challenge changes it and the URL; the CSV has the same numbers', async () => {
    const page = await resultsOf('anna@norrhamn.example');
    const all = await api(page, 'norrhamn');
    expect(all.total.received).toBeGreaterThan(0);
    expect(await funnel(page)).toEqual(expected(all.total));
    const figure = (name: string) =>
      page.locator(`ep-results dd[data-figure=${name}]`).first().textContent();
    expect((await figure('received'))?.trim()).toBe(String(all.total.received));
    expect((await figure('unanswered'))?.trim()).toBe(String(all.total.unanswered));
    expect((await figure('stories'))?.trim()).toBe(String(all.stories.count));
    // One row per challenge (and one for those about none) in the organisation view.
    const perChallenge = page.locator('ep-results table[data-table=challenges] tbody tr');
    expect(await perChallenge.count()).toBe(all.challenges.length);
    // A city opened no doors for others: no such section.
    expect(all.openedDoors?.total.received).toBe(0);
    expect(await page.locator('ep-results #opened').count()).toBe(0);
    // The chart is there for the eyes, hidden from screen readers.
    expect(await page.locator('ep-results .chart[aria-hidden=true] svg').count()).toBeGreaterThan(
      4,
    );
    expect(await axe(page)).toEqual([]);

    const id = someChallenge(all);
    const one = await api(page, 'norrhamn', `?challenge=${id}`);
    await page
      .locator('ep-results')
      .getByRole('combobox', { name: 'Challenge', exact: true })
      .selectOption(id);
    await page.locator('ep-results').getByRole('button', { name: 'Show' }).click();
    await page.waitForURL(new RegExp(`/console/results\\?challenge=${id}$`));
    await expect.poll(() => funnel(page)).toEqual(expected(one.total));
    expect(one.total.received).not.toBe(all.total.received);
    // No per-challenge table for one challenge.
    expect(await perChallenge.count()).toBe(0);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('ep-results').getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^norrhamn-results-${id}-`));
    const bytes = await readFile(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.subarray(3).toString('utf8'));
    const header = rows[0]!;
    const total = rows.find((r) => r[0] === 'total')!;
    const col = (name: string) => total[header.indexOf(name)];
    expect(col('key')).toBe(id);
    expect(col('received')).toBe(String(one.total.received));
    expect(col('in dialogue')).toBe(String(one.total.inDialogue));
    expect(col('forwarded')).toBe(String(one.total.forwarded));
    expect(col('accepted')).toBe(String(one.total.accepted));
    expect(col('declined')).toBe(String(one.total.declined));
    expect(col('unanswered')).toBe(String(one.total.unanswered));
    expect(col('median days to first answer')).toBe(
      one.total.medianDays === null ? '' : String(one.total.medianDays),
    );
    expect(col('stories told')).toBe(String(one.stories.count));

    // Back to the whole organisation: the numbers come back.
    await page.goBack();
    await page.waitForURL(/\/console\/results$/);
    await expect.poll(() => funnel(page)).toEqual(expected(all.total));
    expect(
      await page
        .locator('ep-results select#challenge')
        .evaluate((el: HTMLSelectElement) => el.value),
    ).toBe('');
    await page.close();
  });

  test('speaks Swedish, Norwegian and Finnish, with 0 axe violations in Swedish', async () => {
    const page = await resultsOf('anna@norrhamn.example');
    await funnel(page);
    const language = page.getByLabel(/Language|Språk|Kieli/);
    await language.selectOption('sv');
    await expect.poll(() => page.locator('ep-results h1').textContent()).toBe('Resultat');
    expect(await page.locator('ep-results table[data-table=funnel] caption').textContent()).toMatch(
      /Tratten/,
    );
    expect(await axe(page)).toEqual([]);
    for (const [lang, heading, caption] of [
      ['nb', 'Resultater', /Trakten/],
      ['fi', 'Tulokset', /Suppilo/],
    ] as const) {
      await language.selectOption(lang);
      await expect.poll(() => page.locator('ep-results h1').textContent()).toBe(heading);
      expect(
        await page.locator('ep-results table[data-table=funnel] caption').textContent(),
      ).toMatch(caption);
    }
    await page.getByLabel(/Language|Språk|Kieli/).selectOption('en');
    await expect.poll(() => page.locator('ep-results h1').textContent()).toBe('Results');
    await page.close();
  });

  test('fits 320 px: the chart scales, tables scroll inside their own box', async () => {
    const page = await resultsOf('anna@norrhamn.example', 320);
    await funnel(page);
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      view: document.documentElement.clientWidth,
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.view);
    const box = page.locator('ep-results table[data-table=challenges]').locator('xpath=..');
    const scroll = await box.evaluate((el) => ({
      overflow: getComputedStyle(el).overflowX,
      client: el.clientWidth,
      scroll: el.scrollWidth,
    }));
    expect(scroll.overflow).toBe('auto');
    expect(scroll.client).toBeLessThanOrEqual(320);
    expect(scroll.scroll).toBeGreaterThan(scroll.client);
    const bar = await page
      .locator('ep-results .chart svg')
      .first()
      .evaluate((el) => el.getBoundingClientRect().right);
    expect(bar).toBeLessThanOrEqual(320);
    expect(await axe(page)).toEqual([]);
    await page.close();
  });

  test('the keyboard alone: choose a challenge and show it', async () => {
    const page = await resultsOf('anna@norrhamn.example');
    const all = await api(page, 'norrhamn');
    await funnel(page);
    const active = () =>
      page.evaluate(() => {
        let a = document.activeElement;
        while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
        return a ? `${a.tagName.toLowerCase()}#${a.id}` : '';
      });
    // The heading has focus; the challenge is the next stop.
    await expect.poll(active).toBe('h1#');
    await page.keyboard.press('Tab');
    expect(await active()).toBe('select#challenge');
    await page.keyboard.press('ArrowDown');
    const chosen = await page
      .locator('ep-results select#challenge')
      .evaluate((el: HTMLSelectElement) => el.value);
    expect(chosen).not.toBe('');
    await page.keyboard.press('Tab');
    expect(await active()).toBe('input#from');
    // A date field's day, month and year are stops of their own: on to "Show".
    for (let i = 0; i < 10 && (await active()) !== 'button#show'; i++) {
      await page.keyboard.press('Tab');
    }
    expect(await active()).toBe('button#show');
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`challenge=${chosen}`));
    const one = await api(page, 'norrhamn', `?challenge=${chosen}`);
    await expect.poll(() => funnel(page)).toEqual(expected(one.total));
    expect(one.total.received).toBeLessThanOrEqual(all.total.received);
    await page.close();
  });

  test('an empty period says so; a period backwards is refused before asking', async () => {
    const page = await resultsOf('anna@norrhamn.example', 1200, '?from=2001-01-01&to=2001-01-31');
    await expect
      .poll(() => page.locator('ep-results [data-empty]').textContent())
      .toBe('No submissions yet in this period.');
    expect(await page.locator('ep-results table[data-table=funnel]').count()).toBe(0);
    expect(await axe(page)).toEqual([]);

    const results = page.locator('ep-results');
    await results.getByRole('textbox', { name: 'From', exact: true }).fill('2026-12-01');
    await results.getByRole('textbox', { name: 'To', exact: true }).fill('2026-11-01');
    await results.getByRole('button', { name: 'Show' }).click();
    await expect.poll(() => results.getByRole('alert').textContent()).toMatch(/on or after/);
    expect(page.url()).toMatch(/from=2001-01-01&to=2001-01-31$/);
    expect(
      await results.getByRole('textbox', { name: 'To', exact: true }).getAttribute('aria-invalid'),
    ).toBe('true');
    expect(await axe(page)).toEqual([]);
    await page.close();
  });

  test('loading, then an error with a retry that works', async () => {
    const context = contexts.get('anna@norrhamn.example')!;
    let fail = true;
    await context.route(/\/v1\/results(\?|$)/, async (route) => {
      await new Promise((r) => setTimeout(r, 500));
      if (fail) {
        await route.fulfill({
          status: 503,
          contentType: 'application/problem+json',
          body: JSON.stringify({ title: 'Unavailable', status: 503, detail: 'Try again soon' }),
        });
      } else await route.continue();
    });
    const page = await context.newPage();
    await page.goto(`${server.url}/console/results`);
    await expect
      .poll(() => page.locator('ep-results [role=status]').first().textContent())
      .toMatch(/Loading/);
    await expect
      .poll(() => page.locator('ep-results [role=alert]').textContent())
      .toMatch(/Try again soon/);
    fail = false;
    await page
      .locator('ep-results')
      .getByRole('button', { name: /try again|retry/i })
      .click();
    await funnel(page);
    await context.unroute(/\/v1\/results(\?|$)/);
    await page.close();
  });

  test('a cluster’s admin sees the results of what reached the cluster, and the doors it opened', async () => {
    const page = await resultsOf('erik@nordicmobility.example');
    const own = await api(page, 'nordic-mobility-cluster');
    expect(own.total.received).toBeGreaterThan(0);
    expect(await funnel(page)).toEqual(expected(own.total));
    // And what came via the cluster's site to Norrhamn and Kustlanda, and how it went there.
    expect(own.openedDoors!.total.received).toBeGreaterThan(0);
    expect(await funnel(page, 'opened')).toEqual(expected(own.openedDoors!.total));
    const receivers = page.locator('ep-results table[data-table=by-receiver] tbody tr');
    expect(await receivers.count()).toBe(own.openedDoors!.byReceiver.length);
    expect(await page.locator('ep-results table[data-table=by-receiver]').innerText()).toMatch(
      /Norrhamn/,
    );
    expect(await axe(page)).toEqual([]);
    // Norrhamn's numbers are not his to read.
    const res = await page.request.get(`${server.url}/v1/results`, {
      headers: { 'Entrypoint-Org': 'norrhamn' },
    });
    expect(res.status()).toBe(403);
    await page.close();
  });
});
