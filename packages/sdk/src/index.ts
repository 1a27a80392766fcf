export * from './schemas/index.js';
export * from './localize.js';
