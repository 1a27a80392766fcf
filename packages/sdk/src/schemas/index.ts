export * from './vocabulary.js';
export * from './common.js';
export * from './organization.js';
export * from './challenge.js';
export * from './cluster.js';
export * from './story.js';
export * from './submission.js';
export * from './inbox-actions.js';
