/**
 * Door openers in the console: a cluster sees what it opened the door to
 * (reference, receiver, status; counts by receiver, status and month), a
 * receiver sees which clusters brought it what. Against the demo, where
 * Nordic Mobility Cluster's site sent submissions to Norrhamn and Kustlanda.
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

let mail: Mailbox;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  mail = await startSmtp();
  server = await startServer(mail.url);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await mail?.stop();
});

async function doorsOf(email: string, width = 1200): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await signIn(page, server.url, mail, email);
  await page.getByRole('link', { name: 'Door openers' }).click();
  await page.waitForURL(/\/console\/doors$/);

  await expect.poll(() => page.getByRole('heading', { name: 'Doors we opened' }).count()).toBe(1);
  return page;
}

describe('door openers', () => {
  test('a cluster sees the submissions it opened the door to, where they went and how it went', async () => {
    const page = await doorsOf('erik@nordicmobility.example');
    const list = page.getByRole('table', { name: 'The submissions, newest first' });
    await expect.poll(() => list.getByRole('row').count()).toBeGreaterThan(1);
    const text = await list.innerText();
    expect(text).toMatch(/NOR-\d{4}-\d{4}/);
    expect(text).toMatch(/KUS-\d{4}-\d{4}/);
    const byReceiver = await page.getByRole('table', { name: 'By receiver' }).innerText();
    expect(byReceiver).toMatch(/Norrhamn/);
    expect(await list.innerText()).toMatch(/Kustlanda/);
    expect(
      await page.getByRole('table', { name: 'By month' }).getByRole('row').count(),
    ).toBeGreaterThan(1);
    expect(await axe(page)).toEqual([]);
    await page.context().close();
  });

  test('a receiver sees which clusters brought it what, and nothing it did not receive', async () => {
    const page = await doorsOf('anna@norrhamn.example');
    const openers = page.getByRole('table', {
      name: 'Submissions by the cluster that opened the door',
    });
    await expect.poll(() => openers.getByRole('row').count()).toBeGreaterThan(1);
    expect(await openers.innerText()).toMatch(/Nordic Mobility/);
    // Norrhamn opened no doors itself.
    expect(
      await page
        .getByText("No submission has come in through your organisation's sites yet.")
        .count(),
    ).toBe(1);
    expect(await axe(page)).toEqual([]);
    await page.context().close();
  });

  test('at 320 px nothing scrolls sideways', async () => {
    const page = await doorsOf('erik@nordicmobility.example', 320);
    const sideways = await page.evaluate(
      () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
    );
    expect(sideways).toBe(false);
    await page.context().close();
  });
});
