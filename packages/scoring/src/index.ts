export * from './score/index.js';
export * from './consensus/index.js';
