import type { PartnershipEvidence } from './partnership-evidence.js';

/**
 * Realistic (fictional) evidence of a cradle-to-career partnership in the Emerging
 * gateway, used by tests and docs.
 *
 * @example
 * ```ts
 * validatePartnershipEvidence(riverbendEvidence()).ok; // true
 * ```
 */
export function riverbendEvidence(): PartnershipEvidence {
  return {
    kind: 'partnership-evidence',
    formatVersion: 1,
    id: 'riverbend-promise-2026-09',
    partnershipId: 'riverbend-promise',
    name: 'Riverbend Promise',
    asOf: '2026-09-30',
    geography: {
      name: 'Riverbend County, Missouri',
      type: 'county',
      codes: [{ system: 'FIPS', value: '29999' }],
    },
    communityId: 'riverbend-county',
    partners: [
      { id: 'rcs', name: 'Riverbend County Schools', sector: 'k-12' },
      { id: 'rsu', name: 'Riverbend State University', sector: 'postsecondary' },
      { id: 'uw-riverbend', name: 'United Way of Riverbend', sector: 'nonprofit' },
      { id: 'rcf', name: 'Riverbend Community Foundation', sector: 'philanthropy' },
      { id: 'chamber', name: 'Riverbend Chamber of Commerce', sector: 'business' },
    ],
    leadershipTable: {
      exists: true,
      sectorsRepresented: [
        'k-12',
        'postsecondary',
        'business',
        'philanthropy',
        'nonprofit',
        'early-childhood',
      ],
      membersCount: 16,
      meetingFrequency: 'monthly',
      memberOrganizationIds: ['rcs', 'rsu', 'uw-riverbend', 'rcf', 'chamber'],
      charter: {
        title: 'Riverbend Promise charter',
        date: '2025-02-11',
        url: 'https://example.org/riverbend/charter.pdf',
      },
      source: 'charter and 2025 minutes',
      asOf: '2026-06-30',
    },
    accountabilityStructure: {
      documented: true,
      document: { title: 'Accountability structure', date: '2025-02-11' },
      roles: [
        { id: 'role-chair', name: 'Leadership table chair', organizationId: 'chamber' },
        { id: 'role-anchor', name: 'Anchor entity', organizationId: 'uw-riverbend' },
      ],
      workGroups: [
        {
          id: 'wg-data',
          name: 'Data team',
          leadOrganizationId: 'rsu',
          outcomeIds: ['out-reading'],
        },
      ],
    },
    sharedVision: {
      statement: 'Every Riverbend child succeeds from cradle to career.',
      cradleToCareer: true,
      adoptedOn: '2025-02-11',
    },
    outcomes: [
      {
        id: 'out-reading',
        area: 'EARLY_GRADE_READING',
        label: 'Grade 3 reading',
        chosenOn: '2025-05-01',
        coreIndicatorIds: ['ela-g3-proficient'],
        contributingIndicatorIds: ['chronic-absence-k3'],
        firstFocus: true,
      },
      {
        id: 'out-grad',
        area: 'HIGH_SCHOOL_GRADUATION',
        chosenOn: '2025-05-01',
        coreIndicatorIds: ['acgr-4yr'],
      },
    ],
    reportCards: [
      {
        id: 'rc-2025',
        title: 'Baseline report card',
        publishedOn: '2025-11-12',
        audiences: ['community', 'partners'],
        url: 'https://example.org/riverbend/report-card-2025',
        baseline: true,
        disaggregated: true,
        disaggregatedBy: ['race-ethnicity', 'economic status', 'English-learner status'],
        outcomeIds: ['out-reading', 'out-grad'],
      },
    ],
    actionNetworks: [
      {
        id: 'can-reading',
        name: 'Early reading action network',
        focusOutcomeId: 'out-reading',
        charterDate: '2026-01-20',
        usesData: true,
        continuousImprovement: true,
        improvementMethod: 'PDSA',
        members: [
          { name: 'Riverbend County Schools', organizationId: 'rcs', champion: true },
          { name: 'County library', sector: 'other' },
        ],
      },
    ],
    anchorEntity: {
      organization: 'United Way of Riverbend',
      organizationIds: ['uw-riverbend'],
      staffFte: 2.5,
      shared: false,
      functions: ['convening', 'data', 'communications'],
    },
    funding: [
      {
        id: 'fund-rcf',
        funder: 'Riverbend Community Foundation',
        funderId: 'rcf',
        sourceType: 'philanthropy',
        amount: 250000,
        currency: 'USD',
        startsOn: '2026-01-01',
        endsOn: '2027-12-31',
        alignedToStrategies: true,
      },
    ],
    dataAgreements: [
      {
        id: 'dsa-rcs-rsu',
        parties: ['Riverbend County Schools', 'Riverbend State University'],
        partyIds: ['rcs', 'rsu'],
        signedOn: '2025-08-01',
        expiresOn: '2028-07-31',
        scope: 'Student-level attendance and assessment data for grades K-12.',
        studentLevel: true,
      },
    ],
    engagementEvents: [
      {
        id: 'ev-town-hall',
        date: '2026-04-18',
        kind: 'involve',
        title: 'Town hall on early reading',
        participants: 85,
        familyVoice: true,
      },
      {
        id: 'ev-youth-panel',
        date: '2026-05-09',
        kind: 'co-develop',
        participants: 14,
        youthVoice: true,
      },
    ],
    policyChanges: [
      {
        id: 'pc-absence',
        kind: 'practice',
        description: 'District adopted early-warning outreach for chronic absence.',
        organizationId: 'rcs',
        adoptedOn: '2026-08-01',
        outcomeIds: ['out-reading'],
      },
    ],
    evidence: [
      {
        id: 'claim-meetings',
        claim: 'The leadership table met 11 times in 2025.',
        source: 'meeting minutes',
        date: '2026-01-10',
        confidence: 'verified',
        relatesTo: ['role-chair'],
        benchmarkIds: ['E.1.2'],
      },
    ],
  };
}
