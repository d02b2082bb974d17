/**
 * The community document: place, population, Community Profile, partners, backbone,
 * community excellence group and key factors.
 *
 * @packageDocumentation
 */
export * from './sector.js';
export * from './geography.js';
export * from './population.js';
export * from './community-profile.js';
export * from './partner.js';
export * from './backbone.js';
export * from './excellence-group.js';
export * from './key-factor.js';
export * from './community.js';
export * from './validate-community.js';
