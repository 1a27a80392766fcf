/**
 * In production the server's links come from PUBLIC_URL, never from a
 * request's Host header: NODE_ENV=production without it refuses to start.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, runToExit, startServer } from '../helpers/process.js';
import { getWithHost } from '../helpers/http.js';

let dataDir: string;
beforeAll(() => {
  assertBuilt();
  dataDir = mkdtempSync(join(tmpdir(), 'ep-public-url-'));
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('PUBLIC_URL in production', () => {
  it('refuses to start with NODE_ENV=production and no PUBLIC_URL, saying what to set', async () => {
    const { code, output } = await runToExit({ NODE_ENV: 'production', DATA_DIR: dataDir });
    expect(code).toBe(1);
    expect(output).toContain('Set PUBLIC_URL');
  });

  it('links the feeds to PUBLIC_URL whatever Host the request names', async () => {
    const server = await startServer({
      NODE_ENV: 'production',
      PUBLIC_URL: 'https://entrypoint.example.org',
      DATA_DIR: dataDir,
      DEMO: '1',
    });
    try {
      const rss = await getWithHost(`${server.url}/v1/stories/feed.rss`, 'evil.example');
      expect(rss).toContain('<link>https://entrypoint.example.org/stories/');
      expect(rss).toContain('url="https://entrypoint.example.org/demo-images/');
      expect(rss).not.toContain('evil.example');
    } finally {
      server.proc.kill('SIGTERM');
      await server.exited;
    }
  });
});
