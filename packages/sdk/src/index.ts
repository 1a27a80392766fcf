export * from './schemas/index.js';
export * from './localize.js';
export * from './issues.js';
export * from './client/index.js';
