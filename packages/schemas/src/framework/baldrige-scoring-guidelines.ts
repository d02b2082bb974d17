import type { ScoringGuidelines } from './scoring-guidelines.js';

/**
 * The Baldrige scoring guidelines as data, **in our own words**: six ranges (0-5, 10-25,
 * 30-45, 50-65, 70-85, 90-100; scores in steps of 5) with ADLI (process) and LeTCI
 * (results) descriptors, the eight scoring bands for the process total (0-550) and the
 * results total (0-450), and four maturity stages.
 *
 * Confidence: the range structure is verified; the wording of the 70-85 and 90-100
 * descriptors is `partial`; the band lower bounds and the maturity stages are `inferred`
 * (recollection, not a source): replace them with your own table when you have the NIST
 * Scoring Band Descriptors. Bands are half-open intervals `[lower, next lower)`.
 *
 * @example
 * ```ts
 * rangeForPercent(baldrigeScoringGuidelines, 55)?.process.approach;
 * // 'An effective, systematic method answers the overall questions.'
 * ```
 */
export const baldrigeScoringGuidelines: ScoringGuidelines = {
  kind: 'scoring-guidelines',
  formatVersion: 1,
  id: 'baldrige-2023-2024-scoring-guidelines',
  name: 'Baldrige scoring guidelines (paraphrased)',
  edition: '2023-2024',
  version: '1.0.0',
  appliesTo: ['baldrige-2023-2024', 'coe-community-2024-baldrige-derived-points'],
  step: 5,
  note: 'Paraphrased; no guideline text is copied. Choose the range that fits the response as a whole; no factor is a gate and there are no factor weights.',
  factors: {
    ADLI: [
      {
        key: 'approach',
        name: 'Approach',
        description:
          'The methods used, how well they fit the item, how effective, repeatable and data-based they are.',
      },
      {
        key: 'deployment',
        name: 'Deployment',
        description: 'How broadly and consistently the approach is used across the relevant units.',
      },
      {
        key: 'learning',
        name: 'Learning',
        description:
          'Refinement through cycles of evaluation and improvement, innovation, and sharing of refinements.',
      },
      {
        key: 'integration',
        name: 'Integration',
        description:
          'Alignment with Profile needs and other items; plans, measures and actions work together.',
      },
    ],
    LeTCI: [
      { key: 'levels', name: 'Levels', description: 'Current performance on a meaningful scale.' },
      {
        key: 'trends',
        name: 'Trends',
        description: 'Rate and breadth of improvement, or sustained good performance.',
      },
      {
        key: 'comparisons',
        name: 'Comparisons',
        description: 'Performance relative to competitors, peers and benchmarks.',
      },
      {
        key: 'integration',
        name: 'Integration',
        description:
          'Results cover the key requirements named in the Profile and process items and are used in decisions.',
      },
    ],
  },
  ranges: [
    {
      id: '0-5',
      min: 0,
      max: 5,
      process: {
        approach: 'No systematic method is evident; information is anecdotal.',
        deployment: 'Little or no deployment.',
        learning: 'No improvement orientation; problems are fixed as they arise.',
        integration: 'No organizational alignment; units act on their own.',
      },
      results: {
        levels: 'No results are reported, or results are poor.',
        trends: 'No trend data, or trends are mostly adverse.',
        comparisons: 'No comparative information.',
        integration: 'No results for any area of importance to the mission.',
      },
    },
    {
      id: '10-25',
      min: 10,
      max: 25,
      process: {
        approach: 'A systematic method for the basic question is just starting.',
        deployment: 'Early stage in most units, which slows progress on the basic question.',
        learning: 'First steps from reacting to problems toward general improvement.',
        integration: 'Linked to other units mostly through joint problem solving.',
      },
      results: {
        levels: 'A few results; some good early performance levels.',
        trends: 'Limited trend data; some trends adverse.',
        comparisons: 'Little or no comparative information.',
        integration: 'Results cover a few areas important to the mission.',
      },
    },
    {
      id: '30-45',
      min: 30,
      max: 45,
      process: {
        approach: 'An effective, systematic method answers the basic question.',
        deployment: 'Deployed, although some units are at an early stage.',
        learning: 'Systematic evaluation and improvement of key processes is beginning.',
        integration: 'Early alignment with the basic needs named in the Profile.',
      },
      results: {
        levels: 'Good performance in several areas (basic question).',
        trends: 'Some trend data, mostly favourable.',
        comparisons: 'Comparisons are just beginning.',
        integration: 'Results cover many important areas.',
      },
    },
    {
      id: '50-65',
      min: 50,
      max: 65,
      process: {
        approach: 'An effective, systematic method answers the overall questions.',
        deployment: 'Well deployed, with some variation between units.',
        learning: 'Fact-based evaluation and improvement, with some learning and innovation.',
        integration: 'Aligned with the overall needs of the organization.',
      },
      results: {
        levels: 'Good performance in most areas (overall questions).',
        trends: 'Favourable trends in areas important to the mission.',
        comparisons: 'Some comparisons; areas of good relative performance.',
        integration: 'Results cover most key customer, market and process requirements.',
      },
    },
    {
      id: '70-85',
      min: 70,
      max: 85,
      confidence: 'partial',
      note: 'Upper-range wording is less certain than the lower ranges.',
      process: {
        approach: 'An effective, systematic method answers the multiple questions.',
        deployment: 'Well deployed with no significant gaps.',
        learning:
          'Improvement, learning and innovation are key management tools; refinements come from organization-level analysis and sharing.',
        integration: 'Integrated with current and future organizational needs.',
        confidence: 'partial',
      },
      results: {
        levels: 'Good to excellent performance in most important areas (multiple questions).',
        trends: 'Sustained improvement in most important areas.',
        comparisons:
          'Many to most trends and levels compared; leadership in some areas and very good relative performance elsewhere.',
        integration: 'Adds action-plan requirements to the key requirements covered.',
        confidence: 'partial',
      },
    },
    {
      id: '90-100',
      min: 90,
      max: 100,
      confidence: 'partial',
      note: 'Upper-range wording is less certain than the lower ranges.',
      process: {
        approach: 'Fully responsive to the multiple questions.',
        deployment: 'Fully deployed with no gaps in any unit.',
        learning:
          'Innovation-driven learning is organization-wide; refinement is visible everywhere.',
        integration: 'Well integrated with current and future organizational needs.',
        confidence: 'partial',
      },
      results: {
        levels: 'Excellent performance, fully responsive to the multiple questions.',
        trends: 'Sustained improvement or sustained high performance in all important areas.',
        comparisons: 'Leadership against the industry and benchmarks in many areas.',
        integration: 'Full coverage of key requirements, with projections of future performance.',
        confidence: 'partial',
      },
    },
  ],
  bands: {
    process: {
      maxPoints: 550,
      confidence: 'inferred',
      note: 'Band bounds are from recollection, not from the NIST Scoring Band Descriptors; replace them when you have the source.',
      bands: [
        { band: 1, lower: 0, description: 'Anecdotal approaches.', confidence: 'inferred' },
        {
          band: 2,
          lower: 151,
          description: 'Early systematic approaches to the basic questions.',
          confidence: 'inferred',
        },
        {
          band: 3,
          lower: 201,
          description: 'Effective basic approaches in some areas.',
          confidence: 'inferred',
        },
        {
          band: 4,
          lower: 261,
          description: 'Basic questions met broadly; evaluation starting.',
          confidence: 'inferred',
        },
        {
          band: 5,
          lower: 321,
          description: 'Effective, well-deployed approaches to the overall questions.',
          confidence: 'inferred',
        },
        {
          band: 6,
          lower: 371,
          description: 'Refined, aligned approaches.',
          confidence: 'inferred',
        },
        {
          band: 7,
          lower: 431,
          description: 'Integrated, innovative approaches.',
          confidence: 'inferred',
        },
        {
          band: 8,
          lower: 481,
          description: 'Role-model, fully integrated approaches.',
          confidence: 'inferred',
        },
      ],
    },
    results: {
      maxPoints: 450,
      confidence: 'inferred',
      note: 'Band bounds are from recollection, not from the NIST Scoring Band Descriptors; replace them when you have the source.',
      bands: [
        { band: 1, lower: 0, description: 'Few or no results.', confidence: 'inferred' },
        { band: 2, lower: 126, description: 'Early results.', confidence: 'inferred' },
        { band: 3, lower: 171, description: 'Early trends.', confidence: 'inferred' },
        { band: 4, lower: 211, description: 'Some comparisons.', confidence: 'inferred' },
        { band: 5, lower: 256, description: 'Good levels and trends.', confidence: 'inferred' },
        {
          band: 6,
          lower: 301,
          description: 'Good to very good relative performance.',
          confidence: 'inferred',
        },
        {
          band: 7,
          lower: 346,
          description: 'Leadership in several areas.',
          confidence: 'inferred',
        },
        { band: 8, lower: 391, description: 'Benchmark leadership.', confidence: 'inferred' },
      ],
    },
  },
  maturityStages: [
    {
      id: 'reacting-to-problems',
      name: 'Reacting to Problems',
      minPercent: 0,
      maxPercent: 25,
      description: 'Activities rather than processes; firefighting; vague goals.',
      confidence: 'inferred',
    },
    {
      id: 'early-systematic-approaches',
      name: 'Early Systematic Approaches',
      minPercent: 30,
      maxPercent: 45,
      description:
        'Repeatable processes emerge with some evaluation; early coordination between units.',
      confidence: 'inferred',
    },
    {
      id: 'aligned-approaches',
      name: 'Aligned Approaches',
      minPercent: 50,
      maxPercent: 65,
      description:
        'Repeatable, regularly evaluated processes; shared learning; tied to key strategies.',
      confidence: 'inferred',
    },
    {
      id: 'integrated-approaches',
      name: 'Integrated Approaches',
      minPercent: 70,
      maxPercent: 100,
      description:
        'Processes improved jointly across units; innovation and sharing; measures track strategic goals.',
      confidence: 'inferred',
    },
  ],
};
