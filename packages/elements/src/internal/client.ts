import type { PublicClient } from '@entrypoint/sdk';

/**
 * The SDK client the elements use: the part of the API a public page calls
 * (`createPublicClient()` from `@entrypoint/sdk`); a client from `createClient()`
 * or `createLiteClient()` does as well.
 */
export type ElementsClient = PublicClient;
