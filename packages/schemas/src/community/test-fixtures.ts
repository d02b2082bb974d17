import type { Community } from './community.js';

/**
 * A realistic (fictional) community document used by the tests and docs: a rural county
 * with a two-organization backbone network.
 *
 * @example
 * ```ts
 * validateCommunity(riverbendCommunity()).ok; // true
 * ```
 */
export function riverbendCommunity(): Community {
  return {
    kind: 'community',
    formatVersion: 1,
    id: 'riverbend-county',
    name: 'Riverbend County',
    asOf: '2026-09-30',
    geography: {
      name: 'Riverbend County, Missouri',
      type: 'county',
      codes: [{ system: 'FIPS', value: '29999' }],
      states: ['MO'],
      boundaries:
        'The county and its two cities, Riverbend and Maple Falls; 18 school attendance areas.',
    },
    population: {
      total: 48210,
      year: 2023,
      source: 'ACS 2019-2023 5-year estimates',
      breakdowns: [
        { dimension: 'age', group: '0-17', count: 10480 },
        { dimension: 'age', group: '65+', count: 9120 },
        { dimension: 'race-ethnicity', group: 'Hispanic or Latino', share: 0.07 },
      ],
    },
    focusOutcomes: ['health', 'education', 'economy'],
    purpose: 'Make Riverbend County a place where every resident can thrive.',
    sharedVision: 'A healthy, educated, prosperous and safe county for all generations.',
    values: ['Shared leadership', 'Resident voice', 'Fact-based decisions'],
    profile: {
      description: {
        environment: {
          definitionAndIdentity: {
            narrative:
              'A rural county with two small cities, a university and a regional hospital.',
          },
          offerings: {
            points: ['K-12 and university education', 'Regional health care', 'Parks and trails'],
          },
          residentsAndStakeholders: {
            points: ['Families with young children', 'Older adults', 'University students'],
          },
          peopleResources: {
            narrative: 'Mostly volunteers and partner staff; the backbone has 2.5 FTE.',
          },
          regulatoryEnvironment: {
            narrative: 'State education and health regulation; county ordinances.',
          },
        },
        relationships: { points: ['Hospital and school district share a data agreement'] },
      },
      situation: {
        strategicChallenges: { points: ['Out-migration of young adults', 'Child care shortage'] },
        comparativeContext: {
          narrative: 'Compared with peer rural counties in County Health Rankings.',
        },
      },
    },
    partners: [
      { id: 'rcs', name: 'Riverbend County Schools', sector: 'k-12' },
      { id: 'rrh', name: 'Riverbend Regional Hospital', sector: 'health' },
      { id: 'chamber', name: 'Riverbend Chamber of Commerce', sector: 'business' },
      { id: 'county', name: 'Riverbend County Commission', sector: 'government' },
      { id: 'uw-riverbend', name: 'United Way of Riverbend', sector: 'nonprofit' },
      { id: 'fire-dept', name: 'Maple Falls Fire Department', sector: 'public-safety' },
      { id: 'library', name: 'County Library Friends', sector: 'other', sectorLabel: 'Libraries' },
    ],
    backbone: {
      structure: 'network',
      organizations: [
        {
          id: 'uw-riverbend',
          name: 'United Way of Riverbend',
          functions: ['convening', 'communications'],
        },
        {
          id: 'riverbend-university',
          name: 'Riverbend State University',
          functions: ['data', 'technical-assistance'],
        },
      ],
      pointOfContact: {
        name: 'Dana Ortiz',
        role: 'Coordinator',
        email: 'dana.ortiz@example.org',
        memberId: 'm-ortiz',
      },
    },
    excellenceGroup: {
      name: 'Riverbend Excellence Council',
      formedOn: '2025-03-12',
      meetingFrequency: 'monthly',
      members: [
        {
          id: 'm-ortiz',
          name: 'Dana Ortiz',
          sector: 'nonprofit',
          roles: ['coordinator', 'formal-leader'],
          generation: 'adult',
          organizationId: 'uw-riverbend',
        },
        {
          id: 'm-hale',
          name: 'Marcus Hale',
          sector: 'health',
          roles: ['chair', 'formal-leader'],
          birthDecade: 1970,
          organizationId: 'rrh',
        },
        {
          id: 'm-nguyen',
          name: 'Linh Nguyen',
          sector: 'residents',
          roles: ['resident', 'informal-leader'],
          generation: 'elder',
        },
        {
          id: 'm-james',
          name: 'Tyler James',
          sector: 'youth',
          roles: ['youth'],
          generation: 'youth',
          birthDecade: 2000,
        },
        {
          id: 'm-park',
          name: 'Grace Park',
          sector: 'postsecondary',
          roles: ['project-leader'],
          generation: 'young-adult',
          organizationId: 'riverbend-university',
        },
      ],
    },
    keyAssets: [
      { id: 'asset-university', label: 'Riverbend State University', sectors: ['postsecondary'] },
    ],
    keyChallenges: [
      {
        id: 'ch-childcare',
        label: 'Child care shortage',
        description: 'Two licensed slots per five children under six.',
      },
    ],
    keyAdvantages: [{ id: 'adv-trust', label: 'High trust between hospital and schools' }],
    keySuccessFactors: [{ id: 'ksf-youth-retention', label: 'Keep young adults in the county' }],
  };
}
