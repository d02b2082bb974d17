export * from './issue.js';
export * from './validation-result.js';
export * from './forbidden-keys.js';
export * from './zod-issues.js';
export * from './validate-with-schema.js';
export * from './format-issues.js';
export * from './identifiers.js';
