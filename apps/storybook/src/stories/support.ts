/** Helpers the stories share: the fixture client per story, and reaching into an element's shadow root. */
import { waitFor } from 'storybook/test';
import { fixtureClient, type FixtureApiOptions, type FixtureClient } from '../fixtures.js';

/** Story parameters read by the stories of this folder. */
export interface FixtureParameters {
  /** How the fixture API behaves for this story (see `FixtureApiOptions`). */
  fixture?: FixtureApiOptions;
}

/** A fresh fixture client for one render of a story. */
export function clientFor(parameters: FixtureParameters): FixtureClient {
  return fixtureClient(parameters.fixture ?? {});
}

/** Waits until `selector` matches inside the shadow root of the first `tag` in the canvas, and returns it. */
export async function inShadow<E extends Element = HTMLElement>(
  canvas: HTMLElement,
  tag: string,
  selector: string,
): Promise<E> {
  return waitFor(
    () => {
      const found = canvas.querySelector(tag)?.shadowRoot?.querySelector<E>(selector);
      if (!found) throw new Error(`No ${selector} in <${tag}> yet`);
      return found;
    },
    { timeout: 10_000 },
  );
}

/**
 * Parameters for a story that starts at a URL hash (e.g. the board's
 * `#ep-challenge=ID`). The preview's decorator sets the hash before the story
 * renders; in docs such a story gets its own frame, as one page has one hash.
 */
export function openAt(hash: string) {
  return { hash, docs: { story: { inline: false, height: '640px' } } };
}
