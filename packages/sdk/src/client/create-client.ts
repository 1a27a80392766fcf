import { challengesResource } from './challenges.js';
import { clustersResource } from './clusters.js';
import { organizationsResource } from './organizations.js';
import { storiesResource } from './stories.js';
import { submissionsResource } from './submissions.js';
import { createTransport, serverRoot, type ClientOptions } from './transport.js';

/**
 * A typed client of the Entrypoint API. Every answer is checked against its
 * schema; errors are {@link EntrypointError} subclasses.
 *
 * ```ts
 * const client = createClient({ baseUrl: 'https://entrypoint.example.org' });
 * const { data } = await client.challenges.list({ org: 'norrhamn', status: 'open' });
 * ```
 */
export function createClient(options: ClientOptions) {
  const send = createTransport(options);
  const root = serverRoot(options.baseUrl);
  return {
    organizations: organizationsResource(send),
    challenges: challengesResource(send),
    clusters: clustersResource(send),
    stories: storiesResource(send, root),
    submissions: submissionsResource(send),
  };
}

/** What {@link createClient} returns. */
export type EntrypointClient = ReturnType<typeof createClient>;
