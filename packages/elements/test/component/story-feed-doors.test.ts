// <ep-story-feed> linking what cities learn: an opened story names the
// challenges it tells about and links them to a board; the feed's heading.
import { html } from 'lit';
import { afterEach, describe, expect, test } from 'vitest';
import { challenge, story } from '../../../sdk/test/factories.js';
import '../../src/define.js';
import type { StoryFeed } from '../../src/story-feed.js';
import { $, $$, list, mount, stubClient, text, unmountAll, type Stub } from './stub.js';

afterEach(unmountAll);

const told = story({ id: 'told', challengeIds: ['ferries', 'gone'] });

async function feed(stub: Stub, attrs: Record<string, string> = {}) {
  const el = document.createElement('ep-story-feed');
  for (const [name, value] of Object.entries({ lang: 'en', ...attrs }))
    el.setAttribute(name, value);
  el.client = stub.client;
  return mount<StoryFeed>(html`${el}`);
}

function open(el: StoryFeed) {
  $<HTMLAnchorElement>(el, '[part=card] a')!.click();
}

describe('<ep-story-feed> and its challenges', () => {
  test('an opened story links the challenges it tells about, titled, to the board’s page', async () => {
    const stub = stubClient({
      'GET /v1/stories': list([told]),
      'GET /v1/challenges/ferries': {
        body: challenge({ id: 'ferries', title: { en: 'Electric ferries' } }),
      },
    });
    const el = await feed(stub, { 'challenge-url': '/challenges' });
    await expect.poll(() => $(el, '[part=card] a')).not.toBeNull();
    open(el);
    await expect.poll(() => text(el, '[part=challenges] li')).toBe('Electric ferries');
    const links = $$<HTMLAnchorElement>(el, '[part=challenges] a');
    expect(links.map((a) => a.href)).toEqual([
      `${location.origin}/challenges#ep-challenge=ferries`,
      `${location.origin}/challenges#ep-challenge=gone`,
    ]);
    // One that cannot be read any more keeps its link, named by its id.
    expect(links[1]!.textContent?.trim()).toBe('gone');
    expect(text(el, '.story h3')).toBe('The challenges behind this story');
  });

  test('without challenge-url, the links open a board on the same page', async () => {
    const stub = stubClient({ 'GET /v1/stories': list([told]) });
    const el = await feed(stub);
    await expect.poll(() => $(el, '[part=card] a')).not.toBeNull();
    open(el);
    await expect.poll(() => $$(el, '[part=challenges] a')).toHaveLength(2);
    expect($(el, '[part=challenges] a')!.getAttribute('href')).toBe('#ep-challenge=ferries');
  });

  test('a story about no challenge shows no such list', async () => {
    const stub = stubClient({ 'GET /v1/stories': list([story({ challengeIds: [] })]) });
    const el = await feed(stub);
    await expect.poll(() => $(el, '[part=card] a')).not.toBeNull();
    open(el);
    await expect.poll(() => $(el, '#story-title')).not.toBeNull();
    expect($(el, '[part=challenges]')).toBeNull();
  });

  test('heading and heading-level: the feed’s heading, stories one level below', async () => {
    const stub = stubClient({ 'GET /v1/stories': list([told]) });
    const el = await feed(stub, { heading: 'What worked', 'heading-level': '2' });
    await expect.poll(() => $(el, '[part=card]')).not.toBeNull();
    expect(text(el, 'h2[part=heading]')).toBe('What worked');
    expect($(el, '[part=card] h3')).not.toBeNull();
    open(el);
    await expect.poll(() => $(el, 'h3#story-title')).not.toBeNull();
  });
});
