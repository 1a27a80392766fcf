/**
 * Fixtures for the stories: the real SDK client, talking to a fixture API in
 * memory instead of a server.
 *
 * ```ts
 * html`<ep-challenge-board org="norrhamn" .client=${fixtureClient()}></ep-challenge-board>`
 * html`<ep-entry-form org="norrhamn" .client=${fixtureClient({ submissions: 'drop-once' })}></ep-entry-form>`
 * ```
 */
import { createClient, type EntrypointClient } from '@entrypoint/sdk';
import { createFixtureApi, type FixtureApiOptions, type FixtureRequest } from './fixtures/api.js';

export * from './fixtures/data.js';
export { createFixtureApi, type FixtureApiOptions, type FixtureRequest } from './fixtures/api.js';

/** The base URL the fixture client pretends to call; nothing is ever sent there. */
export const FIXTURE_BASE_URL = 'https://api.entrypoint.example';

/** A client plus the requests it sent, for stories that show or check them. */
export type FixtureClient = EntrypointClient & { readonly requests: FixtureRequest[] };

/**
 * A real SDK client over the fixture API. Retries are off (a story shows one
 * state, not a backoff), and so is the timeout, so that `mode: 'loading'`
 * stays loading.
 */
export function fixtureClient(options: FixtureApiOptions = {}): FixtureClient {
  const api = createFixtureApi(options);
  const client = createClient({
    baseUrl: FIXTURE_BASE_URL,
    fetch: api.fetch,
    retry: 0,
    timeout: false,
  });
  return Object.assign(client, { requests: api.requests });
}
