/**
 * Starts the real server once for the element tests (scripts/server.mjs).
 * Tests read its URL with `inject('serverUrl')` and its data folder with
 * `inject('dataDir')` (for the admin CLI).
 */
import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/server.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    serverUrl: string;
    dataDir: string;
  }
}

let stop: (() => Promise<void>) | undefined;

export async function setup(project: TestProject) {
  const server = await startServer();
  stop = () => server.stop();
  project.provide('serverUrl', server.url);
  project.provide('dataDir', server.dataDir);
}

export async function teardown() {
  await stop?.();
}
