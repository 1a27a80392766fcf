// The inbox end to end, as staff work it: a company sends through
// <ep-entry-form> on the demo page; the entry point is mailed; staff sign in
// with the code from the mail, find it in Unassigned, assign, note, move it
// with a message that reaches the company with the reference, forward it to
// another organisation (which sees its own copy with its own reference),
// export the view as CSV. Two people at once, a reader, another
// organisation's staff, the keyboard alone, 320 px, and axe on every view and
// dialog on the way.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import {
  axe,
  freshDatabase,
  launch,
  signIn,
  startServer,
  startSmtp,
  toOf,
  type Mailbox,
  type RunningServer,
} from './harness.js';

let mail: Mailbox;
let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

const TITLE = 'Solceller på Ängsö – ökad effekt året runt';
const COMPANY = 'Åkerö Ström AB';
const COMPANY_EMAIL = 'kontakt@akero.example';
let reference = '';
let database: ReturnType<typeof freshDatabase> | undefined;

beforeAll(async () => {
  mail = await startSmtp();
  // The same flows on PGlite and, in the postgres project, on PostgreSQL.
  if (process.env.ENGINE === 'postgres') database = freshDatabase();
  server = await startServer(mail.url, database ? { DATABASE_URL: database.url } : {});
  server.cli(
    'staff',
    'add',
    '--org',
    'norrhamn',
    '--email',
    'hans@norrhamn.example',
    '--role',
    'handler',
    '--name',
    'Hans Berg',
  );
  server.cli(
    'staff',
    'add',
    '--org',
    'norrhamn',
    '--email',
    'vera@norrhamn.example',
    '--role',
    'viewer',
    '--name',
    'Vera Ek',
  );
  browser = await launch();
});
afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await server?.stop();
  await mail?.stop();
  database?.drop();
});

const signedIn = new Map<string, BrowserContext>();

/**
 * A page of a person: one browser context (one cookie jar) per address,
 * signed in once with the code from the mail (the server allows five codes
 * per address in 15 minutes); without an address, a stranger's.
 */
async function person(email?: string, viewport = { width: 1200, height: 900 }): Promise<Page> {
  let context = email ? signedIn.get(email) : undefined;
  const fresh = !context;
  if (!context) {
    context = await browser.newContext({ viewport });
    contexts.push(context);
    if (email) signedIn.set(email, context);
  }
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.setViewportSize(viewport);
  if (email && fresh) await signIn(page, server.url, mail, email);
  else if (email) await page.goto(`${server.url}/console/inbox`);
  return page;
}

/** Checks a radio or checkbox of the form as a click would (its input is styled under a label). */
const tick = (input: Locator) =>
  input.evaluate((el: HTMLInputElement) => {
    if (!el.checked) el.click();
  });

const statusText = (page: Page) => page.locator('ep-console .status').textContent();

async function openSubmission(page: Page) {
  await page.goto(`${server.url}/console/inbox/${reference}`);
  await expect.poll(() => page.locator('ep-detail h1').textContent()).toBe(TITLE);
}

describe('the inbox, end to end', () => {
  test('a submission sent through <ep-entry-form> appears in Unassigned, and the entry point is mailed', async () => {
    const company = await person();
    await company.goto(`${server.url}/`);
    const form = company.locator('ep-entry-form');
    await tick(form.locator('#f-kind-1'));
    await form.locator('#f-title').fill(TITLE);
    await form
      .locator('#f-description')
      .fill('Bifaciala paneler på hamnens tak; vi mäter effekten över en hel vinter.');
    await form.locator('#f-company-name').fill(COMPANY);
    await form.locator('#f-company-country').selectOption('SE');
    await form.locator('#f-company-size').selectOption('small');
    await form.locator('#f-contact-name').fill('Örjan Ålund');
    await form.locator('#f-contact-email').fill(COMPANY_EMAIL);
    await tick(form.locator('#f-consent-privacy'));
    await form.locator('button[part=submit]').click();
    await expect.poll(() => form.locator('.reference').count(), { timeout: 20_000 }).toBe(1);
    reference = (await form.locator('.reference').textContent())!.trim();
    expect(reference).toMatch(/^NOR-\d{4}-\d+$/);

    const arrival = await mail.waitFor(
      (m) =>
        toOf(m).includes('innovation@norrhamn.example') && (m.subject ?? '').includes(reference),
    );
    expect(arrival.subject).toContain(reference);

    const anna = await person('anna@norrhamn.example');
    await expect.poll(() => anna.locator('ep-inbox h1').textContent()).toMatch(/Unassigned/);
    await expect.poll(() => anna.getByRole('link', { name: TITLE }).count()).toBe(1);
    await expect
      .poll(() => anna.locator('ep-inbox .views a[aria-current=page] .count').textContent())
      .toMatch(/\d/);
    expect(await axe(anna)).toEqual([]);
    await anna.locator('ep-inbox summary').click();
    expect(await axe(anna)).toEqual([]);
  });

  test('assign, note, and move to in-review with a message: the company gets it with the reference', async () => {
    const anna = await person('anna@norrhamn.example');
    await anna.getByRole('link', { name: TITLE }).click();
    await expect.poll(() => anna.locator('ep-detail h1').textContent()).toBe(TITLE);
    await expect
      .poll(() => anna.evaluate(() => location.pathname))
      .toBe(`/console/inbox/${reference}`);
    const detail = anna.locator('ep-detail');
    await expect.poll(() => detail.getByText(COMPANY).count()).toBeGreaterThan(0);
    expect(await axe(anna)).toEqual([]);

    await detail.locator('#act-assign').click();
    expect(await axe(anna)).toEqual([]);
    await detail.locator('dialog select#assignee').selectOption({ label: 'Hans Berg' });
    await detail.locator('dialog').getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => statusText(anna)).toMatch(/Assignment saved/);
    await expect
      .poll(() =>
        anna.evaluate(() => {
          const a = document.activeElement?.shadowRoot?.activeElement?.shadowRoot?.activeElement;
          return a?.id;
        }),
      )
      .toBe('act-assign');
    await expect
      .poll(() => detail.locator('.grid').getByText('Hans Berg').count())
      .toBeGreaterThan(0);

    await detail.locator('#act-note').click();
    expect(await axe(anna)).toEqual([]);
    await detail.locator('dialog textarea').fill('Ringer dem på tisdag om mätdata.');
    await detail.locator('dialog').getByRole('button', { name: 'Add note' }).click();
    await expect
      .poll(() => detail.locator('.timeline').getByText('Ringer dem på tisdag om mätdata.').count())
      .toBe(1);

    await detail.locator('#act-move').click();
    expect(await axe(anna)).toEqual([]);
    await detail.locator('dialog').getByLabel('Declined').check();
    await detail.locator('dialog').getByRole('button', { name: 'Move' }).click();
    await expect
      .poll(() => detail.locator('dialog .error').textContent())
      .toMatch(/required when you decline/);
    expect(await axe(anna)).toEqual([]);
    await detail.locator('dialog').getByLabel('In review').check();
    const text = 'Tack! Vi läser ert förslag och hör av oss inom två veckor.';
    await detail.locator('dialog textarea').fill(text);
    await detail.locator('dialog').getByRole('button', { name: 'Move' }).click();
    await expect.poll(() => statusText(anna)).toMatch(/Moved to In review/);
    await expect.poll(() => detail.locator('.head .badge').textContent()).toBe('In review');

    const toCompany = await mail.waitFor(
      (m) => toOf(m).includes(COMPANY_EMAIL) && (m.subject ?? '').includes(reference),
    );
    expect(toCompany.text).toContain(text);
    expect(toCompany.text ?? '').not.toContain('anna@norrhamn.example');

    const timeline = detail.locator('.timeline');
    await expect.poll(() => timeline.textContent()).toMatch(/Assigned[\s\S]*Note[\s\S]*Moved/);
    expect(await timeline.textContent()).toContain('Received → In review');
  });

  test('a stale change gets a clear message, and the page shows the latest version', async () => {
    const first = await person('anna@norrhamn.example');
    const second = await person('hans@norrhamn.example');
    await openSubmission(first);
    await openSubmission(second);
    await first.locator('ep-detail #act-assign-me').click();
    await expect.poll(() => statusText(first)).toMatch(/Assignment saved/);

    const d2 = second.locator('ep-detail');
    await d2.locator('#act-move').click();
    await d2.locator('dialog').getByLabel('In dialogue').check();
    await d2.locator('dialog').getByRole('button', { name: 'Move' }).click();
    await expect.poll(() => d2.locator('#stale').textContent()).toMatch(/Anna Lindqvist/);
    expect(await d2.locator('#stale').textContent()).toMatch(
      /Someone else changed this submission first/,
    );
    await expect
      .poll(() => d2.locator('.grid').getByText('Anna Lindqvist').count())
      .toBeGreaterThan(0);
    expect(await axe(second)).toEqual([]);
  });

  test('forward to another organisation: it appears there with its own reference, and the sender’s timeline shows it', async () => {
    const anna = await person('anna@norrhamn.example');
    await openSubmission(anna);
    const detail = anna.locator('ep-detail');
    await detail.locator('#act-forward').click();
    await detail.locator('dialog').getByLabel('To another organisation').check();
    await expect
      .poll(() => detail.locator('dialog #consent').textContent())
      .toMatch(/company will be told/);
    expect(await axe(anna)).toEqual([]);
    await detail.locator('dialog select#orgId').selectOption({ value: 'fjordvik' });
    await detail.locator('dialog textarea').fill('Passer godt til deres havneprosjekt.');
    await detail.locator('dialog').getByRole('button', { name: 'Forward' }).click();
    await expect.poll(() => statusText(anna)).toMatch(/Forwarded/);
    await expect
      .poll(() => detail.locator('.grid').textContent())
      .toMatch(/Forwarded to[\s\S]*FJO-\d{4}-\d+/);
    const copyRef = /FJO-\d{4}-\d+/.exec((await detail.locator('.grid').textContent())!)![0];
    await expect.poll(() => detail.locator('.timeline').textContent()).toContain(copyRef);

    const ola = await person('ola@fjordvik.example');
    await expect.poll(() => ola.getByRole('link', { name: TITLE }).count()).toBe(1);
    await ola.getByRole('link', { name: TITLE }).click();
    await expect
      .poll(() => ola.evaluate(() => location.pathname))
      .toBe(`/console/inbox/${copyRef}`);
    const copy = ola.locator('ep-detail');
    await expect
      .poll(() => copy.locator('.grid').textContent())
      .toMatch(new RegExp(`Forwarded from[\\s\\S]*${reference}`));
    expect(await copy.locator('p.muted').first().textContent()).toContain(copyRef);
  });

  test('the CSV export of the view downloads and parses, with å, ä and ö', async () => {
    const anna = await person('anna@norrhamn.example');
    await anna.goto(`${server.url}/console/inbox?view=all&q=${encodeURIComponent('Ängsö')}`);
    await expect.poll(() => anna.getByRole('link', { name: TITLE }).count()).toBe(1);
    const [download] = await Promise.all([
      anna.waitForEvent('download'),
      anna.locator('ep-inbox').getByRole('button', { name: 'Export as CSV' }).click(),
    ]);
    const bytes = await readFile(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.subarray(3).toString('utf8'));
    expect(rows.length).toBe(2);
    const header = rows[0]!;
    const row = rows[1]!;
    expect(row[header.findIndex((h) => /reference/i.test(h))]).toBe(reference);
    expect(row.join('|')).toContain(TITLE);
    expect(row.join('|')).toContain(COMPANY);
  });

  test('a reader can change nothing', async () => {
    const vera = await person('vera@norrhamn.example');
    await expect.poll(() => vera.getByRole('link', { name: TITLE }).count()).toBe(0);
    await vera.goto(`${server.url}/console/inbox?view=all`);
    await expect.poll(() => vera.getByRole('link', { name: TITLE }).count()).toBe(1);
    expect(await vera.locator('ep-inbox input[type=checkbox]').count()).toBe(0);
    expect(
      await vera
        .locator('ep-inbox')
        .getByText(/Your role does not allow changes/)
        .count(),
    ).toBe(1);
    await openSubmission(vera);
    expect(await vera.locator('ep-detail .actions button').count()).toBe(0);
    expect(await axe(vera)).toEqual([]);
    await vera.keyboard.press('m');
    expect(await vera.locator('ep-detail dialog').count()).toBe(0);
    const status = await vera.evaluate(async (ref) => {
      const list = (await (await fetch(`/v1/submissions?view=all&q=${ref}`)).json()) as {
        data: Array<{ id: string }>;
      };
      const id = list.data[0]!.id;
      const r = await fetch(`/v1/submissions/${id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ assigneeId: null }),
      });
      return r.status;
    }, reference);
    expect(status).toBe(403);
  });

  test('staff of one organisation see nothing of another’s', async () => {
    const aino = await person('aino@kustlanda.example');
    await aino.goto(`${server.url}/console/inbox?view=all&q=${reference}`);
    await expect
      .poll(() => aino.locator('ep-inbox .notice').textContent())
      .toMatch(/Nothing matches/);
    await aino.goto(`${server.url}/console/inbox/${reference}`);
    await expect
      .poll(() => aino.locator('ep-detail').getByRole('alert').textContent())
      .toMatch(/does not exist/);
    const status = await aino.evaluate(
      (ref) => fetch(`/v1/submissions/${ref}`).then((r) => r.status),
      reference,
    );
    expect([403, 404]).toContain(status);
  });

  test('the keyboard alone: through the list, open, note, back, help', async () => {
    const anna = await person('anna@norrhamn.example');
    await anna.goto(`${server.url}/console/inbox?view=all`);
    await expect.poll(() => anna.locator('ep-inbox ol li').count()).toBeGreaterThan(0);
    await expect.poll(() => anna.locator('ep-inbox ol li').count()).toBeGreaterThan(1);
    const focusedText = () =>
      anna.evaluate(() => {
        let a = document.activeElement;
        while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
        return a?.textContent?.trim() ?? '';
      });
    await anna.keyboard.press('j');
    const firstTitle = await focusedText();
    await anna.keyboard.press('j');
    await anna.keyboard.press('k');
    expect(await focusedText()).toBe(firstTitle);
    await anna.keyboard.press('Enter');
    await expect.poll(() => anna.locator('ep-detail h1').textContent()).toBe(firstTitle);
    await anna.keyboard.press('n');
    await expect.poll(() => anna.locator('ep-detail dialog[open]').count()).toBe(1);
    await anna.keyboard.type('Skrivet med tangentbordet.');
    await anna.keyboard.press('Tab');
    await anna.keyboard.press('Enter');
    await expect.poll(() => statusText(anna)).toMatch(/The note is saved/);
    await expect.poll(() => focusedText()).toMatch(/Internal note/);
    await anna.keyboard.press('?');
    await expect.poll(() => anna.locator('ep-console dialog#help[open]').count()).toBe(1);
    expect(await axe(anna)).toEqual([]);
    await anna.keyboard.press('Escape');
    await expect.poll(() => anna.locator('ep-console dialog#help[open]').count()).toBe(0);
    await anna.keyboard.press('u');
    await expect.poll(() => anna.evaluate(() => location.pathname)).toBe('/console/inbox');
    await expect.poll(() => focusedText()).toBe(firstTitle);
  });

  test('at 320 px wide nothing scrolls sideways, and every view passes axe', async () => {
    const anna = await person('anna@norrhamn.example', { width: 320, height: 640 });
    const wide = () => anna.evaluate(() => document.documentElement.scrollWidth);
    await anna.goto(`${server.url}/console/inbox?view=all`);
    await expect.poll(() => anna.locator('ep-inbox ol li').count()).toBeGreaterThan(0);
    expect(await wide()).toBeLessThanOrEqual(320);
    expect(await axe(anna)).toEqual([]);
    await openSubmission(anna);
    expect(await wide()).toBeLessThanOrEqual(320);
    await anna.locator('ep-detail #act-move').click();
    expect(await wide()).toBeLessThanOrEqual(320);
    expect(await axe(anna)).toEqual([]);
    await anna.keyboard.press('Escape');
    for (const path of ['/console/help', '/console/settings/notifications']) {
      await anna.goto(`${server.url}${path}`);
      await expect.poll(() => anna.locator('main h1').count()).toBeGreaterThan(0);
      expect(await wide()).toBeLessThanOrEqual(320);
      expect(await axe(anna)).toEqual([]);
    }
  });
});

/** RFC 4180 CSV: quoted cells, doubled quotes, CRLF or LF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
