// Door openers through the embed against the real server, in Chromium and
// Firefox ESR: a company that responds from the board on a cluster's own site
// is credited to the cluster (the server proves `via` from the site); a form
// on a site no receiver allows says so in the page's language, with no retry;
// the cluster directory lists the server's clusters and passes axe.
import type { Challenge, Cluster, List, Submission } from '@entrypoint/sdk';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { admin, adminKey, serverUrl } from './browser.js';
import {
  axe,
  BROWSERS,
  click,
  count,
  fill,
  fresh,
  launch,
  openHost,
  select,
  text,
  waitFor,
} from './driver.js';

/** A site of the demo clusters (and of every demo organisation): apps/server/src/demo/organizations.ts. */
const CLUSTER_SITE = 'http://127.0.0.1:8787';
/** A site no organisation on the server lists. */
const UNRELATED_SITE = 'http://unrelated.example';

async function api<T>(path: string): Promise<T> {
  return (await (await fetch(`${serverUrl}/v1/${path}`)).json()) as T;
}

describe.each(BROWSERS)('door openers in %s', (name) => {
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

  /** Fills the form at `root` (a `>>>` path to the form's shadow root). */
  async function fillValid(root: string, title: string) {
    const f = (id: string) => `${root} >>> #${id}`;
    await click(page, f('f-kind-0'));
    await fill(page, f('f-title'), title);
    await fill(page, f('f-description'), 'Shore power that stands Arctic winters.');
    await fill(page, f('f-company-name'), 'Polar Grid AB');
    await select(page, f('f-company-country'), 'SE');
    await select(page, f('f-company-size'), 'small');
    await fill(page, f('f-contact-name'), 'Ada Testsson');
    await fill(page, f('f-contact-email'), 'ada@polargrid.example');
    await click(page, f('f-consent-privacy'));
  }

  test('responding from the board on the cluster’s site credits the cluster', async () => {
    const open = (await api<List<Challenge>>('challenges?org=norrhamn&status=open&limit=1'))
      .data[0]!;
    await openHost(
      page,
      `<ep-challenge-board org="norrhamn" via="nordic-mobility-cluster"></ep-challenge-board>`,
      { origin: CLUSTER_SITE, hash: `#ep-challenge=${open.id}` },
    );
    await click(page, 'ep-challenge-board >>> button[part=respond]');
    const form = 'ep-challenge-board >>> ep-entry-form';
    await waitFor(page, `${form} >>> #f-title`);
    const title = `Via the cluster ${name} ${Date.now()}`;
    await fillValid(form, title);
    await click(page, `${form} >>> [part=submit]`);
    await expect.poll(() => count(page, `${form} >>> [part=reference]`)).toBe(1);

    const stored = (await admin<List<Submission>>('submissions?limit=100')).data.find(
      (s) => s.title === title,
    );
    expect([stored?.via, stored?.challengeId]).toEqual(['nordic-mobility-cluster', open.id]);
  }, 60_000);

  test('a form on a site no one allows says so in the page’s language, with no retry', async () => {
    await openHost(page, `<ep-entry-form org="norrhamn"></ep-entry-form>`, {
      origin: UNRELATED_SITE,
      lang: 'sv',
    });
    const title = `Unrelated ${name} ${Date.now()}`;
    await fillValid('ep-entry-form', title);
    await click(page, 'ep-entry-form >>> [part=submit]');
    await expect
      .poll(() => text(page, 'ep-entry-form >>> #send-error'))
      .toMatch(
        /^Den här webbplatsen får inte skicka meddelanden till .*Norrhamns kommun.*\. Det du har skrivit finns kvar i webbläsaren\./,
      );
    expect(await count(page, 'ep-entry-form >>> [part=submit]')).toBe(0);
    const inbox = await admin<List<Submission>>('submissions?limit=100');
    expect(inbox.data.filter((s) => s.title === title)).toEqual([]);
  }, 60_000);

  test('the built board shows each status with its symbol, and the order open first', async () => {
    await openHost(page, `<ep-challenge-board org="*" page-size="100"></ep-challenge-board>`);
    await expect.poll(() => count(page, 'ep-challenge-board >>> [part=status]')).toBeGreaterThan(1);
    const seen = await page.evaluate(() =>
      [
        ...document
          .querySelector('ep-challenge-board')!
          .shadowRoot!.querySelectorAll('[part=status]'),
      ].map((b) => [b.className, getComputedStyle(b, '::before').content] as const),
    );
    expect(seen.every(([, symbol]) => symbol !== 'none' && symbol !== '')).toBe(true);
    const rank: Record<string, number> = {
      open: 0,
      'in-dialogue': 1,
      procurement: 1,
      solved: 2,
      closed: 3,
    };
    const ranks = seen.map(([cls]) => rank[/status-([a-z-]+)$/.exec(cls)?.[1] ?? ''] ?? 9);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  }, 60_000);

  test('the cluster directory lists the server’s clusters, with no axe violation', async () => {
    const clusters = (await api<List<Cluster>>('clusters?limit=100')).data;
    await openHost(page, `<ep-cluster-directory heading="Clusters"></ep-cluster-directory>`);
    await expect
      .poll(() => count(page, 'ep-cluster-directory >>> [part=card]'))
      .toBe(clusters.length);
    expect(await axe(page)).toEqual([]);
  }, 60_000);
});
