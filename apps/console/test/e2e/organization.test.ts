/**
 * The organisation kept by its own people, end to end: the real server with
 * the demo, a real SMTP server, Chromium. An admin lets a new site embed the
 * form (a second HTTP server in this test, on another port, whose page loads
 * the embed script: refused before, sent after), invites a colleague who
 * signs in with the mailed code and sees only what the role allows, changes
 * a role, removes someone, cannot demote the last admin; the profile edited
 * with the keyboard alone; a stale edit keeps what was typed; the sign-in
 * provider; a cluster's profile; an editor's limits; axe in en and fi; 320 px.
 */
import { createServer, type Server } from 'node:http';
import { crc32, deflateSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  axe,
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
let site: Server;
let siteOrigin: string;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  mail = await startSmtp();
  server = await startServer(mail.url);
  browser = await launch();
  // A partner's site on another origin, embedding the form by script tag as
  // the demo city page does (apps/server/public/index.html).
  site = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Harbour partners</title>
    <script type="module" src="${server.url}/embed/entrypoint.js"></script>
  </head>
  <body>
    <main>
      <h1>Harbour partners</h1>
      <ep-entry-form org="norrhamn"></ep-entry-form>
    </main>
  </body>
</html>`);
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  siteOrigin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await new Promise((r) => site?.close(r));
  await server?.stop();
  await mail?.stop();
});

/** One signed-in browser per person (a code per sign-in, and codes are limited per address). */
const signedIn = new Map<string, BrowserContext>();

async function person(email?: string): Promise<Page> {
  let context = email ? signedIn.get(email) : undefined;
  const fresh = !context;
  if (!context) {
    context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    contexts.push(context);
    if (email) signedIn.set(email, context);
  }
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  if (email && fresh) await signIn(page, server.url, mail, email);
  return page;
}

async function open(page: Page, path: string, heading: string) {
  await page.goto(`${server.url}${path}`);
  await expect
    .poll(() => page.locator('main h1').first().textContent(), { timeout: 20_000 })
    .toBe(heading);
}

/** A call to the API from the page (its cookie, its Origin), as a script on it would make. */
function call(page: Page, method: string, path: string, body?: unknown, headers = {}) {
  return page.evaluate(
    async ({ method, path, body, headers }) => {
      const res = await fetch(path, {
        method,
        // Public reads are cacheable for a minute: always ask the server.
        cache: 'no-store',
        headers: {
          'content-type': 'application/json',
          'entrypoint-org': 'norrhamn',
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      return {
        status: res.status,
        etag: res.headers.get('etag'),
        body: (text ? JSON.parse(text) : undefined) as Record<string, unknown> & {
          data?: Array<{ id: string; email: string; name: string | null; role: string }>;
        },
      };
    },
    { method, path, body, headers },
  );
}

const focusedId = (page: Page) =>
  page.evaluate(() => {
    let a = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    return a ? a.id || a.textContent?.trim() || a.tagName : '';
  });

/** Presses Tab until the focused element has this id (or text), at most `max` times. */
async function tabTo(page: Page, target: string, max = 80) {
  for (let i = 0; i < max; i++) {
    if ((await focusedId(page)) === target) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}; at ${await focusedId(page)}`);
}

/** A small real PNG (solid colour), made here rather than shipped. */
function png(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB
  const row = Buffer.concat([
    Buffer.from([0]),
    Buffer.alloc(width * 3, Buffer.from([11, 92, 173])),
  ]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(Array.from({ length: height }, () => row)))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const wide = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/** Fills the embedded form on the partner's site. */
async function fillForm(page: Page, title: string) {
  const form = page.locator('ep-entry-form');
  await form.locator('#f-kind-0').evaluate((el: HTMLInputElement) => el.checked || el.click());
  await form.locator('#f-title').fill(title);
  await form.locator('#f-description').fill('Shore power that stands Arctic winters.');
  await form.locator('#f-company-name').fill('Polar Grid AB');
  await form.locator('#f-company-country').selectOption('SE');
  await form.locator('#f-company-size').selectOption('small');
  await form.locator('#f-contact-name').fill('Ada Testsson');
  await form.locator('#f-contact-email').fill('ada@polargrid.example');
  await form
    .locator('#f-consent-privacy')
    .evaluate((el: HTMLInputElement) => el.checked || el.click());
}

describe('the organisation', () => {
  test('an admin adds a site to the allowed origins, and the form on that site can send', async () => {
    const company = await person();
    await company.goto(siteOrigin);
    await fillForm(company, 'Shore power for the ferries');
    await company.locator('ep-entry-form [part=submit]').click();
    await expect
      .poll(() => company.locator('ep-entry-form #send-error').textContent())
      .toMatch(/This site may not send messages to .*Norrhamn/);

    const anna = await person('anna@norrhamn.example');
    await open(anna, '/console/organization', 'Organisation');
    const org = anna.locator('ep-organization');
    // Mistakes are named in words a person can act on, and nothing is added.
    for (const [typed, said] of [
      ['http://www.partner.example', /Use https:\/\/ for sites on the internet/],
      [`${siteOrigin}/contact`, new RegExp(`without a path.*${siteOrigin}`)],
      ['htps://www.partner.example', /must begin with https:\/\/ \(check for a typo\)/],
      ['www.partner.example', /Begin with https:\/\/, e\.g\. https:\/\/www\.partner\.example/],
      ['http://127.0.0.1:8787', /already/],
    ] as const) {
      await org.getByLabel('Site address').fill(typed);
      await org.getByRole('button', { name: 'Add a site' }).click();
      await expect.poll(() => org.locator('#newOrigin-error').textContent()).toMatch(said);
    }
    // Enter in the field adds the site (it does not save without it).
    await org.getByLabel('Site address').fill(siteOrigin);
    await org.getByLabel('Site address').press('Enter');
    await expect
      .poll(() => org.getByRole('button', { name: `Remove ${siteOrigin}` }).count())
      .toBe(1);
    await org.getByRole('button', { name: 'Save the settings' }).click();
    await expect.poll(() => anna.locator('ep-console .status').textContent()).toContain('Saved.');
    const saved = await call(anna, 'GET', '/v1/organizations/norrhamn');
    expect(saved.body.allowedOrigins).toContain(siteOrigin);

    // The same form on that site now sends.
    await company.reload();
    await fillForm(company, 'Shore power for the ferries');
    await company.locator('ep-entry-form [part=submit]').click();
    await expect
      .poll(() => company.locator('ep-entry-form [part=reference]').count(), { timeout: 20_000 })
      .toBe(1);
    expect(await company.locator('ep-entry-form [part=reference]').textContent()).toMatch(
      /NOR-\d{4}-\d{4}/,
    );
  });

  test('the profile is edited with the keyboard alone', async () => {
    const anna = await person('anna@norrhamn.example');
    await open(anna, '/console/organization', 'Organisation');
    await expect.poll(() => focusedId(anna)).toBe('Organisation');
    // In the order of the page: the entry point's role, then the website.
    await tabTo(anna, 'entryPoint.role');
    await anna.keyboard.press('Control+A');
    await anna.keyboard.type('Innovation office');
    await tabTo(anna, 'website');
    await anna.keyboard.press('Control+A');
    await anna.keyboard.type('https://www.norrhamn.example/naringsliv');
    await tabTo(anna, 'Save the profile');
    await anna.keyboard.press('Enter');
    await expect.poll(() => anna.locator('ep-console .status').textContent()).toContain('Saved.');
    const org = await call(anna, 'GET', '/v1/organizations/norrhamn');
    expect(org.body.website).toBe('https://www.norrhamn.example/naringsliv');
    expect((org.body.entryPoint as { role: string }).role).toBe('Innovation office');
  });

  test('a stale edit says so and loses nothing typed', async () => {
    const anna = await person('anna@norrhamn.example');
    await open(anna, '/console/organization', 'Organisation');
    const org = anna.locator('ep-organization');
    await org.getByLabel('Phone (optional)').fill('+46 70 123 45 67');
    // Meanwhile a colleague changes the organisation.
    const before = await call(anna, 'GET', '/v1/organizations/norrhamn');
    const theirs = await call(
      anna,
      'PATCH',
      '/v1/organizations/norrhamn',
      { website: 'https://www.norrhamn.example/theirs' },
      { 'if-match': before.etag },
    );
    expect(theirs.status).toBe(200);
    await org.getByRole('button', { name: 'Save the profile' }).click();
    const alert = org.locator('#profile-alert');
    await expect
      .poll(() => alert.textContent())
      .toContain('Someone else changed the organisation while you were editing');
    await expect
      .poll(() => alert.textContent())
      .toContain('Changed meanwhile: Website (optional).');
    expect(await org.getByLabel('Phone (optional)').inputValue()).toBe('+46 70 123 45 67');
    expect(await axe(anna)).toEqual([]);
    await org.getByRole('button', { name: 'Save my version over theirs' }).click();
    await expect.poll(() => anna.locator('ep-console .status').textContent()).toContain('Saved.');
    const after = await call(anna, 'GET', '/v1/organizations/norrhamn');
    expect((after.body.entryPoint as { phone: string }).phone).toBe('+46 70 123 45 67');
  });

  test('an admin sets the sign-in provider; the secret is never shown again', async () => {
    const anna = await person('anna@norrhamn.example');
    await open(anna, '/console/organization', 'Organisation');
    const org = anna.locator('ep-organization');
    await expect
      .poll(() => org.getByLabel('Redirect URI').inputValue())
      .toBe(`${server.url}/v1/session/sso/callback`);
    await org.getByLabel('Issuer (the provider’s address)').fill('http://login.example.org');
    await org.getByLabel('Client ID').fill('entrypoint-console');
    await org.getByLabel('Client secret').fill('s3cret-value-9');
    await org.getByRole('button', { name: 'Save the sign-in settings' }).click();
    await expect
      .poll(() => org.locator('#issuer-error').textContent())
      .toMatch(/Write the provider’s https address/);
    await org
      .getByLabel('Issuer (the provider’s address)')
      .fill('https://login.example.org/tenant/v2.0');
    await org.getByRole('button', { name: 'Save the sign-in settings' }).click();
    await expect.poll(() => org.getByText('Sign-in through your provider is on.').count()).toBe(1);
    expect(await org.getByLabel('Client secret').inputValue()).toBe('');
    expect(await org.getByText('A secret is stored. Leave this empty to keep it.').count()).toBe(1);
    const sso = await call(anna, 'GET', '/v1/organizations/norrhamn/sso');
    expect(sso.body).toMatchObject({ configured: true, clientId: 'entrypoint-console' });
    expect(JSON.stringify(sso.body)).not.toContain('s3cret');
    // Turned off again, after a confirmation.
    await org.getByRole('button', { name: 'Turn off sign-in through the provider' }).click();
    await org
      .locator('dialog')
      .getByRole('button', { name: 'Turn off sign-in through the provider' })
      .click();
    await expect.poll(() => org.getByText('Sign-in through a provider is off.').count()).toBe(1);
  });

  test('an editor changes the profile but is offered no settings, and the server refuses them', async () => {
    const maria = await person('maria@norrhamn.example');
    await open(maria, '/console/organization', 'Organisation');
    const org = maria.locator('ep-organization');
    await expect.poll(() => org.getByRole('button', { name: 'Save the profile' }).count()).toBe(1);
    expect(await org.getByRole('button', { name: 'Save the settings' }).count()).toBe(0);
    expect(await org.getByLabel('Site address').count()).toBe(0);
    expect(await org.locator('ep-org-sso').count()).toBe(0);
    expect(await org.getByText('Only administrators change these settings.').count()).toBe(1);
    const refused = await call(maria, 'PATCH', '/v1/organizations/norrhamn', {
      allowedOrigins: [],
    });
    expect(refused.status).toBe(403);
    expect((await call(maria, 'GET', '/v1/organizations/norrhamn/sso')).status).toBe(403);
    expect(await axe(maria)).toEqual([]);
  });

  test('an admin uploads a logo, sees it, and saves it with the profile', async () => {
    const anna = await person('anna@norrhamn.example');
    await open(anna, '/console/organization', 'Organisation');
    const org = anna.locator('ep-organization');
    await org.getByLabel('Choose a logo image (JPEG, PNG or WebP)').setInputFiles({
      name: 'logo.png',
      mimeType: 'image/png',
      buffer: png(240, 120),
    });
    await expect
      .poll(() => org.getByText('The logo is uploaded. Save the profile to use it.').count())
      .toBe(1);
    const img = org.getByRole('img', { name: 'Logo of City of Norrhamn' });
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBe(240);
    await org.getByRole('button', { name: 'Save the profile' }).click();
    await expect.poll(() => anna.locator('ep-console .status').textContent()).toContain('Saved.');
    const saved = await call(anna, 'GET', '/v1/organizations/norrhamn');
    expect(saved.body.logoUrl).toMatch(new RegExp(`^${server.url}/media/[^/]+-240\\.webp$`));
    expect(await axe(anna)).toEqual([]);
  });

  test('a cluster’s stale edit keeps what was typed, and saves over the other change when asked', async () => {
    const erik = await person('erik@nordicmobility.example');
    await open(erik, '/console/organization', 'Organisation');
    const cluster = erik.locator('ep-org-cluster');
    await cluster.getByLabel('Technologies').fill('shore power, hydrogen ferries');
    const current = await call(erik, 'GET', '/v1/clusters/nordic-mobility-cluster');
    const theirs = await call(
      erik,
      'PATCH',
      '/v1/clusters/nordic-mobility-cluster',
      { memberCount: 150 },
      { 'if-match': current.etag, 'entrypoint-org': 'nordic-mobility-cluster' },
    );
    expect(theirs.status).toBe(200);
    await cluster.getByRole('button', { name: 'Save the cluster profile' }).click();
    await expect
      .poll(() => cluster.locator('#cluster-alert').textContent())
      .toContain('Someone else changed the organisation');
    expect(await cluster.getByLabel('Technologies').inputValue()).toBe(
      'shore power, hydrogen ferries',
    );
    await cluster.getByRole('button', { name: 'Save my version over theirs' }).click();
    await expect.poll(() => erik.locator('ep-console .status').textContent()).toContain('Saved.');
    const after = await call(erik, 'GET', '/v1/clusters/nordic-mobility-cluster');
    expect(after.body.technologies).toEqual(['shore power', 'hydrogen ferries']);
  });

  test('a cluster keeps its public profile', async () => {
    const erik = await person('erik@nordicmobility.example');
    await open(erik, '/console/organization', 'Organisation');
    const cluster = erik.locator('ep-org-cluster');
    await cluster.getByLabel('Number of members (optional)').fill('321');
    await cluster.getByRole('button', { name: 'Save the cluster profile' }).click();
    await expect.poll(() => erik.locator('ep-console .status').textContent()).toContain('Saved.');
    const res = await fetch(`${server.url}/v1/clusters/nordic-mobility-cluster`);
    expect(((await res.json()) as { memberCount: number }).memberCount).toBe(321);
    expect(await axe(erik)).toEqual([]);
  });
});

describe('the staff', () => {
  const VERA = 'vera.lind@norrhamn.example';

  test('an admin invites a viewer, who gets the mail, signs in and sees only what a viewer may', async () => {
    const anna = await person('anna@norrhamn.example');
    await open(anna, '/console/staff', 'Staff');
    const staff = anna.locator('ep-staff');
    await expect.poll(() => staff.getByRole('row').count()).toBeGreaterThan(1);
    // Each role is explained.
    expect(
      await staff.getByText('Reads the inbox, challenges and stories. Changes nothing.').count(),
    ).toBeGreaterThan(0);
    await staff.getByLabel('Work e-mail address').fill('not-an-address');
    await staff.getByRole('button', { name: 'Send the invitation' }).click();
    await expect.poll(() => staff.locator('#invite-email-error').count()).toBe(1);
    await staff.getByLabel('Work e-mail address').fill(VERA);
    await staff.getByLabel('Name (optional)').fill('Vera Lind');
    await staff.getByRole('radio', { name: /^Reader/ }).check();
    const before = mail.received.length;
    await staff.getByRole('button', { name: 'Send the invitation' }).click();
    await expect
      .poll(() => anna.locator('ep-console .status').textContent())
      .toContain(`The invitation is sent to ${VERA}.`);
    expect(await staff.getByRole('row', { name: /Vera Lind/ }).count()).toBe(1);
    const invitation = await mail.waitFor(
      (m) => mail.received.indexOf(m) >= before && toOf(m).includes(VERA),
    );
    expect(invitation.subject).toMatch(/Norrhamn/);

    const vera = await person(VERA);
    // No Staff in the navigation, no settings controls, no SSO.
    expect(await vera.locator('ep-console nav').getByRole('link', { name: 'Staff' }).count()).toBe(
      0,
    );
    await open(vera, '/console/organization', 'Organisation');
    const org = vera.locator('ep-organization');
    await expect
      .poll(() =>
        org
          .getByText(
            'You can read these details. Only administrators and editors change the profile.',
          )
          .count(),
      )
      .toBe(1);
    expect(await org.locator('input, select, textarea, button').count()).toBe(0);
    expect(await axe(vera)).toEqual([]);
    await open(vera, '/console/staff', 'Staff');
    expect(
      await vera.locator('ep-staff').getByText('Only administrators manage the staff.').count(),
    ).toBe(1);
    expect(await vera.locator('ep-staff form').count()).toBe(0);
    // And the server refuses what the page does not offer.
    for (const [method, path, body] of [
      ['PATCH', '/v1/organizations/norrhamn', { answerDays: 3 }],
      ['POST', '/v1/staff', { email: 'x@norrhamn.example', role: 'admin' }],
      [
        'PUT',
        '/v1/organizations/norrhamn/sso',
        { issuer: 'https://a.example', clientId: 'a', clientSecret: 'b' },
      ],
      ['POST', '/v1/challenges', { title: { en: 'Nope' } }],
    ] as const) {
      expect((await call(vera, method, path, body)).status, `${method} ${path}`).toBe(403);
    }
  });

  test('an admin changes a role, removes someone, and cannot demote the last admin', async () => {
    const anna = await person('anna@norrhamn.example');
    await open(anna, '/console/staff', 'Staff');
    const staff = anna.locator('ep-staff');
    const list = await call(anna, 'GET', '/v1/staff');
    const vera = list.body.data!.find((m) => m.email === VERA)!;
    const me = list.body.data!.find((m) => m.email === 'anna@norrhamn.example')!;

    await staff.getByLabel('Role of Vera Lind').selectOption('handler');
    await staff.getByRole('button', { name: 'Change the role: Vera Lind' }).click();
    await expect
      .poll(() => anna.locator('ep-console .status').textContent())
      .toContain('Vera Lind is now Handler.');
    expect(
      (await call(anna, 'GET', '/v1/staff')).body.data!.find((m) => m.id === vera.id)!.role,
    ).toBe('handler');

    await staff.getByRole('button', { name: 'Remove Vera Lind' }).first().click();
    const dialog = staff.locator('dialog#confirm');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.textContent()).toContain('Remove Vera Lind from the organisation?');
    expect(await axe(anna)).toEqual([]);
    await dialog.getByRole('button', { name: 'Remove Vera Lind' }).click();
    await expect.poll(() => staff.getByRole('row', { name: /Vera Lind/ }).count()).toBe(0);
    expect((await call(anna, 'GET', '/v1/staff')).body.data!.some((m) => m.id === vera.id)).toBe(
      false,
    );

    // Anna is Norrhamn's only admin.
    const annaName = me.name ?? me.email;
    await staff.getByLabel(`Role of ${annaName}`).selectOption('viewer');
    await staff.getByRole('button', { name: `Change the role: ${annaName}` }).click();
    await expect
      .poll(() => staff.locator('#row-alert').textContent())
      .toMatch(
        /last admin of "norrhamn" cannot be removed or given another role.*at least one administrator/s,
      );
    expect(
      (await call(anna, 'GET', '/v1/staff')).body.data!.find((m) => m.id === me.id)!.role,
    ).toBe('admin');
  });
});

describe('when the server cannot be reached', () => {
  test('each view says so and tries again on request', async () => {
    const anna = await person('anna@norrhamn.example');
    // The connection drops for these calls only (the server itself is fine).
    await anna.route('**/v1/staff', (route) => route.abort('connectionfailed'));
    await anna.route('**/v1/organizations/norrhamn', (route) => route.abort('connectionfailed'));
    for (const [path, heading, said] of [
      ['/console/staff', 'Staff', 'The staff could not be loaded.'],
      ['/console/organization', 'Organisation', 'The organisation could not be loaded.'],
    ] as const) {
      await open(anna, path, heading);
      const alert = anna.locator('main [role=alert]');
      await expect.poll(() => alert.textContent()).toContain(said);
      expect(await alert.textContent()).toContain('The server could not be reached');
      expect(await axe(anna)).toEqual([]);
    }
    await anna.unrouteAll();
    await anna.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => anna.locator('ep-organization form').count()).toBeGreaterThan(0);
  });
});

describe('both views', () => {
  test('pass axe in English and Finnish, render in Swedish and Norwegian, and fit 320 px', async () => {
    const anna = await person('anna@norrhamn.example');
    for (const { path, ready, en, fi, fiPart, sv, nb } of [
      {
        path: '/console/organization',
        ready: 'ep-org-sso #redirect',
        en: 'Organisation',
        fi: 'Organisaatio',
        fiPart: 'Profiili',
        sv: 'Organisation',
        nb: 'Organisasjon',
      },
      {
        path: '/console/staff',
        ready: 'ep-staff tbody tr',
        en: 'Staff',
        fi: 'Henkilöstö',
        fiPart: 'Kutsu työkaveri',
        sv: 'Personal',
        nb: 'Ansatte',
      },
    ]) {
      const loaded = () => expect.poll(() => anna.locator(ready).count()).toBeGreaterThan(0);
      await anna.setViewportSize({ width: 1200, height: 900 });
      await open(anna, path, en);
      await loaded();
      expect(await axe(anna)).toEqual([]);
      await anna.getByLabel('Language', { exact: true }).selectOption('fi');
      await expect.poll(() => anna.locator('main h1').first().textContent()).toBe(fi);
      expect(await anna.locator('main h2', { hasText: fiPart }).count()).toBe(1);
      expect(await axe(anna)).toEqual([]);
      for (const [lang, heading] of [
        ['sv', sv],
        ['nb', nb],
      ] as const) {
        await anna.getByLabel(/^(Kieli|Språk)$/).selectOption(lang);
        await expect.poll(() => anna.locator('main h1').first().textContent()).toBe(heading);
      }
      await anna.getByLabel('Språk', { exact: true }).selectOption('en');
      await expect.poll(() => anna.locator('main h1').first().textContent()).toBe(en);
      await anna.setViewportSize({ width: 320, height: 640 });
      await open(anna, path, en);
      await loaded();
      expect(await wide(anna)).toBeLessThanOrEqual(320);
      expect(await axe(anna)).toEqual([]);
    }
  });
});
