// <ep-cluster-directory> alone, with a stub client: every state the Storybook
// shows (loading, list, filtered, empty, error, offline, each language), the
// profile and relations of a cluster, search, filters, and its heading.
import { html } from 'lit';
import { afterEach, describe, expect, test } from 'vitest';
import { cluster } from '../../../sdk/test/factories.js';
import type { ClusterDirectory } from '../../src/cluster-directory.js';
import '../../src/define.js';
import { $, $$, fail, list, mount, stubClient, text, unmountAll, type Stub } from './stub.js';

afterEach(unmountAll);

const mobility = cluster();
const energy = cluster({
  id: 'blue-energy-cluster',
  name: { sv: 'Blå energiklustret', en: 'Blue Energy Cluster' },
  country: 'SE',
  defaultLanguage: 'sv',
  website: 'https://blue.example.org',
  sectors: ['energy', 'maritime'],
  technologies: [],
  memberCount: undefined,
  region: 'SE224',
  description: { sv: 'Energi till havs.', en: 'Energy at sea.' },
  relations: [{ clusterId: 'nordic-mobility-cluster', kind: 'collaborates' }],
});

async function directory(stub: Stub, attrs: Record<string, string> = {}) {
  const el = document.createElement('ep-cluster-directory');
  for (const [name, value] of Object.entries({ lang: 'en', ...attrs }))
    el.setAttribute(name, value);
  el.client = stub.client;
  return mount<ClusterDirectory>(html`${el}`);
}

const names = (el: Element) => $$(el, '[part=card] h3').map((h) => h.textContent?.trim());

describe('<ep-cluster-directory>', () => {
  test('shows a busy placeholder while the clusters load', async () => {
    const el = await directory(stubClient({ 'GET /v1/clusters': 'pending' }));
    await expect.poll(() => $(el, '[aria-busy=true]')).not.toBeNull();
    expect(text(el, '[role=status]')).toBe('Loading…');
  });

  test('lists each cluster with its profile, site and relations', async () => {
    const el = await directory(stubClient({ 'GET /v1/clusters': list([mobility, energy]) }));
    await expect.poll(() => names(el)).toEqual(['Nordic Mobility Cluster', 'Blue Energy Cluster']);
    expect(text(el, '[role=status]')).toBe('2 clusters');
    const card = $$(el, '[part=card]')[0]!;
    const said = (card.textContent ?? '').replace(/\s+/g, ' ');
    expect(said).toContain('Norway · NO08');
    expect(said).toContain('The mobility cluster.');
    expect(said).toContain('Technologies electric vessels, route planning');
    expect(said).toContain('Members 120');
    expect([...card.querySelectorAll('[part=sectors] li')].map((l) => l.textContent)).toEqual([
      'Mobility',
      'Energy',
    ]);
    expect(card.querySelector<HTMLAnchorElement>('h3 a')!.href).toBe(
      'https://mobility.example.org/',
    );
    const relation = card.querySelector('[part=relations] li')!;
    expect(relation.textContent?.replace(/\s+/g, ' ').trim()).toBe('Partner: Blue Energy Cluster');
    expect(relation.querySelector('a')!.href).toBe('https://blue.example.org/');
  });

  test('searches on the server, and filters by sector and country as chosen', async () => {
    const stub = stubClient({
      'GET /v1/clusters': (call) =>
        call.url.searchParams.get('q') === 'blue' ? list([energy]) : list([mobility, energy]),
    });
    const el = await directory(stub);
    await expect.poll(() => names(el)).toHaveLength(2);
    const sector = $<HTMLSelectElement>(el, '#f-sector')!;
    expect([...sector.options].map((o) => o.value)).toEqual(['', 'energy', 'maritime', 'mobility']);
    sector.value = 'maritime';
    sector.dispatchEvent(new Event('change'));
    await expect.poll(() => names(el)).toEqual(['Blue Energy Cluster']);
    sector.value = '';
    sector.dispatchEvent(new Event('change'));
    const country = $<HTMLSelectElement>(el, '#f-country')!;
    country.value = 'NO';
    country.dispatchEvent(new Event('change'));
    await expect.poll(() => names(el)).toEqual(['Nordic Mobility Cluster']);
    country.value = '';
    country.dispatchEvent(new Event('change'));
    const q = $<HTMLInputElement>(el, '#q')!;
    q.value = 'blue';
    q.dispatchEvent(new Event('input'));
    await expect.poll(() => names(el)).toEqual(['Blue Energy Cluster']);
    expect(stub.callsTo('GET /v1/clusters').at(-1)!.url.searchParams.get('q')).toBe('blue');
  });

  test('sector, country, region and org attributes narrow the directory', async () => {
    const stub = stubClient({ 'GET /v1/clusters': list([mobility, energy]) });
    const bySector = await directory(stub, { sector: 'mobility' });
    await expect.poll(() => names(bySector)).toEqual(['Nordic Mobility Cluster']);
    const byCountry = await directory(stub, { country: 'se' });
    await expect.poll(() => names(byCountry)).toEqual(['Blue Energy Cluster']);
    const byRegion = await directory(stub, { region: 'SE2' });
    await expect.poll(() => names(byRegion)).toEqual(['Blue Energy Cluster']);
    const byOrg = await directory(stub, { org: 'nordic-mobility-cluster' });
    await expect.poll(() => names(byOrg)).toEqual(['Nordic Mobility Cluster']);
  });

  test('says when no cluster matches', async () => {
    const el = await directory(stubClient({ 'GET /v1/clusters': list([]) }));
    await expect.poll(() => text(el, '.notice')).toBe('No clusters match.');
  });

  test('an error, then a retry that loads', async () => {
    const stub = stubClient({
      'GET /v1/clusters': (_, n) => (n === 1 ? fail(500) : list([mobility])),
    });
    const el = await directory(stub);
    await expect.poll(() => text(el, '[role=alert] p')).toBe('The clusters could not be loaded.');
    $<HTMLButtonElement>(el, '[role=alert] button')!.click();
    await expect.poll(() => names(el)).toEqual(['Nordic Mobility Cluster']);
  });

  test('offline: says so', async () => {
    const el = await directory(stubClient({ 'GET /v1/clusters': 'offline' }));
    await expect
      .poll(() => text(el, '[role=alert] p'))
      .toBe('You are offline. The list will load when the connection is back.');
  });

  test.each([
    ['sv', 'Sök kluster', '2 kluster', 'Partner: Blå energiklustret'],
    ['nb', 'Søk i klynger', '2 klynger', 'Partner: Blå energiklustret'],
    ['fi', 'Hae klustereita', '2 klusteria', 'Kumppani: Blå energiklustret'],
  ])('speaks %s', async (lang, search, count, relation) => {
    const el = await directory(stubClient({ 'GET /v1/clusters': list([mobility, energy]) }), {
      lang,
    });
    await expect.poll(() => text(el, '[role=status]')).toBe(count);
    expect(text(el, 'label[for=q]')).toBe(search);
    expect(text(el, '[part=relations] li')).toBe(relation);
  });

  test('heading and heading-level: its own heading, names one level below', async () => {
    const el = await directory(stubClient({ 'GET /v1/clusters': list([mobility]) }), {
      heading: 'Clusters near you',
      'heading-level': '3',
    });
    await expect.poll(() => $(el, '[part=card] h4')).not.toBeNull();
    expect(text(el, 'h3[part=heading]')).toBe('Clusters near you');
  });
});
