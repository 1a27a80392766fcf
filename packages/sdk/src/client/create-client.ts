import { auditResource } from './audit.js';
import { challengesResource } from './challenges.js';
import { clustersResource } from './clusters.js';
import { createFetchTransport } from './fetch-transport.js';
import { createKyTransport } from './ky-transport.js';
import { doorOpenersCall, openedDoorsResource } from './doors.js';
import { organizationsResource } from './organizations.js';
import { staffResource } from './staff.js';
import { storiesResource } from './stories.js';
import { sessionResource } from './session.js';
import { submissionsResource, submitCall } from './submissions.js';
import { tagsResource } from './tags.js';
import { serverRoot, type ClientOptions, type Transport } from './transport.js';

/** The resources of a client, over the transport that carries its calls. */
function resources(send: Transport, options: ClientOptions) {
  return {
    organizations: organizationsResource(send),
    challenges: challengesResource(send),
    clusters: clustersResource(send),
    stories: storiesResource(send, serverRoot(options.baseUrl)),
    submissions: submissionsResource(send),
    session: sessionResource(send),
    audit: auditResource(send),
    openedDoors: openedDoorsResource(send),
    doorOpeners: doorOpenersCall(send),
    staff: staffResource(send),
    tags: tagsResource(send),
  };
}

/**
 * What a public page calls: the public reads (and their owners' writes, as
 * before) and sending a submission, without the inbox's and the log's calls.
 */
function publicResources(send: Transport, options: ClientOptions) {
  return {
    organizations: organizationsResource(send),
    challenges: challengesResource(send),
    clusters: clustersResource(send),
    stories: storiesResource(send, serverRoot(options.baseUrl)),
    submissions: { create: submitCall(send) },
  };
}

/**
 * A typed client of the Entrypoint API, on ky. Every answer is checked against
 * its schema ({@link ResponseValidationError} when it is off-contract); errors
 * are {@link EntrypointError} subclasses.
 *
 * ```ts
 * const client = createClient({ baseUrl: 'https://entrypoint.example.org' });
 * const { data } = await client.challenges.list({ org: 'norrhamn', status: 'open' });
 * ```
 */
export function createClient(options: ClientOptions): EntrypointClient {
  return resources(createKyTransport(options), options);
}

/**
 * The same client for pages that count their bytes: on `fetch` alone, with
 * the same calls, retries, timeout, abort and error classes as
 * {@link createClient}, but answers are typed and not checked at run time, so
 * that neither ky nor any schema is bundled (about 3 kB gzip instead of 16).
 * Use it where the server is known to speak this SDK's version of the API, as
 * the embed does with the server that serves it.
 */
export function createLiteClient(options: ClientOptions): EntrypointClient {
  return resources(createFetchTransport(options), options);
}

/** What {@link createClient} and {@link createLiteClient} return. */
export type EntrypointClient = ReturnType<typeof resources>;

/**
 * The lite client with only what a public page calls: the reads, the owners'
 * content writes and `submissions.create`, without the staff's inbox and log
 * calls, so that an embed does not pay for them. Any
 * {@link EntrypointClient} can stand in for it.
 */
export function createPublicClient(options: ClientOptions): PublicClient {
  return publicResources(createFetchTransport(options), options);
}

/** What {@link createPublicClient} returns (a part of {@link EntrypointClient}). */
export type PublicClient = ReturnType<typeof publicResources>;
