/**
 * What a preview board (challenge-board-preview.ts) talks to: the SDK's own
 * client over a `fetch` that never leaves the page. It answers the reads the
 * board makes for one challenge held in memory (the challenge, a list of
 * just it, its organisation; no clusters, others or stories: 200 with none)
 * and refuses every write (403), so a preview neither asks the API nor sends
 * anything.
 */
import { createPublicClient, type Challenge, type Organization } from '@entrypoint/sdk';
import type { ElementsClient } from './client.js';

const list = (data: unknown[]) => ({ data, nextCursor: null });

/** What the API would answer the board, for this one challenge. */
export const previewFetch =
  (challenge: Challenge, org?: Organization): typeof fetch =>
  (input, init) => {
    const path = String(input instanceof Request ? input.url : input)
      .split('/v1/')[1]
      ?.split('?')[0];
    const write = (init?.method ?? 'GET') !== 'GET';
    const id = (x: { id: string }) => encodeURIComponent(x.id);
    const body = write
      ? undefined
      : path === 'challenges'
        ? list([challenge])
        : path === `challenges/${id(challenge)}`
          ? challenge
          : path === 'organizations'
            ? list(org ? [org] : [])
            : org && path === `organizations/${id(org)}`
              ? org
              : /^(challenges\/[^/]+\/\w+|stories)$/.test(path ?? '')
                ? list([])
                : undefined;
    return Promise.resolve(
      new Response(JSON.stringify(body ?? { status: write ? 403 : 404 }), {
        status: body ? 200 : write ? 403 : 404,
        headers: { 'content-type': body ? 'application/json' : 'application/problem+json' },
      }),
    );
  };

/** A client answering from `challenge` (and `org`) alone. */
export const previewClient = (challenge: Challenge, org?: Organization): ElementsClient =>
  createPublicClient({
    baseUrl: globalThis.location?.origin || 'https://preview.invalid',
    fetch: previewFetch(challenge, org),
    retry: 0,
  });
