// <ep-entry-form> alone, with a stub client: every state the Storybook shows
// (empty, about a challenge, errors from the check and from the server,
// sending, dropped connection and retry, site not allowed, too many
// submissions, success, loading, offline) and the draft with its
// Idempotency-Key, including the new key after a 409.
import { html } from 'lit';
import { afterEach, describe, expect, test } from 'vitest';
import { challenge, organization, receipt } from '../../../sdk/test/factories.js';
import '../../src/define.js';
import type { EntryForm } from '../../src/entry-form.js';
import { $, fail, focused, mount, stubClient, text, unmountAll, type Stub } from './stub.js';

afterEach(unmountAll);

const STORAGE = 'ep-entry-form:norrhamn:-';

async function form(stub: Stub, attrs: { challenge?: string; via?: string; lang?: string } = {}) {
  const el = await mount<EntryForm>(
    html`<ep-entry-form
      org="norrhamn"
      challenge=${attrs.challenge ?? ''}
      via=${attrs.via ?? ''}
      lang=${attrs.lang ?? 'en'}
      privacy-url="https://norrhamn.example/privacy"
      .client=${stub.client}
    ></ep-entry-form>`,
  );
  await expect.poll(() => $(el, 'form')).not.toBeNull();
  return el;
}

/** Types into a field as a person would (an input event from the field). */
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

function fillValid(el: EntryForm) {
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

async function send(el: EntryForm) {
  $<HTMLButtonElement>(el, '[part=submit]')!.click();
  await el.updateComplete;
}

const sentKeys = (stub: Stub) =>
  stub.callsTo('POST /v1/submissions').map((c) => c.headers.get('idempotency-key'));

describe('<ep-entry-form>', () => {
  test('while the owner loads, the form is there, addressed to the owner’s id', async () => {
    const el = await form(stubClient({ 'GET /v1/organizations': 'pending' }));
    expect(text(el, '.intro')).toBe('Your message goes to norrhamn');
    expect($(el, '#f-kind-0')).not.toBeNull();
  });

  test('the empty form names the owner and its entry point, isolated from the text around', async () => {
    const stub = stubClient();
    const el = await form(stub);
    await expect.poll(() => text(el, '.intro')).toContain('City of Norrhamn');
    // The name sits between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE.
    expect(text(el, '.intro')).toContain('\u2068City of Norrhamn\u2069');
    expect(text(el, '.intro')).toContain('(Åsa Lind)');
    expect($(el, '[part=error-summary]')).toBeNull();
    expect($(el, '.about')).toBeNull();
    expect($<HTMLAnchorElement>(el, 'a[href="https://norrhamn.example/privacy"]')).not.toBeNull();
    expect(text(el, '[part=submit]')).toBe('Send');
  });

  test('names the challenge it answers, and sends it with the site it came through', async () => {
    const about = challenge({ id: 'ferries', title: { en: 'Electric ferries' } });
    const stub = stubClient({
      'GET /v1/challenges/ferries': { body: about },
      'POST /v1/submissions': { status: 201, body: receipt() },
    });
    const el = await form(stub, { challenge: 'ferries', via: 'nordic-mobility-cluster' });
    await expect.poll(() => text(el, '.about')).toBe('About the challenge: Electric ferries');
    fillValid(el);
    await send(el);
    await expect.poll(() => stub.callsTo('POST /v1/submissions').length).toBe(1);
    const body = JSON.parse(stub.callsTo('POST /v1/submissions')[0]!.body!) as Record<
      string,
      unknown
    >;
    expect(body).toMatchObject({
      orgId: 'norrhamn',
      challengeId: 'ferries',
      via: 'nordic-mobility-cluster',
      kind: 'idea',
      company: { name: 'Voltfjord AB', country: 'SE', size: 'small' },
      consent: { privacy: true },
      language: 'en',
    });
  });

  test('checks before sending: each bad field is marked and described, listed, and the first focused', async () => {
    const stub = stubClient();
    const el = await form(stub);
    type(el, 'contact.email', 'not-an-address');
    await send(el);
    await expect.poll(() => text(el, '[part=error-summary] h3')).toMatch(/^There are \d+ problems/);
    const email = $<HTMLInputElement>(el, '#f-contact-email')!;
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(email.getAttribute('aria-describedby')).toBe('f-contact-email-error');
    expect(text(el, '#f-contact-email-error')).toBe(
      'Give an email address such as name@example.com',
    );
    expect(text(el, '#f-consent-privacy-error')).toBe(
      'Confirm that you have read the privacy notice',
    );
    // The kind comes first in the form, so it is first in the list and gets focus.
    expect(text(el, '[part=error-summary] li')).toBe('Choose what you want to send');
    await expect.poll(() => focused(el)).toBe('f-kind-0');
    expect(stub.callsTo('POST /v1/submissions')).toHaveLength(0);

    // A link in the summary moves focus to its field.
    $<HTMLAnchorElement>(el, '[part=error-summary] a[href="#f-contact-email"]')!.click();
    expect(focused(el)).toBe('f-contact-email');
    // Fixing a field after the first check clears its error as the person types.
    type(el, 'contact.email', 'alex@voltfjord.example');
    await el.updateComplete;
    expect($(el, '#f-contact-email-error')).toBeNull();
  });

  test('ties the errors the server found to their fields, and lists the others', async () => {
    const stub = stubClient({
      'POST /v1/submissions': {
        status: 422,
        headers: { 'content-type': 'application/problem+json' },
        body: {
          type: 'about:blank',
          title: 'Invalid',
          status: 422,
          errors: [
            { path: 'company.name', message: 'Taken' },
            { path: 'orgId', message: 'Unknown organisation' },
          ],
        },
      },
    });
    const el = await form(stub);
    fillValid(el);
    await send(el);
    await expect.poll(() => text(el, '#f-company-name-error')).toBe('Give the company name');
    expect(text(el, '[part=error-summary]')).toContain('Unknown organisation');
    expect(text(el, '[part=error-summary] h3')).toBe('There are 2 problems to fix');
    await expect.poll(() => focused(el)).toBe('f-company-name');
  });

  test('while sending, the button is disabled and says so', async () => {
    const stub = stubClient({ 'POST /v1/submissions': 'pending' });
    const el = await form(stub);
    fillValid(el);
    await send(el);
    const button = $<HTMLButtonElement>(el, '[part=submit]')!;
    await expect.poll(() => button.textContent?.trim()).toBe('Sending…');
    expect(button.disabled).toBe(true);
    expect(button.getAttribute('aria-disabled')).toBe('true');
  });

  test('after a dropped connection it says so, and the retry sends the same key', async () => {
    const stub = stubClient({
      'POST /v1/submissions': (_call, n) =>
        n === 1 ? 'offline' : { status: 201, body: receipt({ reference: 'EP-2026-0042' }) },
    });
    const el = await form(stub);
    fillValid(el);
    await send(el);
    await expect
      .poll(() => text(el, '#send-error'))
      .toBe('The connection was lost. Your message is kept: try again when you are online.');
    await expect.poll(() => focused(el)).toBe('send-error');
    expect(text(el, '[part=submit]')).toBe('Try again');
    await send(el);
    await expect.poll(() => text(el, '[part=reference]')).toBe('EP-2026-0042');
    const keys = sentKeys(stub);
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
  });

  test('a changed text after a failed send goes with a new key', async () => {
    const stub = stubClient({ 'POST /v1/submissions': 'offline' });
    const el = await form(stub);
    fillValid(el);
    await send(el);
    await expect.poll(() => $(el, '#send-error')).not.toBeNull();
    type(el, 'title', 'Ferry charging at night');
    await send(el);
    await expect.poll(() => sentKeys(stub).length).toBe(2);
    const [first, second] = sentKeys(stub);
    expect(second).not.toBe(first);
  });

  test('after a 409 the next send is a new submission with a new key, even with the same text', async () => {
    const stub = stubClient({
      'POST /v1/submissions': (_call, n) =>
        n === 1 ? fail(409) : { status: 201, body: receipt() },
    });
    const el = await form(stub);
    fillValid(el);
    await send(el);
    await expect
      .poll(() => text(el, '#send-error'))
      .toBe('Your message could not be sent. Nothing is lost: try again.');
    const stored = JSON.parse(localStorage.getItem(STORAGE)!) as { key: string };
    await send(el);
    await expect.poll(() => sentKeys(stub).length).toBe(2);
    const [first, second] = sentKeys(stub);
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(second).not.toBe(first);
    expect(stored.key).toBe(second);
  });

  test('tells the person when the site may not send (403 without a code), with no retry', async () => {
    const stub = stubClient({ 'POST /v1/submissions': fail(403) });
    const el = await form(stub);
    fillValid(el);
    await send(el);
    await expect
      .poll(() => text(el, '#send-error'))
      .toBe('This site may not send messages there. Please tell the editor of this site.');
    expect($(el, '[part=submit]')).toBeNull();
  });

  test('after a 429 it says how long to wait, from Retry-After', async () => {
    const stub = stubClient({
      'POST /v1/submissions': fail(429, { 'retry-after': '120' }),
    });
    const el = await form(stub);
    fillValid(el);
    await send(el);
    await expect
      .poll(() => text(el, '#send-error'))
      .toBe('Too many messages just now. Try again in 120 seconds.');
  });

  test('on success shows the reference, fires ep-submit, forgets the draft, and can start again', async () => {
    const sent = receipt({ reference: 'EP-2026-0007' });
    const stub = stubClient({ 'POST /v1/submissions': { status: 201, body: sent } });
    const el = await form(stub);
    const events: unknown[] = [];
    el.addEventListener('ep-submit', (e) => events.push(e.detail.submission));
    fillValid(el);
    expect(localStorage.getItem(STORAGE)).not.toBeNull();
    await send(el);
    await expect.poll(() => text(el, '[part=reference]')).toBe('EP-2026-0007');
    expect(text(el, '[part=success] h3')).toBe('Thank you, your message has been sent');
    await expect.poll(() => focused(el)).toBe('done');
    expect(events).toEqual([sent]);
    expect(localStorage.getItem(STORAGE)).toBeNull();

    $<HTMLButtonElement>(el, '[part=success] button')!.click();
    await expect.poll(() => focused(el)).toBe('f-kind-0');
    expect($<HTMLInputElement>(el, '#f-title')!.value).toBe('');
    expect($(el, '[part=error-summary]')).toBeNull();
  });

  test('keeps the draft and its key across a reload', async () => {
    const stub = stubClient({ 'POST /v1/submissions': 'offline' });
    const first = await form(stub);
    fillValid(first);
    await send(first);
    await expect.poll(() => $(first, '#send-error')).not.toBeNull();
    unmountAllButStorage();
    const again = await form(stub);
    expect($<HTMLInputElement>(again, '#f-title')!.value).toBe('Ferry charging');
    expect($<HTMLInputElement>(again, '#f-kind-0')!.checked).toBe(true);
    await send(again);
    await expect.poll(() => sentKeys(stub).length).toBe(2);
    expect(sentKeys(stub)[1]).toBe(sentKeys(stub)[0]);
  });

  test('its fields show the draft after every update, even where something changed a field behind its back', async () => {
    const stub = stubClient({});
    const el = await form(stub);
    type(el, 'title', 'Ferry charging');
    check(el, '#f-kind-1');
    await el.updateComplete;
    // Changed without an input event (a script, an extension): the draft still says otherwise.
    $<HTMLInputElement>(el, '#f-title')!.value = 'changed';
    $<HTMLInputElement>(el, '#f-kind-1')!.checked = false;
    type(el, 'description', 'Charging for electric ferries.');
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#f-title')!.value).toBe('Ferry charging');
    expect($<HTMLInputElement>(el, '#f-kind-1')!.checked).toBe(true);
    expect($<HTMLTextAreaElement>(el, '#f-description')!.value).toBe(
      'Charging for electric ferries.',
    );
  });

  test('sends the honeypot when something filled it', async () => {
    const stub = stubClient({ 'POST /v1/submissions': { status: 201, body: receipt() } });
    const el = await form(stub);
    fillValid(el);
    type(el, 'homepage', 'https://spam.example');
    await send(el);
    await expect.poll(() => stub.callsTo('POST /v1/submissions').length).toBe(1);
    expect(JSON.parse(stub.callsTo('POST /v1/submissions')[0]!.body!)).toMatchObject({
      homepage: 'https://spam.example',
    });
  });

  test('focus() moves focus to the first field', async () => {
    const el = await form(stubClient());
    el.focus();
    expect(focused(el)).toBe('f-kind-0');
  });

  test('speaks the owner’s name in Finnish on a Finnish page, with Finnish UI', async () => {
    const stub = stubClient({
      'GET /v1/organizations': {
        body: {
          data: [organization({ id: 'norrhamn', name: { fi: 'Kustlanda', en: 'Kustlanda' } })],
          nextCursor: null,
        },
      },
    });
    const el = await form(stub, { lang: 'fi' });
    await expect.poll(() => text(el, '.intro')).toContain('Kustlanda');
    expect(text(el, '[part=submit]')).toBe('Lähetä');
  });
});

/** Removes the mounted form but keeps what it stored, as a reload would. */
function unmountAllButStorage() {
  const saved = { ...localStorage };
  unmountAll();
  for (const [k, v] of Object.entries(saved)) localStorage.setItem(k, v as string);
}
