/**
 * Learning-program records: cohorts (with people and sessions) and a community's
 * program participation (stage, readiness checklist, commitments, history), plus the
 * NLC readiness characteristics as data.
 *
 * @packageDocumentation
 */
export * from './readiness-characteristics.js';
export * from './program-person.js';
export * from './cohort-session.js';
export * from './cohort.js';
export * from './validate-cohort.js';
export * from './participation-stage.js';
export * from './readiness-checklist.js';
export * from './yearly-commitment.js';
export * from './stage-history.js';
export * from './program-participation.js';
export * from './validate-program-participation.js';
