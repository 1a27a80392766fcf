/** Types of scripts/server.mjs. */
export function startServer(options?: {
  embedDir?: string;
}): Promise<{ url: string; dataDir: string; stop(): Promise<void> }>;
