import type { Framework } from './framework.js';
import type { FrameworkScope } from './scope.js';

/**
 * The older (pre-2023) Level 2 scope of the Communities of Excellence recognition program:
 * Profile, categories 1 and 2, and the results questions 7.1(1), 7.1(2), 7.4(1) and 7.5(2).
 * Not part of {@link coeCommunity2024}'s scopes by default; add it when you assess against
 * the older rule.
 *
 * @example
 * ```ts
 * const framework = { ...coeCommunity2024, scopes: [...(coeCommunity2024.scopes ?? []), coeLevel2PreviousScope] };
 * ```
 */
export const coeLevel2PreviousScope: FrameworkScope = {
  id: 'coe-level-2-before-2023',
  name: 'Journey to Community Excellence (before 2023)',
  level: 2,
  requires: 'coe-level-1',
  codes: ['P.1', 'P.2', '1', '2', '7.1(1)', '7.1(2)', '7.4(1)', '7.5(2)'],
  description:
    'Community Profile, categories 1 and 2, and results 7.1(1), 7.1(2), 7.4(1), 7.5(2); 17 pages.',
  sources: ['C2'],
};

/**
 * The Communities of Excellence (COE) community framework as data: the Community Profile
 * (P.1 Community Description, P.2 Community Situation), the seven categories with their COE
 * names, three recognition levels as scopes (each requires the previous one) and the COE core
 * values. COE publishes **no points**: every `points` is null and `pointsStatus` is `none`.
 * For an unofficial points scale use {@link withBaldrigeDerivedPoints} or
 * {@link coeBaldrigeDerivedPoints}.
 *
 * Tagged entries: P.1b and P.2 are `partial` (sub-questions not found), P.2's areas mirror
 * Baldrige and are `inferred`, the titles of 7.4 and 7.5 are `inferred`, area letters are
 * `partial`. Treat this object as read-only; copy it to edit.
 *
 * @example
 * ```ts
 * coeCommunity2024.categories.map((c) => c.name)[0]; // 'Community Leadership'
 * coeCommunity2024.scopes?.find((s) => s.level === 2)?.codes; // ['P.1', 'P.2', '1', '2', '3']
 * ```
 */
export const coeCommunity2024: Framework = {
  kind: 'framework',
  formatVersion: 1,
  id: 'coe-community-2024',
  family: 'coe',
  edition: '2024',
  name: 'Communities of Excellence Framework (Community Excellence Builder)',
  publisher: 'Communities of Excellence 2026',
  version: '1.0.0',
  description:
    'Adapts the Baldrige Excellence Framework to a geographic community led by a cross-sector community excellence group with a backbone organization. Question-only (Excellence Builder) format; no published points or scoring guidelines.',
  pointsStatus: 'none',
  totalPoints: null,
  profile: [
    {
      code: 'P.1',
      name: 'Community Description',
      sources: ['C1'],
      areas: [
        {
          code: 'P.1a',
          name: 'Community Environment',
          sources: ['C1'],
          subAreas: [
            { code: 'P.1a(1)', name: 'Community Definition and Identity' },
            { code: 'P.1a(2)', name: 'Community Offerings' },
            { code: 'P.1a(3)', name: 'Residents, Other Customers, and Stakeholders' },
            {
              code: 'P.1a(4)',
              name: 'People Resources',
              note: 'Older wording: People and Organizational Resources.',
            },
            { code: 'P.1a(5)', name: 'Regulatory Environment' },
          ],
        },
        {
          code: 'P.1b',
          name: 'Community Relationships',
          confidence: 'partial',
          note: 'Section named in the framework; its sub-questions were not found.',
        },
      ],
    },
    {
      code: 'P.2',
      name: 'Community Situation',
      confidence: 'partial',
      note: 'A COE blog post calls it "Community Strategic Situation". Its areas below mirror Baldrige P.2 and are inferred.',
      sources: ['C1', 'C3'],
      areas: [
        {
          code: 'P.2a',
          name: 'Competitive Environment',
          confidence: 'inferred',
          note: 'Mirrors Baldrige P.2a (competitive and comparative position).',
        },
        {
          code: 'P.2b',
          name: 'Strategic Context',
          confidence: 'inferred',
          note: 'Mirrors Baldrige P.2b.',
        },
        {
          code: 'P.2c',
          name: 'Performance Improvement System',
          confidence: 'inferred',
          note: 'Mirrors Baldrige P.2c.',
        },
      ],
    },
  ],
  categories: [
    {
      code: '1',
      name: 'Community Leadership',
      points: null,
      sources: ['C1'],
      items: [
        {
          code: '1.1',
          name: 'Community Excellence Group Leadership',
          kind: 'process',
          points: null,
          areas: [
            {
              code: '1.1a',
              name: 'Vision and Values',
              confidence: 'partial',
              note: 'Letters and area titles follow Baldrige 1.1; the sub-area names are COE.',
              subAreas: [
                { code: '1.1a(1)', name: 'Setting Vision and Values' },
                { code: '1.1a(2)', name: 'Promoting Legal and Ethical Behavior' },
              ],
            },
            {
              code: '1.1b',
              name: 'Communication',
              confidence: 'partial',
              note: 'Letter follows Baldrige 1.1.',
            },
            {
              code: '1.1c',
              name: 'Mission and Community Performance',
              confidence: 'inferred',
              note: 'Title by analogy with Baldrige 1.1c (itself inferred).',
              subAreas: [
                { code: '1.1c(1)', name: 'Creating an Environment for Success' },
                { code: '1.1c(2)', name: 'Creating a Focus on Action' },
              ],
            },
          ],
        },
        {
          code: '1.2',
          name: 'Governance and Societal Responsibilities',
          kind: 'process',
          points: null,
          description:
            'Governance of the community excellence group, evaluation of its leaders, public concerns, ethics, societal well-being and support of key communities.',
        },
      ],
    },
    {
      code: '2',
      name: 'Community Strategy',
      points: null,
      sources: ['C1'],
      items: [
        {
          code: '2.1',
          name: 'Strategy Development',
          kind: 'process',
          points: null,
          areas: [
            {
              code: '2.1a',
              name: 'Strategy Development Process',
              confidence: 'partial',
              subAreas: [
                { code: '2.1a(1)', name: 'Strategic Planning Process', confidence: 'partial' },
                { code: '2.1a(2)', name: 'Innovation', confidence: 'partial' },
                { code: '2.1a(3)', name: 'Strategy Considerations', confidence: 'partial' },
                {
                  code: '2.1a(4)',
                  name: 'Work Systems and Core Competencies',
                  confidence: 'partial',
                },
              ],
            },
            { code: '2.1b', name: 'Key Strategic Objectives', confidence: 'partial' },
          ],
        },
        {
          code: '2.2',
          name: 'Strategy Implementation',
          kind: 'process',
          points: null,
          description: 'Action plans, their deployment and the resources behind them.',
        },
      ],
    },
    {
      code: '3',
      name: 'Residents and Other Customers',
      points: null,
      sources: ['C1'],
      items: [
        {
          code: '3.1',
          name: 'Customer Expectations',
          kind: 'process',
          points: null,
          description:
            'Listening to current and potential residents and other customers; customer groups; programs and services.',
        },
        {
          code: '3.2',
          name: 'Customer Engagement',
          kind: 'process',
          points: null,
          description:
            'Relationships, access to information and support, satisfaction and engagement.',
        },
      ],
    },
    {
      code: '4',
      name: 'Measurement, Analysis, and Knowledge Management',
      points: null,
      sources: ['C1'],
      items: [
        {
          code: '4.1',
          name: 'Measurement, Analysis, and Improvement of Community Performance',
          kind: 'process',
          points: null,
          note: 'Same a/b/c structure as Baldrige 4.1; budget measures sit under performance measures.',
          areas: [
            { code: '4.1a', name: 'Performance Measurement', confidence: 'partial' },
            { code: '4.1b', name: 'Performance Analysis and Review', confidence: 'partial' },
            { code: '4.1c', name: 'Performance Improvement', confidence: 'partial' },
          ],
        },
        {
          code: '4.2',
          name: 'Knowledge Management, Information, and Information Technology',
          kind: 'process',
          points: null,
          note: 'Areas not found.',
        },
      ],
    },
    {
      code: '5',
      name: 'People and Organizational Resources',
      points: null,
      note: 'One published version names the category "People Resources".',
      sources: ['C1'],
      items: [
        {
          code: '5.1',
          name: 'People and Organizational Environment',
          kind: 'process',
          points: null,
          note: 'Alternative name: People Environment.',
          areas: [
            {
              code: '5.1a',
              name: 'Capability and Capacity',
              confidence: 'partial',
              note: 'Capability and capacity of the community excellence group.',
              subAreas: [
                { code: '5.1a(1)', name: 'Capability and Capacity Needs', confidence: 'partial' },
                { code: '5.1a(2)', name: 'People Resources', confidence: 'partial' },
                { code: '5.1a(3)', name: 'Change Management', confidence: 'partial' },
                { code: '5.1a(4)', name: 'Work Accomplishment', confidence: 'partial' },
              ],
            },
          ],
        },
        {
          code: '5.2',
          name: 'Community Engagement',
          kind: 'process',
          points: null,
          description: 'Engaging the people and organizations that do the work.',
          note: 'Further areas not found.',
        },
      ],
    },
    {
      code: '6',
      name: 'Community Operations',
      points: null,
      sources: ['C1'],
      items: [
        {
          code: '6.1',
          name: 'Community Excellence Group Work Processes',
          kind: 'process',
          points: null,
          description:
            'Requirements, design, operation and improvement of work processes; innovation; cost and efficiency.',
        },
        {
          code: '6.2',
          name: 'Community Safety and Resilience',
          kind: 'process',
          points: null,
          note: 'Older name: Community Safety and Preparedness.',
          subAreas: [
            { code: '6.2(1)', name: 'Safety' },
            { code: '6.2(2)', name: 'Resilience' },
          ],
        },
      ],
    },
    {
      code: '7',
      name: 'Results',
      points: null,
      description: 'Results from the community perspective.',
      sources: ['C1'],
      items: [
        {
          code: '7.1',
          name: 'Community and Process Results',
          kind: 'results',
          points: null,
          note: 'Question numbering inferred from the order of topics; recognition rules cite 7.1(1) and 7.1(2).',
          subAreas: [
            {
              code: '7.1(1)',
              name: 'Community Offering Results',
              confidence: 'inferred',
              description: 'Health, education, economy and quality of life.',
            },
            { code: '7.1(2)', name: 'Program and Service Results', confidence: 'inferred' },
            { code: '7.1(3)', name: 'Process Results', confidence: 'inferred' },
            { code: '7.1(4)', name: 'Safety Results', confidence: 'inferred' },
          ],
        },
        {
          code: '7.2',
          name: 'Customer-Focused Results',
          kind: 'results',
          points: null,
          description: 'Resident and customer satisfaction, dissatisfaction and engagement.',
        },
        {
          code: '7.3',
          name: 'People and Organizational Resource Results',
          kind: 'results',
          points: null,
          description:
            'Capability, capacity and engagement of people and organizational resources.',
        },
        {
          code: '7.4',
          name: 'Leadership and Governance Results',
          kind: 'results',
          points: null,
          confidence: 'inferred',
          note: 'Title not found in COE sources; named by analogy with Baldrige 7.4.',
          subAreas: [{ code: '7.4(1)', name: 'Key Community Outcomes', sources: ['C2'] }],
        },
        {
          code: '7.5',
          name: 'Budgetary and Strategy Results',
          kind: 'results',
          points: null,
          confidence: 'inferred',
          note: 'Title not found in COE sources; named by analogy with Baldrige 7.5. Whether it carries financial results is unknown.',
          subAreas: [{ code: '7.5(2)', name: 'Economic Vitality Results', sources: ['C2'] }],
        },
      ],
    },
  ],
  scopes: [
    {
      id: 'coe-level-1',
      name: 'Commitment to Community Excellence',
      level: 1,
      codes: ['P.1', 'P.2'],
      description:
        'Community Profile only (10 pages plus glossary; up to 5 pages of support in 2024).',
      sources: ['C2'],
    },
    {
      id: 'coe-level-2',
      name: 'Journey to Community Excellence',
      level: 2,
      requires: 'coe-level-1',
      codes: ['P.1', 'P.2', '1', '2', '3'],
      description: 'Community Profile and categories 1, 2 and 3 (2023-2024 rule); 17 pages.',
      sources: ['C2'],
    },
    {
      id: 'coe-level-3',
      name: 'Community of Excellence',
      level: 3,
      requires: 'coe-level-2',
      codes: ['P.1', 'P.2', '1', '2', '3', '4', '5', '6', '7'],
      description: 'Community Profile and categories 1-7 (about 35 pages in 2019).',
      sources: ['C2'],
    },
  ],
  coreValues: [
    { id: 'community-systems-perspective', name: 'Community systems perspective' },
    { id: 'visionary-community-leadership', name: 'Visionary community leadership' },
    {
      id: 'resident-and-customer-focused-excellence',
      name: 'Resident- and customer-focused excellence',
    },
    { id: 'valuing-people', name: 'Valuing people' },
    { id: 'agility-and-resilience', name: 'Agility and resilience' },
    { id: 'community-learning', name: 'Community learning' },
    { id: 'focus-on-success-and-innovation', name: 'Focus on success and innovation' },
    { id: 'management-by-fact', name: 'Management by fact' },
    { id: 'mutual-societal-responsibility', name: 'Mutual societal responsibility' },
    { id: 'ethics-and-transparency', name: 'Ethics and transparency' },
    { id: 'delivering-value-and-results', name: 'Delivering value and results' },
  ],
  sources: [
    {
      key: 'C1',
      title: 'Communities of Excellence 2026: the framework pages',
      url: 'https://communitiesofexcellence2026.org/what-we-do/framework.html',
    },
    {
      key: 'C2',
      title: 'Communities of Excellence 2026: recognition levels (2019, 2020, 2024 page versions)',
      url: 'https://communitiesofexcellence2026.org/what-we-do/recognition-program/recognition-levels.html',
    },
    {
      key: 'C3',
      title: 'Communities of Excellence 2026: frequent questions and blog',
      url: 'https://communitiesofexcellence2026.org/who-we-are/frequent-questions.html',
    },
  ],
};
