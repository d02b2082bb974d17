/**
 * Partnership evidence: the facts theory-of-action benchmarks are judged on.
 *
 * @packageDocumentation
 */
export * from './evidence-meta.js';
export * from './leadership-table.js';
export * from './accountability-structure.js';
export * from './shared-vision.js';
export * from './outcome-commitment.js';
export * from './report-card.js';
export * from './action-network.js';
export * from './anchor-entity.js';
export * from './funding-source.js';
export * from './data-agreement.js';
export * from './engagement-event.js';
export * from './policy-change.js';
export * from './evidence-item.js';
export * from './partnership-evidence.js';
export * from './validate-partnership-evidence.js';
