/** The domain schemas alone, without the HTTP client. */
export * from './schemas/index.js';
export * from './localize.js';
export * from './issues.js';
