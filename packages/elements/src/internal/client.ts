import type { EntrypointClient } from '@entrypoint/sdk';

/** The SDK client the elements use: what `createClient()` from `@entrypoint/sdk` returns. */
export type ElementsClient = EntrypointClient;
