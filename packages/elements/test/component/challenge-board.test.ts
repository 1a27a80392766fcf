// <ep-challenge-board> alone, with a stub client: every state the Storybook
// shows (list of several owners or one, filtered, loading, long list, detail
// in other languages, responding, not found, empty, error, offline) and the
// branches around them: paging, search, focus, the hash, the select event.
import { html } from 'lit';
import { afterEach, describe, expect, test } from 'vitest';
import { challenge, cluster, organization } from '../../../sdk/test/factories.js';
import type { ChallengeBoard } from '../../src/challenge-board.js';
import '../../src/define.js';
import { $, $$, fail, list, mount, stubClient, text, unmountAll, type Stub } from './stub.js';

afterEach(unmountAll);

const ORGS = list([
  organization(),
  organization({ id: 'fjordvik', name: { nb: 'Fjordvik kommune', en: 'Fjordvik' } }),
]);

const ferries = challenge({
  id: 'ferries',
  title: { en: 'Electric ferries' },
  themes: ['maritime'],
  status: 'open',
});
const heat = challenge({
  id: 'heat',
  orgId: 'fjordvik',
  title: { en: 'Waste heat' },
  themes: ['energy'],
  status: 'closed',
});
const buses = challenge({ id: 'buses', title: { en: 'Night buses' }, themes: ['mobility'] });

/** Mounts a board with `attrs` (as written in HTML) and the stub's client, at `hash`. */
async function board(stub: Stub, attrs = 'org="norrhamn,fjordvik"', hash = '') {
  if (hash) history.replaceState(null, '', hash);
  const el = document.createElement('ep-challenge-board');
  for (const [, name, value] of attrs.matchAll(/([a-z-]+)="([^"]*)"/g))
    el.setAttribute(name!, value!);
  if (!el.hasAttribute('lang')) el.setAttribute('lang', 'en');
  // Fjordvik exists even where the list of organisations has only Norrhamn.
  stub.route('GET /v1/organizations/fjordvik', { body: organization({ id: 'fjordvik' }) });
  el.client = stub.client;
  return mount<ChallengeBoard>(html`${el}`);
}

const cardIds = (el: Element) => $$(el, '[part=card] h3 a').map((a) => a.dataset.id);

describe('<ep-challenge-board>', () => {
  test('shows a skeleton, busy and announced, while the list loads', async () => {
    const el = await board(stubClient({ 'GET /v1/challenges': 'pending' }));
    await expect.poll(() => $(el, '.skeletons[aria-busy=true]')).not.toBeNull();
    expect(text(el, '.skeletons [role=status]')).toBe('Loading…');
  });

  test('lists the challenges of several owners from every page, with the count and owner names', async () => {
    const stub = stubClient({
      'GET /v1/organizations': ORGS,
      'GET /v1/challenges': (call) =>
        call.url.searchParams.get('cursor') === 'p2' ? list([heat]) : list([ferries, buses], 'p2'),
    });
    const el = await board(stub);
    await expect.poll(() => cardIds(el)).toEqual(['ferries', 'buses', 'heat']);
    expect(text(el, '.count')).toBe('3 challenges');
    const asked = stub.callsTo('GET /v1/challenges').map((c) => c.url.searchParams);
    expect(asked.map((p) => p.get('cursor'))).toEqual([null, 'p2']);
    expect(
      asked.every((p) => p.get('org') === 'norrhamn,fjordvik' && p.get('limit') === '100'),
    ).toBe(true);
    await expect
      .poll(() => $$(el, '[part=card] .meta bdi').map((b) => b.textContent))
      .toContain('Fjordvik');
    // Several owners: an owner filter, with the names.
    expect($(el, '#f-owner')).not.toBeNull();
    expect(text(el, '#f-owner option[value=fjordvik]')).toContain('Fjordvik');
  });

  test('shows the pages that have come while the rest still loads', async () => {
    const stub = stubClient({
      'GET /v1/challenges': (call) =>
        call.url.searchParams.get('cursor') ? 'pending' : list([ferries], 'p2'),
    });
    const el = await board(stub);
    await expect.poll(() => cardIds(el)).toEqual(['ferries']);
    expect(text(el, '.count')).toBe('Loading…');
    expect($(el, '[part=list]')!.getAttribute('aria-busy')).toBe('true');
  });

  test('one owner: no owner filter', async () => {
    const el = await board(stubClient({ 'GET /v1/challenges': list([ferries]) }), 'org="norrhamn"');
    await expect.poll(() => cardIds(el)).toEqual(['ferries']);
    expect($(el, '#f-owner')).toBeNull();
    expect($(el, '#f-theme')).not.toBeNull();
  });

  test('asks the server only for the status and theme set as attributes', async () => {
    const stub = stubClient({ 'GET /v1/challenges': list([ferries]) });
    const el = await board(stub, 'org="norrhamn" status="open" theme="maritime"');
    await expect.poll(() => cardIds(el)).toEqual(['ferries']);
    const params = stub.callsTo('GET /v1/challenges')[0]!.url.searchParams;
    expect([params.get('status'), params.get('theme'), params.get('lang')]).toEqual([
      'open',
      'maritime',
      'en',
    ]);
  });

  test('filters in place with counts, and clears them from the empty state', async () => {
    const el = await board(stubClient({ 'GET /v1/challenges': list([ferries, heat, buses]) }));
    await expect.poll(() => cardIds(el).length).toBe(3);
    expect(text(el, '#f-status option[value=open]')).toBe('Open (2)');
    const status = $<HTMLSelectElement>(el, '#f-status')!;
    status.value = 'closed';
    status.dispatchEvent(new Event('change'));
    await expect.poll(() => cardIds(el)).toEqual(['heat']);
    const theme = $<HTMLSelectElement>(el, '#f-theme')!;
    // Only themes that would show something are offered, with their counts.
    expect($$(el, '#f-theme option').map((o) => o.textContent?.trim())).toEqual([
      'All',
      'Energy (1)',
    ]);
    theme.value = 'energy';
    theme.dispatchEvent(new Event('change'));
    status.value = 'open';
    status.dispatchEvent(new Event('change'));
    await expect.poll(() => text(el, '.notice')).toContain('No challenges match.');
    $<HTMLButtonElement>(el, '.notice button')!.click();
    await expect.poll(() => cardIds(el).length).toBe(3);
  });

  test('searches on the server after a pause in typing, or at once on Enter', async () => {
    const stub = stubClient({
      'GET /v1/challenges': (call) =>
        call.url.searchParams.get('q') === 'ferry' ? list([ferries]) : list([ferries, buses]),
    });
    const el = await board(stub);
    await expect.poll(() => cardIds(el).length).toBe(2);
    const q = $<HTMLInputElement>(el, '#q')!;
    q.value = 'ferry';
    q.dispatchEvent(new Event('input'));
    await expect.poll(() => cardIds(el)).toEqual(['ferries']);
    expect(stub.callsTo('GET /v1/challenges').at(-1)!.url.searchParams.get('q')).toBe('ferry');
    q.value = 'zzz';
    q.dispatchEvent(new Event('input'));
    $<HTMLFormElement>(el, 'form[role=search]')!.requestSubmit();
    await expect
      .poll(() => stub.callsTo('GET /v1/challenges').at(-1)!.url.searchParams.get('q'))
      .toBe('zzz');
  });

  test('shows page-size challenges, then more, with focus on the first new one', async () => {
    const many = Array.from({ length: 5 }, (_, i) =>
      challenge({ id: `c${i}`, title: { en: `Challenge ${i}` } }),
    );
    const el = await board(
      stubClient({ 'GET /v1/challenges': list(many) }),
      'org="norrhamn" page-size="2"',
    );
    await expect.poll(() => cardIds(el)).toEqual(['c0', 'c1']);
    $<HTMLButtonElement>(el, '[part=load-more]')!.click();
    await expect.poll(() => cardIds(el)).toEqual(['c0', 'c1', 'c2', 'c3']);
    await expect.poll(() => el.shadowRoot!.activeElement?.getAttribute('data-id')).toBe('c2');
    $<HTMLButtonElement>(el, '[part=load-more]')!.click();
    await expect.poll(() => cardIds(el).length).toBe(5);
    expect($(el, '[part=load-more]')).toBeNull();
  });

  test('shows an error with a retry that loads again', async () => {
    const stub = stubClient({
      'GET /v1/challenges': (_call, n) => (n === 1 ? fail(500) : list([ferries])),
    });
    const el = await board(stub);
    await expect.poll(() => text(el, '[role=alert] p')).toBe('The challenges could not be loaded.');
    $<HTMLButtonElement>(el, '[role=alert] button')!.click();
    await expect.poll(() => cardIds(el)).toEqual(['ferries']);
  });

  test('offline: says so, and loads when the connection is back', async () => {
    const stub = stubClient({
      'GET /v1/challenges': (_call, n) => (n === 1 ? 'offline' : list([ferries])),
    });
    const el = await board(stub);
    await expect
      .poll(() => text(el, '[role=alert] p'))
      .toBe('You are offline. The list will load when the connection is back.');
    window.dispatchEvent(new Event('online'));
    await expect.poll(() => cardIds(el)).toEqual(['ferries']);
  });

  test('opens a challenge from the hash with its facts, entry point and clusters, and fires ep-challenge-select once', async () => {
    let gets = 0;
    const stub = stubClient({
      'GET /v1/challenges': list([ferries]),
      'GET /v1/challenges/ferries': () => (++gets === 1 ? fail(500) : { body: ferries }),
      'GET /v1/challenges/ferries/clusters': list([cluster()]),
    });
    const selected: string[] = [];
    const el = await board(stub, 'org="norrhamn"', '#ep-challenge=ferries');
    // The first answer is an error, so nothing can have been selected before this listener.
    el.addEventListener('ep-challenge-select', (e) => selected.push(e.detail.challenge.id));
    await expect
      .poll(() => text(el, '[part=detail] [role=alert] h2'))
      .toBe('The challenges could not be loaded.');
    // The error is the detail's heading, and takes the focus the opening moved there.
    await expect.poll(() => el.shadowRoot!.activeElement?.id).toBe('detail-title');
    expect(selected).toEqual([]);
    $<HTMLButtonElement>(el, '[part=detail] [role=alert] button')!.click();
    await expect.poll(() => text(el, '#detail-title')).toBe('Electric ferries');
    expect(text(el, '.facts')).toContain('Market dialogue');
    expect(text(el, '.contact')).toContain('Åsa Lind');
    await expect.poll(() => text(el, '.clusters')).toBe('Nordic Mobility Cluster');
    expect(selected).toEqual(['ferries']);

    // A new client loads the detail again, but nothing new was selected.
    el.client = stubClient({
      'GET /v1/challenges/ferries': { body: ferries },
      'GET /v1/challenges/ferries/clusters': list([]),
    }).client;
    await expect
      .poll(() => $$(el, 'p.muted').map((p) => p.textContent))
      .toContain('No matching clusters yet.');
    expect(selected).toEqual(['ferries']);
  });

  test('opening a card and going back moves focus there and back', async () => {
    const stub = stubClient({
      'GET /v1/challenges': list([ferries, buses]),
      'GET /v1/challenges/buses': { body: buses },
      'GET /v1/challenges/buses/clusters': list([]),
    });
    const selected: string[] = [];
    const el = await board(stub, 'org="norrhamn"');
    el.addEventListener('ep-challenge-select', (e) => selected.push(e.detail.challenge.id));
    await expect.poll(() => cardIds(el).length).toBe(2);
    $<HTMLAnchorElement>(el, '[data-id=buses]')!.click();
    await expect.poll(() => text(el, '#detail-title')).toBe('Night buses');
    expect(location.hash).toBe('#ep-challenge=buses');
    await expect.poll(() => selected).toEqual(['buses']);
    $<HTMLButtonElement>(el, '.back')!.click();
    await expect.poll(() => cardIds(el).length).toBe(2);
    expect(location.hash).toBe('');
    await expect.poll(() => el.shadowRoot!.activeElement?.getAttribute('data-id')).toBe('buses');
  });

  test('says "not found" for an id that does not exist', async () => {
    const el = await board(stubClient(), 'org="norrhamn"', '#ep-challenge=withdrawn');
    await expect.poll(() => text(el, '#detail-title')).toBe('This challenge was not found.');
  });

  test('a hash with broken percent-encoding does not throw: the board says "not found"', async () => {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    const stub = stubClient();
    const el = await board(stub, 'org="norrhamn"', '#ep-challenge=%E0%A4%A');
    await expect.poll(() => text(el, '#detail-title')).toBe('This challenge was not found.');
    window.removeEventListener('error', onError);
    expect(errors).toEqual([]);
    expect(stub.callsTo('GET /v1/challenges/%25E0%25A4%25A')).toHaveLength(1);
  });

  test('respond opens the form in place, for this challenge, with focus in it', async () => {
    const stub = stubClient({
      'GET /v1/challenges/ferries': { body: ferries },
      'GET /v1/challenges/ferries/clusters': list([]),
    });
    const el = await board(stub, 'org="norrhamn"', '#ep-challenge=ferries');
    await expect.poll(() => $(el, 'button[part=respond]')).not.toBeNull();
    $<HTMLButtonElement>(el, 'button[part=respond]')!.click();
    await expect.poll(() => $(el, 'ep-entry-form')).not.toBeNull();
    const entry = $(el, 'ep-entry-form')!;
    expect([entry.getAttribute('org'), entry.getAttribute('challenge')]).toEqual([
      'norrhamn',
      'ferries',
    ]);
    await expect.poll(() => entry.shadowRoot?.activeElement?.id).toBe('f-kind-0');
  });

  test('with respond-url, respond is a link to that page with the challenge and owner', async () => {
    const stub = stubClient({
      'GET /v1/challenges/ferries': { body: ferries },
      'GET /v1/challenges/ferries/clusters': list([]),
    });
    const el = await board(stub, 'org="norrhamn" respond-url="/contact"', '#ep-challenge=ferries');
    await expect
      .poll(() => $<HTMLAnchorElement>(el, 'a[part=respond]')?.href)
      .toBe(`${location.origin}/contact?challenge=ferries&org=norrhamn`);
  });

  test('speaks Finnish on a Finnish page, marking content in another language', async () => {
    const stub = stubClient({
      'GET /v1/challenges': list([challenge({ id: 'x', title: { sv: 'Färjor', en: 'Ferries' } })]),
    });
    const el = await board(stub, 'org="norrhamn" lang="fi"');
    await expect.poll(() => text(el, 'label[for=q]')).toBe('Hae haasteita');
    // No Finnish title: the owner's Swedish, marked as Swedish.
    await expect.poll(() => $(el, '[part=card] h3 bdi')?.getAttribute('lang')).toBe('sv');
  });

  test('isolates public text, so a bidi override in a title cannot reorder what follows', async () => {
    const hostile = challenge({
      id: 'rlo',
      title: { en: 'Safe \u202Etxt.exe' },
      summary: { en: '\u202EReversed summary' },
    });
    const stub = stubClient({
      'GET /v1/challenges': list([hostile]),
      'GET /v1/challenges/rlo': { body: hostile },
      'GET /v1/challenges/rlo/clusters': list([]),
    });
    const el = await board(stub, 'org="norrhamn"');
    await expect.poll(() => text(el, '[part=card] h3 bdi')).toBe('Safe \u202Etxt.exe');
    expect($(el, '[part=card] .summary > bdi')).not.toBeNull();
    location.hash = '#ep-challenge=rlo';
    await expect.poll(() => text(el, '#detail-title > bdi')).toBe('Safe \u202Etxt.exe');
    expect($(el, '.prose')!.getAttribute('dir')).toBe('auto');
  });
});
