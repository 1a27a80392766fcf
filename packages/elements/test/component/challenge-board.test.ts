// <ep-challenge-board> alone, with a stub client: every state the Storybook
// shows (list of several owners or one, filtered, loading, long list, detail
// in other languages, responding, not found, empty, error, offline) and the
// branches around them: paging, search, focus, the hash, the select event.
import { html } from 'lit';
import { afterEach, describe, expect, test } from 'vitest';
import { challenge, cluster, organization } from '../../../sdk/test/factories.js';
import type { ChallengeCardParams } from '@entrypoint/sdk';
import type { ChallengeBoard } from '../../src/challenge-board.js';
import '../../src/define.js';
import { $, $$, fail, list, mount, stubClient, text, unmountAll, type Stub } from './stub.js';
import { cardServer } from './card-server.js';
import { cardParams, PREFETCH, type Prefetched } from '../../src/internal/board-data.js';

afterEach(unmountAll);

const ORG_LIST = [
  organization(),
  organization({ id: 'fjordvik', name: { nb: 'Fjordvik kommune', en: 'Fjordvik' } }),
];
const ORGS = list(ORG_LIST);

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

  test('lists the first page of cards of several owners in one request, the counts in another beside it, with the total and owner names', async () => {
    const stub = stubClient({
      'GET /v1/challenges': cardServer([ferries, buses, heat], ORG_LIST),
    });
    const el = await board(stub);
    await expect.poll(() => cardIds(el)).toEqual(['ferries', 'buses', 'heat']);
    expect(text(el, '.count')).toBe('3 challenges');
    const asked = stub.callsTo('GET /v1/challenges').map((c) => c.url.searchParams);
    expect(asked.map((p) => Object.fromEntries(p))).toEqual([
      { view: 'card', org: 'norrhamn,fjordvik', sort: 'status', lang: 'en', limit: '12' },
      {
        view: 'card',
        org: 'norrhamn,fjordvik',
        sort: 'status',
        lang: 'en',
        limit: '12',
        facets: 'only',
      },
    ]);
    // The owners' names came with the cards and the facets: no list of organisations.
    expect(stub.callsTo('GET /v1/organizations')).toHaveLength(0);
    expect($$(el, '[part=card] .meta bdi').map((b) => b.textContent)).toContain('Fjordvik');
    // Several owners: an owner filter, with the names.
    expect($(el, '#f-owner')).not.toBeNull();
    expect(text(el, '#f-owner option[value=fjordvik]')).toBe('\u2068Fjordvik\u2069 (1)');
  });

  test('shows the cards while their counts are on their way, then the counts, with nothing moved', async () => {
    const many = [
      ferries,
      heat,
      buses,
      ...Array.from({ length: 3 }, (_, i) => challenge({ id: `c${i}` })),
    ];
    const stub = stubClient({ 'GET /v1/challenges': cardServer(many, ORG_LIST) });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const cards = (params: ChallengeCardParams) => stub.client.challenges.cards(params);
    const client = {
      ...stub.client,
      challenges: {
        ...stub.client.challenges,
        cards: (params: ChallengeCardParams = {}) =>
          params.facets === 'only' ? gate.then(() => cards(params)) : cards(params),
      },
    };
    const el = await board({ ...stub, client }, 'org="norrhamn,fjordvik" page-size="2"');
    await expect.poll(() => cardIds(el)).toEqual(['ferries', 'heat']);
    // The total is not known yet (there is more to show): the line keeps its place, empty.
    expect($(el, '.count')!.textContent.trim()).toBe('');
    expect(text(el, '#f-status option[value=open]')).toBe('Open');
    expect($(el, '[aria-busy=true]')).toBeNull();
    const boxes = () =>
      ['[part=filters]', '.count', '[part=list]', '[part=load-more]'].map((s) => {
        const r = $(el, s)!.getBoundingClientRect();
        return [r.top, r.height];
      });
    const before = boxes();
    release();
    await expect.poll(() => text(el, '.count')).toBe('6 challenges');
    expect(text(el, '#f-status option[value=open]')).toBe('Open (5)');
    expect(text(el, '#f-owner option[value=fjordvik]')).toBe('\u2068Fjordvik\u2069 (1)');
    expect(boxes()).toEqual(before);
    // The owners' names came with the cards and the counts: no list of organisations.
    expect(stub.callsTo('GET /v1/organizations')).toHaveLength(0);
  });

  /** The parameters of the first page embed.ts asks for, for a board over `org` in English. */
  const entryParams = (org: string) =>
    cardParams({
      org,
      region: '',
      status: '',
      theme: '',
      q: '',
      lang: 'en',
      filters: { theme: '', status: '', owner: '' },
      pageSize: 12,
    });

  /**
   * A board as embed.ts leaves it while the board's code loads: what the entry
   * asked for on the tag (`extra`), and no client: the board asks the server
   * at `api` for what it has not been handed (nothing here).
   */
  const embedded = (org: string, extra: Record<symbol, unknown>) => {
    const el = document.createElement('ep-challenge-board');
    el.setAttribute('org', org);
    el.setAttribute('lang', 'en');
    el.setAttribute('api', 'http://127.0.0.1:9');
    return Object.assign(el, extra);
  };

  /** Mounts `el` and records what each change of its shadow root showed: skeleton, cards or other. */
  async function mountWatching(el: HTMLElement) {
    const seen: string[] = [];
    const watch = new MutationObserver(() =>
      seen.push($(el, '.skeletons') ? 'skeleton' : $(el, '[part=card]') ? 'cards' : 'other'),
    );
    const mounted = mount<ChallengeBoard>(html`${el}`);
    watch.observe(el.shadowRoot!, { childList: true, subtree: true });
    await mounted;
    return { seen, watch };
  }

  test("the embed's first page, come before the board's code, is drawn in the board's first render: no skeleton first", async () => {
    const stub = stubClient({ 'GET /v1/challenges': cardServer([ferries, buses, heat], ORG_LIST) });
    const params = entryParams('norrhamn,fjordvik');
    const only = { ...params, facets: 'only' as const };
    // What embed.ts leaves on the tag while the board's code loads: answers that have come.
    const prefetched: Prefetched = {
      [JSON.stringify(params)]: Promise.resolve(await stub.client.challenges.cards(params)),
      [JSON.stringify(only)]: Promise.resolve(await stub.client.challenges.cards(only)),
    };
    const el = embedded('norrhamn,fjordvik', { [PREFETCH]: prefetched });
    const { seen, watch } = await mountWatching(el);
    expect(cardIds(el)).toEqual(['ferries', 'buses', 'heat']);
    expect(seen[0]).toBe('cards');
    expect(seen).not.toContain('skeleton');
    expect(text(el, '.count')).toBe('3 challenges');
    watch.disconnect();
  });

  test("an answer of the entry's not come when the board starts: the skeleton at once, then the cards", async () => {
    const stub = stubClient({ 'GET /v1/challenges': cardServer([ferries, buses, heat], ORG_LIST) });
    const params = entryParams('norrhamn,fjordvik');
    const page = await stub.client.challenges.cards(params);
    const first = new Promise<typeof page>((resolve) => setTimeout(() => resolve(page), 300));
    const el = embedded('norrhamn,fjordvik', {
      [PREFETCH]: {
        [JSON.stringify(params)]: first,
        [JSON.stringify({ ...params, facets: 'only' })]: new Promise(() => {}),
      },
    });
    // A client of its own: the answers kept by the tests above are not this one's.
    el.setAttribute('api', 'http://127.0.0.1:9/elsewhere');
    const { seen, watch } = await mountWatching(el);
    expect($(el, '.skeletons[aria-busy=true]')).not.toBeNull();
    await expect.poll(() => cardIds(el)).toEqual(['ferries', 'buses', 'heat']);
    expect(seen[0]).toBe('skeleton');
    // The list is busy only until the counts come: the cards are not.
    expect($(el, '[part=list]')?.getAttribute('aria-busy')).toBe('false');
    watch.disconnect();
  });

  test('a server that refuses facets=only: the counts come with the cards, asked once more', async () => {
    const server = cardServer([ferries, heat], ORG_LIST);
    const stub = stubClient({
      'GET /v1/challenges': (call) =>
        call.url.searchParams.get('facets') === 'only' ? fail(400) : server(call),
    });
    const el = await board(stub);
    await expect.poll(() => text(el, '#f-status option[value=open]')).toBe('Open (1)');
    expect(text(el, '.count')).toBe('2 challenges');
    expect(stub.callsTo('GET /v1/challenges').map((c) => c.url.searchParams.get('facets'))).toEqual(
      [null, 'only', 'true'],
    );
  });

  test('a server without cards (whole challenges, no facets): lists them, names owners from the organisations', async () => {
    const stub = stubClient({
      'GET /v1/organizations': ORGS,
      'GET /v1/challenges': list([ferries, heat]),
    });
    const el = await board(stub);
    await expect.poll(() => cardIds(el)).toEqual(['ferries', 'heat']);
    expect(text(el, '.count')).toBe('2 challenges');
    await expect
      .poll(() => $$(el, '[part=card] .meta bdi').map((b) => b.textContent))
      .toContain('Fjordvik');
    // No counts to show: the values, without numbers.
    expect(text(el, '#f-status option[value=open]')).toBe('Open');
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

  test('filters on the server with counts, keeps answers, and clears them from the empty state', async () => {
    const stub = stubClient({
      'GET /v1/challenges': cardServer([ferries, heat, buses], ORG_LIST),
    });
    const el = await board(stub);
    await expect.poll(() => cardIds(el).length).toBe(3);
    expect(text(el, '#f-status option[value=open]')).toBe('Open (2)');
    const status = $<HTMLSelectElement>(el, '#f-status')!;
    status.value = 'closed';
    status.dispatchEvent(new Event('change'));
    await expect.poll(() => cardIds(el)).toEqual(['heat']);
    expect(stub.callsTo('GET /v1/challenges').at(-1)!.url.searchParams.get('filter-status')).toBe(
      'closed',
    );
    const theme = $<HTMLSelectElement>(el, '#f-theme')!;
    // Only themes that would show something are offered, with their counts.
    await expect
      .poll(() => $$(el, '#f-theme option').map((o) => o.textContent?.trim()))
      .toEqual(['All', 'Energy (1)']);
    // Counts given the other choices: every status still counted.
    expect(text(el, '#f-status option[value=open]')).toBe('Open (2)');
    theme.value = 'energy';
    theme.dispatchEvent(new Event('change'));
    status.value = 'open';
    status.dispatchEvent(new Event('change'));
    await expect.poll(() => text(el, '.notice')).toContain('No challenges match.');
    const asked = stub.callsTo('GET /v1/challenges').length;
    $<HTMLButtonElement>(el, '.notice button')!.click();
    await expect.poll(() => cardIds(el).length).toBe(3);
    // Back to no filter: the answer kept from the start, nothing asked again.
    expect(stub.callsTo('GET /v1/challenges')).toHaveLength(asked);
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

  test('shows page-size challenges, then the next page (asked for ahead), with focus on the first new one, announced', async () => {
    const many = Array.from({ length: 5 }, (_, i) =>
      challenge({ id: `c${i}`, title: { en: `Challenge ${i}` } }),
    );
    const stub = stubClient({
      'GET /v1/challenges': cardServer(many, ORG_LIST),
    });
    const el = await board(stub, 'org="norrhamn" page-size="2"');
    await expect.poll(() => cardIds(el)).toEqual(['c0', 'c1']);
    expect(text(el, '.count')).toBe('5 challenges');
    // The second page is asked for before "show more" is pressed (besides the first page and its counts).
    await expect
      .poll(() =>
        stub
          .callsTo('GET /v1/challenges')
          .map((c) => [c.url.searchParams.get('cursor'), c.url.searchParams.get('facets')]),
      )
      .toEqual([
        [null, null],
        [null, 'only'],
        ['2', null],
      ]);
    const more = $<HTMLButtonElement>(el, '[part=load-more]')!;
    expect(more.tagName).toBe('BUTTON');
    more.click();
    await expect.poll(() => cardIds(el)).toEqual(['c0', 'c1', 'c2', 'c3']);
    await expect.poll(() => el.shadowRoot!.activeElement?.getAttribute('data-id')).toBe('c2');
    expect($$(el, '[role=status]').map((s) => s.textContent?.trim())).toContain(
      'Showing 4 of 5 challenges',
    );
    // The page after was asked for ahead too; pressing again asks nothing new.
    await expect.poll(() => stub.callsTo('GET /v1/challenges')).toHaveLength(4);
    $<HTMLButtonElement>(el, '[part=load-more]')!.click();
    await expect.poll(() => cardIds(el).length).toBe(5);
    expect(stub.callsTo('GET /v1/challenges')).toHaveLength(4);
    expect($(el, '[part=load-more]')).toBeNull();
  });

  test('show more: busy while the page comes, says so when it fails, and tries again', async () => {
    const many = Array.from({ length: 3 }, (_, i) =>
      challenge({ id: `c${i}`, title: { en: `Challenge ${i}` } }),
    );
    const server = cardServer(many, ORG_LIST);
    const waiting = stubClient({
      'GET /v1/challenges': (call) =>
        call.url.searchParams.get('cursor') ? 'pending' : server(call),
    });
    const busy = await board(waiting, 'org="norrhamn" page-size="2"');
    await expect.poll(() => cardIds(busy)).toEqual(['c0', 'c1']);
    $<HTMLButtonElement>(busy, '[part=load-more]')!.click();
    await expect.poll(() => $(busy, '[part=load-more]')!.getAttribute('aria-busy')).toBe('true');
    unmountAll();

    // The second page fails until the board has said so: the page asked for ahead fails (and is
    // forgotten), and so does the press of "show more" (which may share that request while it is
    // still in flight, or ask again once it has failed); the press after comes.
    let said = false;
    const stub = stubClient({
      'GET /v1/challenges': (call) =>
        !call.url.searchParams.get('cursor') || said ? server(call) : fail(500),
    });
    const el = await board(stub, 'org="norrhamn" page-size="2"');
    await expect.poll(() => cardIds(el)).toEqual(['c0', 'c1']);
    // Calls 1 and 2: the first page and its counts; 3: the page asked for ahead.
    await expect.poll(() => stub.callsTo('GET /v1/challenges')).toHaveLength(3);
    $<HTMLButtonElement>(el, '[part=load-more]')!.click();
    await expect.poll(() => text(el, '.notice.error')).toBe('The challenges could not be loaded.');
    said = true;
    expect(cardIds(el)).toEqual(['c0', 'c1']);
    $<HTMLButtonElement>(el, '[part=load-more]')!.click();
    await expect.poll(() => cardIds(el)).toEqual(['c0', 'c1', 'c2']);
    expect($(el, '.notice.error')).toBeNull();
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
