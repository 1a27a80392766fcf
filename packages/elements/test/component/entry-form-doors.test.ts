// <ep-entry-form> as a city's web team meets it, with a stub client: a site
// the server refuses (403 origin-not-allowed, via-unproven) said in the
// person's language with no retry, a typo in `org` said at once, consent to
// forwarding a confidential submission, the heading, one style for optional
// fields, targets of 24 × 24 px, and the confirmation.
import { html, render, type TemplateResult } from 'lit';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { cluster, organization, receipt } from '../../../sdk/test/factories.js';
import '../../src/define.js';
import type { EntryForm } from '../../src/entry-form.js';
import { $, $$, list, mount, stubClient, text, unmountAll, type Stub } from './stub.js';

afterEach(() => {
  unmountAll();
  vi.restoreAllMocks();
});

const ORGS = list([organization(), cluster()]);

/** Mounts a form with `attrs` (as written in HTML), the stub's client, and `light` as its children. */
async function form(stub: Stub, attrs: Record<string, string> = {}, light?: TemplateResult) {
  const el = document.createElement('ep-entry-form');
  for (const [name, value] of Object.entries({ org: 'norrhamn', lang: 'en', ...attrs }))
    el.setAttribute(name, value);
  el.client = stub.client;
  if (light) render(light, el);
  return mount<EntryForm>(html`${el}`);
}

function type(el: EntryForm, name: string, value: string) {
  const field = $<HTMLInputElement>(el, `[name="${name}"]`)!;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

function check(el: EntryForm, selector: string) {
  const box = $<HTMLInputElement>(el, selector)!;
  box.checked = true;
  box.dispatchEvent(new Event('change', { bubbles: true }));
}

async function fillValid(el: EntryForm) {
  await expect.poll(() => $(el, 'form')).not.toBeNull();
  check(el, '#f-kind-0');
  type(el, 'title', 'Ferry charging');
  type(el, 'description', 'Charging for electric ferries at the quay.');
  type(el, 'company.name', 'Voltfjord AB');
  type(el, 'company.country', 'SE');
  type(el, 'company.size', 'small');
  type(el, 'contact.name', 'Alex Berg');
  type(el, 'contact.email', 'alex@voltfjord.example');
  check(el, '#f-consent-privacy');
}

const refusal = (code: string, extra: Record<string, string>) => ({
  status: 403,
  headers: { 'content-type': 'application/problem+json' },
  body: { type: 'about:blank', title: 'Forbidden', status: 403, code, ...extra },
});

async function send(el: EntryForm) {
  $<HTMLButtonElement>(el, '[part=submit]')!.click();
  await el.updateComplete;
}

describe('<ep-entry-form> for a web team', () => {
  test('403 origin-not-allowed: names the receiver, in the page’s language, and offers no retry', async () => {
    const stub = stubClient({
      'GET /v1/organizations': ORGS,
      'POST /v1/submissions': refusal('origin-not-allowed', {
        origin: 'https://cluster.example',
        orgId: 'norrhamn',
      }),
    });
    const el = await form(stub, { lang: 'sv' });
    await fillValid(el);
    await send(el);
    await expect
      .poll(() => text(el, '#send-error'))
      .toBe(
        'Den här webbplatsen får inte skicka meddelanden till \u2068Norrhamns stad\u2069. Det du har skrivit finns kvar i webbläsaren. Kontakta gärna den som ansvarar för webbplatsen.',
      );
    expect($(el, '[part=submit]')).toBeNull();
    expect(stub.callsTo('POST /v1/submissions')).toHaveLength(1);
  });

  test('403 via-unproven: names the organisation the site claims to send for', async () => {
    const stub = stubClient({
      'GET /v1/organizations': ORGS,
      'POST /v1/submissions': refusal('via-unproven', { via: 'nordic-mobility-cluster' }),
    });
    const el = await form(stub, { via: 'nordic-mobility-cluster' });
    await fillValid(el);
    await send(el);
    await expect
      .poll(() => text(el, '#send-error'))
      .toBe(
        'This site may not send messages on behalf of \u2068Nordic Mobility Cluster\u2069. Your text is kept in this browser. Please tell the editor of this site.',
      );
    expect(JSON.parse(stub.callsTo('POST /v1/submissions')[0]!.body!)).toMatchObject({
      via: 'nordic-mobility-cluster',
    });
    expect($(el, '[part=submit]')).toBeNull();
  });

  test('a typo in org: says so at once in the page’s language, warns the web team, shows no form', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const stub = stubClient();
    const el = await form(stub, { org: 'norhamn', lang: 'nb' });
    await expect
      .poll(() => text(el, '[part=refused]'))
      .toBe(
        'Skjemaet er satt opp til å sende til en virksomhet som ikke finnes (“norhamn”), så det kan ikke sende noe. Si gjerne fra til den som har ansvar for nettstedet.',
      );
    expect($(el, 'form')).toBeNull();
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('<ep-entry-form> names no organisation "norhamn"'),
    );
  });

  test('an org not in the list but found by id is fine', async () => {
    const stub = stubClient({
      'GET /v1/organizations/hidden': { body: organization({ id: 'hidden' }) },
    });
    const el = await form(stub, { org: 'hidden' });
    await expect.poll(() => stub.callsTo('GET /v1/organizations/hidden')).toHaveLength(1);
    await el.updateComplete;
    expect($(el, '[part=refused]')).toBeNull();
    expect($(el, 'form')).not.toBeNull();
  });

  test('asks for consent to forwarding only with confidential, and sends it', async () => {
    const stub = stubClient({ 'POST /v1/submissions': { status: 201, body: receipt() } });
    const el = await form(stub);
    await fillValid(el);
    expect($(el, '#f-consent-forwarding')).toBeNull();
    check(el, '#f-confidential');
    await expect.poll(() => $(el, '#f-consent-forwarding')).not.toBeNull();
    expect(text(el, 'label[for=f-consent-forwarding]')).toBe(
      'It may be shared with other public bodies and clusters that can help (optional)',
    );
    check(el, '#f-consent-forwarding');
    await send(el);
    await expect.poll(() => stub.callsTo('POST /v1/submissions')).toHaveLength(1);
    const body = JSON.parse(stub.callsTo('POST /v1/submissions')[0]!.body!) as {
      confidential: boolean;
      consent: Record<string, boolean>;
    };
    expect([body.confidential, body.consent.forwarding]).toEqual([true, true]);
  });

  test('forwarding is not sent for a submission that is not confidential', async () => {
    const stub = stubClient({ 'POST /v1/submissions': { status: 201, body: receipt() } });
    const el = await form(stub);
    await fillValid(el);
    check(el, '#f-confidential');
    await expect.poll(() => $(el, '#f-consent-forwarding')).not.toBeNull();
    check(el, '#f-consent-forwarding');
    const box = $<HTMLInputElement>(el, '#f-confidential')!;
    box.checked = false;
    box.dispatchEvent(new Event('change', { bubbles: true }));
    await send(el);
    await expect.poll(() => stub.callsTo('POST /v1/submissions')).toHaveLength(1);
    const body = JSON.parse(stub.callsTo('POST /v1/submissions')[0]!.body!) as {
      consent: Record<string, boolean>;
    };
    expect(body.consent.forwarding).toBeUndefined();
  });

  test('heading and heading-level replace the built-in h2', async () => {
    const el = await form(stubClient(), { heading: 'Write to us', 'heading-level': '3' });
    await expect.poll(() => text(el, 'h3[part=heading]')).toBe('Write to us');
    expect($(el, 'h2')).toBeNull();
  });

  test('a slotted heading replaces the built-in one', async () => {
    const el = await form(stubClient(), {}, html`<h4 slot="heading">Contact us</h4>`);
    await expect.poll(() => $(el, 'form')).not.toBeNull();
    const slot = $<HTMLSlotElement>(el, 'slot[name=heading]')!;
    expect(slot.assignedElements().map((e) => e.textContent)).toEqual(['Contact us']);
  });

  test('one style: required fields carry no mark, optional ones say optional, the same way', async () => {
    const el = await form(stubClient());
    await expect.poll(() => $(el, 'form')).not.toBeNull();
    expect(text(el, 'label[for=f-title]')).toBe('Title');
    expect(text(el, 'label[for=f-company-orgNumber]')).toBe('Organisation number (optional)');
    const marks = $$(el, '.opt').map((m) => m.closest('label')?.htmlFor);
    expect(marks).toEqual([
      'f-company-orgNumber',
      'f-company-website',
      'f-maturity',
      'f-contact-phone',
      'f-confidential',
      'f-consent-newsletter',
    ]);
    expect(text(el, '.intro + p')).toBe('Fill in every field unless it says optional.');
  });

  test('radios and checkboxes are at least 24 × 24 px; fields are as wide as what they hold', async () => {
    const el = await form(stubClient());
    el.style.width = '900px';
    await expect.poll(() => $(el, 'form')).not.toBeNull();
    for (const box of $$(el, 'input[type=radio], input[type=checkbox]')) {
      const r = box.getBoundingClientRect();
      expect(Math.min(r.width, r.height)).toBeGreaterThanOrEqual(24);
    }
    const width = (id: string) => $(el, `#${id}`)!.getBoundingClientRect().width;
    expect(width('f-contact-phone')).toBeLessThan(width('f-contact-email'));
    expect(width('f-contact-email')).toBeLessThan(width('f-description'));
  });

  test('the confirmation: a heading with focus, the reference set apart, what happens next', async () => {
    const stub = stubClient({
      'POST /v1/submissions': { status: 201, body: receipt({ reference: 'NOR-2026-0042' }) },
    });
    const el = await form(stub);
    await fillValid(el);
    await send(el);
    await expect.poll(() => text(el, '[part=reference]')).toBe('NOR-2026-0042');
    expect(text(el, '[part=success] h3')).toBe('Thank you, your message has been sent');
    expect(text(el, '[part=success] h4')).toBe('What happens next');
    expect($(el, '.ref')!.innerText).toBe('Your reference number\nNOR-2026-0042');
    expect(text(el, '[part=success]')).toContain('Quote your reference number');
  });

  test('takes via from the address with the challenge a board’s respond-url sends', async () => {
    history.replaceState(null, '', '?challenge=ferries&org=norrhamn&via=nordic-mobility-cluster');
    try {
      const stub = stubClient({ 'POST /v1/submissions': { status: 201, body: receipt() } });
      const el = await form(stub);
      await fillValid(el);
      await send(el);
      await expect.poll(() => stub.callsTo('POST /v1/submissions')).toHaveLength(1);
      expect(JSON.parse(stub.callsTo('POST /v1/submissions')[0]!.body!)).toMatchObject({
        challengeId: 'ferries',
        via: 'nordic-mobility-cluster',
      });
    } finally {
      history.replaceState(null, '', location.pathname);
    }
  });
});
