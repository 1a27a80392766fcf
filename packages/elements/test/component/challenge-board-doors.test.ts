// <ep-challenge-board> as a door opener and a place to learn from other
// cities, with a stub client: `via` handed to the form, a typo in `org` said
// at once, the order that matters (sort=status), a board across every owner
// and a region, "respond" only while it makes sense, others working on the
// same thing, the stories about a challenge, distinct status badges, and the
// board's own heading.
import { html } from 'lit';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { challenge, organization, story } from '../../../sdk/test/factories.js';
import type { ChallengeBoard } from '../../src/challenge-board.js';
import '../../src/define.js';
import { $, $$, list, mount, stubClient, text, unmountAll, type Stub } from './stub.js';
import { cardServer } from './card-server.js';

afterEach(() => {
  unmountAll();
  vi.restoreAllMocks();
});

const ORGS = list([
  organization(),
  organization({ id: 'fjordvik', name: { nb: 'Fjordvik kommune', en: 'Fjordvik' } }),
]);
const ferries = challenge({ id: 'ferries', title: { en: 'Electric ferries' }, status: 'open' });
const solved = challenge({ id: 'lights', title: { en: 'Smart lights' }, status: 'solved' });
const elsewhere = challenge({
  id: 'fjord-ferries',
  orgId: 'fjordvik',
  title: { en: 'Ferries on the fjord' },
  status: 'in-dialogue',
});

async function board(stub: Stub, attrs: Record<string, string>, hash = '') {
  if (hash) history.replaceState(null, '', hash);
  const el = document.createElement('ep-challenge-board');
  for (const [name, value] of Object.entries({ lang: 'en', ...attrs }))
    el.setAttribute(name, value);
  el.client = stub.client;
  return mount<ChallengeBoard>(html`${el}`);
}

/** A stub that answers a challenge's detail, its clusters, similar ones and stories. */
function detailStub(c = ferries, routes: Parameters<typeof stubClient>[0] = {}) {
  return stubClient({
    'GET /v1/organizations': ORGS,
    [`GET /v1/challenges/${c.id}`]: { body: c },
    [`GET /v1/challenges/${c.id}/clusters`]: list([]),
    [`GET /v1/challenges/${c.id}/similar`]: list([elsewhere]),
    'GET /v1/stories': list([]),
    ...routes,
  });
}

describe('<ep-challenge-board> opening doors', () => {
  test('hands via, org and challenge to the form it opens', async () => {
    const el = await board(
      detailStub(),
      { org: 'norrhamn', via: 'nordic-mobility-cluster' },
      '#ep-challenge=ferries',
    );
    await expect.poll(() => $(el, 'button[part=respond]')).not.toBeNull();
    $<HTMLButtonElement>(el, 'button[part=respond]')!.click();
    await expect.poll(() => $(el, 'ep-entry-form')).not.toBeNull();
    const form = $(el, 'ep-entry-form')!;
    expect(['org', 'challenge', 'via'].map((a) => form.getAttribute(a))).toEqual([
      'norrhamn',
      'ferries',
      'nordic-mobility-cluster',
    ]);
  });

  test('with respond-url, the link carries via too', async () => {
    const el = await board(
      detailStub(),
      { org: 'norrhamn', via: 'nordic-mobility-cluster', 'respond-url': '/contact' },
      '#ep-challenge=ferries',
    );
    await expect
      .poll(() => $<HTMLAnchorElement>(el, 'a[part=respond]')?.href)
      .toBe(
        `${location.origin}/contact?challenge=ferries&org=norrhamn&via=nordic-mobility-cluster`,
      );
  });

  test('a typo in org: says so at once in the page’s language, warns the web team, lists nothing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const stub = stubClient({ 'GET /v1/challenges': list([]) });
    const el = await board(stub, { org: 'norhamn', lang: 'sv' });
    await expect
      .poll(() => text(el, '[part=unknown-org]'))
      .toBe(
        'Sidan visar innehåll från en organisation som inte finns: “norhamn”. Kontakta gärna den som ansvarar för webbplatsen.',
      );
    expect($(el, '[part=unknown-org]')!.getAttribute('role')).toBe('alert');
    expect($(el, '[part=list]')).toBeNull();
    expect($(el, '.count')).toBeNull();
    expect(stub.callsTo('GET /v1/organizations/norhamn')).toHaveLength(1);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"norhamn"'));
  });

  test('a typo in org, with a server that names owners in its facets: said from the first answer, nothing else asked', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const stub = stubClient({
      'GET /v1/challenges': cardServer([ferries], [organization()]),
    });
    const el = await board(stub, { org: 'norrhamn,fjordvk' });
    await expect.poll(() => text(el, '[part=unknown-org]')).toContain('“fjordvk”');
    await expect.poll(() => $$(el, '[part=card]')).toHaveLength(1);
    expect(stub.calls.every((c) => c.url.pathname === '/v1/challenges')).toBe(true);
    expect(stub.callsTo('GET /v1/organizations')).toHaveLength(0);
    expect(stub.callsTo('GET /v1/organizations/fjordvk')).toHaveLength(0);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"fjordvk"'));
  });

  test('one unknown id among several: the notice names it, the others still list', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const stub = stubClient({ 'GET /v1/challenges': list([ferries]) });
    const el = await board(stub, { org: 'norrhamn,fjordvk' });
    await expect.poll(() => text(el, '[part=unknown-org]')).toContain('“fjordvk”');
    await expect.poll(() => $$(el, '[part=card]')).toHaveLength(1);
  });

  test('asks for status order (open first), but not with a search, which ranks by relevance', async () => {
    const stub = stubClient({ 'GET /v1/challenges': list([ferries]) });
    const el = await board(stub, { org: 'norrhamn' });
    await expect.poll(() => $$(el, '[part=card]')).toHaveLength(1);
    expect(stub.callsTo('GET /v1/challenges')[0]!.url.searchParams.get('sort')).toBe('status');
    const q = $<HTMLInputElement>(el, '#q')!;
    q.value = 'ferry';
    q.dispatchEvent(new Event('input'));
    $<HTMLFormElement>(el, 'form[role=search]')!.requestSubmit();
    await expect
      .poll(() => stub.callsTo('GET /v1/challenges').at(-1)!.url.searchParams.get('q'))
      .toBe('ferry');
    expect(stub.callsTo('GET /v1/challenges').at(-1)!.url.searchParams.has('sort')).toBe(false);
  });

  test('org="*" with a region: every owner in that region, with an owner filter', async () => {
    const stub = stubClient({
      'GET /v1/organizations': ORGS,
      'GET /v1/challenges': list([ferries, elsewhere]),
    });
    const el = await board(stub, { org: '*', region: 'SE2' });
    await expect.poll(() => $$(el, '[part=card]')).toHaveLength(2);
    const asked = stub.callsTo('GET /v1/challenges')[0]!.url.searchParams;
    expect([asked.get('org'), asked.get('region')]).toEqual(['*', 'SE2']);
    // A server without facets: the names come with the organisations, after the cards.
    await expect.poll(() => text(el, '#f-owner option[value=fjordvik]')).toContain('Fjordvik');
    expect($(el, '[part=unknown-org]')).toBeNull();
  });

  test('the detail shows others working on this, with owner and status, linked to their detail', async () => {
    const el = await board(detailStub(), { org: 'norrhamn' }, '#ep-challenge=ferries');
    await expect.poll(() => $$(el, '[part=similar] li')).toHaveLength(1);
    const item = $(el, '[part=similar] li')!;
    expect(item.querySelector('a')!.getAttribute('href')).toBe('#ep-challenge=fjord-ferries');
    expect(item.textContent).toContain('Fjordvik');
    expect(item.querySelector('[part=status]')!.textContent).toBe('In dialogue');
  });

  test('says so when no one else works on it yet', async () => {
    const stub = detailStub(ferries, { 'GET /v1/challenges/ferries/similar': list([]) });
    const el = await board(stub, { org: 'norrhamn' }, '#ep-challenge=ferries');
    await expect
      .poll(() => el.shadowRoot!.textContent)
      .toContain('No other organisation has published a challenge like this yet.');
  });

  test('lists the stories told about the challenge, linked to their pages', async () => {
    const stub = detailStub(ferries, {
      'GET /v1/stories': list([story({ id: 'quay', title: { en: 'Charging at the quay' } })]),
    });
    const el = await board(
      stub,
      { org: 'norrhamn', api: 'https://ep.example' },
      '#ep-challenge=ferries',
    );
    await expect.poll(() => $$(el, '[part=stories] a')).toHaveLength(1);
    expect(stub.callsTo('GET /v1/stories')[0]!.url.searchParams.get('challenge')).toBe('ferries');
    const a = $<HTMLAnchorElement>(el, '[part=stories] a')!;
    expect([a.textContent?.trim(), a.href]).toEqual([
      'Charging at the quay',
      'https://ep.example/stories/quay',
    ]);
  });

  test('a solved challenge: no respond, and "read the story of how" links its story', async () => {
    const stub = detailStub(solved, {
      'GET /v1/challenges/lights/similar': list([]),
      'GET /v1/stories': list([story({ id: 'lights-story' })]),
    });
    const el = await board(
      stub,
      { org: 'norrhamn', api: 'https://ep.example' },
      '#ep-challenge=lights',
    );
    await expect.poll(() => $(el, '[part=story-link]')).not.toBeNull();
    const link = $<HTMLAnchorElement>(el, '[part=story-link]')!;
    expect([link.textContent?.trim(), link.href]).toEqual([
      'Read the story of how it was solved',
      'https://ep.example/stories/lights-story',
    ]);
    expect($(el, '[part=respond]')).toBeNull();
  });

  test.each(['procurement', 'closed'] as const)('no respond on a challenge %s', async (status) => {
    const c = challenge({ id: 'c', status });
    const el = await board(detailStub(c), { org: 'norrhamn' }, '#ep-challenge=c');
    await expect.poll(() => $(el, '#detail-title')).not.toBeNull();
    await expect.poll(() => $$(el, '[part=similar] li')).toHaveLength(1);
    expect($(el, '[part=respond]')).toBeNull();
  });

  test('status badges differ in colour, symbol and border, and each colour is a token', async () => {
    const statuses = ['open', 'in-dialogue', 'procurement', 'solved', 'closed'] as const;
    const stub = stubClient({
      'GET /v1/challenges': list(statuses.map((status) => challenge({ id: status, status }))),
    });
    const el = await board(stub, { org: 'norrhamn' });
    el.style.setProperty('--ep-status-solved', 'rgb(1, 2, 3)');
    await expect.poll(() => $$(el, '[part=status]')).toHaveLength(5);
    const looks = $$(el, '[part=status]').map((b) => {
      const s = getComputedStyle(b);
      const before = getComputedStyle(b, '::before');
      return `${s.backgroundColor} ${s.color} ${s.borderStyle} ${before.content}`;
    });
    expect(new Set(looks).size).toBe(5);
    expect(getComputedStyle($(el, '.status-solved')!).backgroundColor).toBe('rgb(1, 2, 3)');
    // The symbol is decoration: the badge's name is its text.
    expect($(el, '.status-open')!.textContent).toBe('Open');
  });

  test('heading and heading-level: the board’s own heading, and titles one level below', async () => {
    const stub = stubClient({ 'GET /v1/challenges': list([ferries]) });
    const el = await board(stub, {
      org: 'norrhamn',
      heading: 'Our challenges',
      'heading-level': '3',
    });
    await expect.poll(() => $$(el, '[part=card]')).toHaveLength(1);
    expect(text(el, 'h3[part=heading]')).toBe('Our challenges');
    expect($(el, '[part=card] h4 a')).not.toBeNull();
    expect($(el, 'section')!.getAttribute('aria-labelledby')).toBe('board-heading');
  });
});
