/** Types of scripts/server.mjs. */
export function startServer(): Promise<{ url: string; dataDir: string; stop(): Promise<void> }>;
