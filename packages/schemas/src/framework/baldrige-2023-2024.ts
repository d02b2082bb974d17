import type { Framework } from './framework.js';

/**
 * The Baldrige Excellence Framework 2023-2024 (Business/Nonprofit) as data: the unscored
 * Organizational Profile (P.1, P.2), seven categories (120/85/85/90/85/85/450) and 17 scored
 * items (550 process + 450 results = 1000 points), areas to address with their sub-areas,
 * and the Baldrige core values.
 *
 * Item names and points are verified against the booklet's "Items and Point Values" page.
 * Area and sub-area names are `partial` unless marked `inferred`; the placement of
 * innovation, supply-network management and security between 4.2, 6.1 and 6.2 is unconfirmed
 * (see the notes on those items). Treat this object as read-only; copy it
 * (`structuredClone`) to make an edited edition, then check it with `validateFramework`.
 *
 * @example
 * ```ts
 * import { baldrige20232024, findItem } from '@community-excellence/schemas';
 * baldrige20232024.totalPoints; // 1000
 * findItem(baldrige20232024, '7.1')?.points; // 120
 * ```
 */
export const baldrige20232024: Framework = {
  kind: 'framework',
  formatVersion: 1,
  id: 'baldrige-2023-2024',
  family: 'baldrige',
  edition: '2023-2024',
  name: 'Baldrige Excellence Framework (Business/Nonprofit)',
  publisher: 'Baldrige Performance Excellence Program, NIST',
  version: '1.0.0',
  description:
    'Organizational Profile (unscored), 7 categories and 17 scored items. Categories 1-6 are process items (550 points), category 7 results items (450 points). The Health Care and Education versions keep the numbering and points with sector vocabulary.',
  pointsStatus: 'official',
  totalPoints: 1000,
  profile: [
    {
      code: 'P.1',
      name: 'Organizational Description',
      sources: ['B2'],
      areas: [
        {
          code: 'P.1a',
          name: 'Organizational Environment',
          subAreas: [
            { code: 'P.1a(1)', name: 'Product Offerings', confidence: 'partial' },
            {
              code: 'P.1a(2)',
              name: 'Mission, Vision, Values, and Culture',
              confidence: 'partial',
            },
            { code: 'P.1a(3)', name: 'Workforce Profile', confidence: 'partial' },
            { code: 'P.1a(4)', name: 'Assets', confidence: 'partial' },
            { code: 'P.1a(5)', name: 'Regulatory Environment', confidence: 'partial' },
          ],
        },
        {
          code: 'P.1b',
          name: 'Organizational Relationships',
          subAreas: [
            { code: 'P.1b(1)', name: 'Organizational Structure', confidence: 'inferred' },
            { code: 'P.1b(2)', name: 'Customers and Stakeholders', confidence: 'inferred' },
            {
              code: 'P.1b(3)',
              name: 'Suppliers, Partners, and Collaborators',
              confidence: 'inferred',
            },
          ],
        },
      ],
    },
    {
      code: 'P.2',
      name: 'Organizational Situation',
      sources: ['B2'],
      areas: [
        {
          code: 'P.2a',
          name: 'Competitive Environment',
          subAreas: [
            { code: 'P.2a(1)', name: 'Competitive Position', confidence: 'inferred' },
            { code: 'P.2a(2)', name: 'Competitiveness Changes', confidence: 'inferred' },
            { code: 'P.2a(3)', name: 'Comparative Data', confidence: 'inferred' },
          ],
        },
        {
          code: 'P.2b',
          name: 'Strategic Context',
          description:
            'Key strategic challenges and threats, and strategic advantages and opportunities.',
        },
        {
          code: 'P.2c',
          name: 'Performance Improvement System',
          description:
            'The overall system and methods the organization uses to improve performance.',
        },
      ],
    },
  ],
  categories: [
    {
      code: '1',
      name: 'Leadership',
      points: 120,
      items: [
        {
          code: '1.1',
          name: 'Senior Leadership',
          kind: 'process',
          points: 70,
          areas: [
            {
              code: '1.1a',
              name: 'Vision and Values',
              confidence: 'partial',
              subAreas: [
                { code: '1.1a(1)', name: 'Setting Vision and Values', confidence: 'partial' },
                {
                  code: '1.1a(2)',
                  name: 'Promoting Legal and Ethical Behavior',
                  confidence: 'partial',
                },
              ],
            },
            { code: '1.1b', name: 'Communication', confidence: 'partial' },
            {
              code: '1.1c',
              name: 'Mission and Organizational Performance',
              confidence: 'inferred',
              note: 'Area title not confirmed for 2023-2024.',
              subAreas: [
                {
                  code: '1.1c(1)',
                  name: 'Creating an Environment for Success',
                  confidence: 'partial',
                },
                { code: '1.1c(2)', name: 'Creating a Focus on Action', confidence: 'partial' },
              ],
            },
          ],
        },
        {
          code: '1.2',
          name: 'Governance and Societal Contributions',
          kind: 'process',
          points: 50,
          areas: [
            {
              code: '1.2a',
              name: 'Organizational Governance',
              confidence: 'partial',
              subAreas: [
                { code: '1.2a(1)', name: 'Governance System', confidence: 'partial' },
                { code: '1.2a(2)', name: 'Performance Evaluation', confidence: 'partial' },
              ],
            },
            {
              code: '1.2b',
              name: 'Legal and Ethical Behavior',
              confidence: 'partial',
              subAreas: [
                {
                  code: '1.2b(1)',
                  name: 'Legal, Regulatory, and Accreditation Compliance',
                  confidence: 'partial',
                },
                { code: '1.2b(2)', name: 'Ethical Behavior', confidence: 'partial' },
              ],
            },
            {
              code: '1.2c',
              name: 'Societal Contributions',
              confidence: 'partial',
              subAreas: [
                { code: '1.2c(1)', name: 'Societal Well-Being', confidence: 'partial' },
                { code: '1.2c(2)', name: 'Community Support', confidence: 'partial' },
              ],
            },
          ],
        },
      ],
    },
    {
      code: '2',
      name: 'Strategy',
      points: 85,
      items: [
        {
          code: '2.1',
          name: 'Strategy Development',
          kind: 'process',
          points: 45,
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
            {
              code: '2.1b',
              name: 'Strategic Objectives',
              confidence: 'partial',
              subAreas: [
                { code: '2.1b(1)', name: 'Key Strategic Objectives', confidence: 'partial' },
                {
                  code: '2.1b(2)',
                  name: 'Strategic Objective Considerations',
                  confidence: 'partial',
                },
              ],
            },
          ],
        },
        {
          code: '2.2',
          name: 'Strategy Implementation',
          kind: 'process',
          points: 40,
          areas: [
            {
              code: '2.2a',
              name: 'Action Plan Development and Deployment',
              confidence: 'partial',
              subAreas: [
                { code: '2.2a(1)', name: 'Action Plans', confidence: 'partial' },
                { code: '2.2a(2)', name: 'Action Plan Implementation', confidence: 'partial' },
                { code: '2.2a(3)', name: 'Resource Allocation', confidence: 'partial' },
                { code: '2.2a(4)', name: 'Workforce Plans', confidence: 'partial' },
                { code: '2.2a(5)', name: 'Performance Measures', confidence: 'partial' },
                { code: '2.2a(6)', name: 'Performance Projections', confidence: 'partial' },
              ],
            },
            { code: '2.2b', name: 'Action Plan Modification', confidence: 'partial' },
          ],
        },
      ],
    },
    {
      code: '3',
      name: 'Customers',
      points: 85,
      items: [
        {
          code: '3.1',
          name: 'Customer Expectations',
          kind: 'process',
          points: 40,
          areas: [
            {
              code: '3.1a',
              name: 'Customer Listening',
              confidence: 'partial',
              subAreas: [
                { code: '3.1a(1)', name: 'Current Customers', confidence: 'partial' },
                { code: '3.1a(2)', name: 'Potential Customers', confidence: 'partial' },
              ],
            },
            {
              code: '3.1b',
              name: 'Customer Segmentation and Product Offerings',
              confidence: 'partial',
            },
          ],
        },
        {
          code: '3.2',
          name: 'Customer Engagement',
          kind: 'process',
          points: 45,
          areas: [
            {
              code: '3.2a',
              name: 'Customer Experience',
              confidence: 'inferred',
              note: 'Area title not confirmed for 2023-2024.',
              subAreas: [
                { code: '3.2a(1)', name: 'Relationship Management', confidence: 'partial' },
                { code: '3.2a(2)', name: 'Customer Access and Support', confidence: 'partial' },
                { code: '3.2a(3)', name: 'Complaint Management', confidence: 'partial' },
                { code: '3.2a(4)', name: 'Fair Treatment', confidence: 'partial' },
              ],
            },
            {
              code: '3.2b',
              name: 'Determination of Customer Satisfaction and Engagement',
              confidence: 'partial',
            },
            {
              code: '3.2c',
              name: 'Use of Voice-of-the-Customer and Market Data',
              confidence: 'partial',
            },
          ],
        },
      ],
    },
    {
      code: '4',
      name: 'Measurement, Analysis, and Knowledge Management',
      points: 90,
      items: [
        {
          code: '4.1',
          name: 'Measurement, Analysis, and Improvement of Organizational Performance',
          kind: 'process',
          points: 45,
          areas: [
            {
              code: '4.1a',
              name: 'Performance Measurement',
              confidence: 'partial',
              subAreas: [
                { code: '4.1a(1)', name: 'Performance Measures', confidence: 'partial' },
                { code: '4.1a(2)', name: 'Comparative Data', confidence: 'partial' },
                { code: '4.1a(3)', name: 'Measurement Agility', confidence: 'partial' },
              ],
            },
            { code: '4.1b', name: 'Performance Analysis and Review', confidence: 'partial' },
            {
              code: '4.1c',
              name: 'Performance Improvement',
              confidence: 'partial',
              subAreas: [
                { code: '4.1c(1)', name: 'Future Performance', confidence: 'partial' },
                {
                  code: '4.1c(2)',
                  name: 'Continuous Improvement and Innovation',
                  confidence: 'partial',
                },
              ],
            },
          ],
        },
        {
          code: '4.2',
          name: 'Information and Knowledge Management',
          kind: 'process',
          points: 45,
          note: 'Ambiguity: a 2023-2024 Excellence Builder encoding places data/IT security and innovation selection under 4.2; in 2021-2022 they sat in 6.1/6.2. Sub-areas marked inferred are possible, not confirmed.',
          areas: [
            {
              code: '4.2a',
              name: 'Data and Information',
              confidence: 'partial',
              subAreas: [
                { code: '4.2a(1)', name: 'Quality', confidence: 'partial' },
                { code: '4.2a(2)', name: 'Availability', confidence: 'partial' },
                {
                  code: '4.2a(3)',
                  name: 'Security',
                  confidence: 'inferred',
                  note: 'Possibly here in 2023-2024 (see item note).',
                },
              ],
            },
            {
              code: '4.2b',
              name: 'Organizational Knowledge',
              confidence: 'partial',
              subAreas: [
                { code: '4.2b(1)', name: 'Knowledge Management', confidence: 'partial' },
                { code: '4.2b(2)', name: 'Best Practices', confidence: 'partial' },
                {
                  code: '4.2b(3)',
                  name: 'Organizational Learning and Innovation',
                  confidence: 'inferred',
                  note: 'Possibly here in 2023-2024 (see item note).',
                },
              ],
            },
          ],
        },
      ],
    },
    {
      code: '5',
      name: 'Workforce',
      points: 85,
      items: [
        {
          code: '5.1',
          name: 'Workforce Environment',
          kind: 'process',
          points: 40,
          areas: [
            {
              code: '5.1a',
              name: 'Workforce Capability and Capacity',
              confidence: 'partial',
              subAreas: [
                { code: '5.1a(1)', name: 'Capability and Capacity', confidence: 'partial' },
                { code: '5.1a(2)', name: 'New Workforce Members', confidence: 'partial' },
                { code: '5.1a(3)', name: 'Workforce Change Management', confidence: 'partial' },
                { code: '5.1a(4)', name: 'Work Accomplishment', confidence: 'partial' },
              ],
            },
            {
              code: '5.1b',
              name: 'Workplace Climate',
              confidence: 'partial',
              subAreas: [
                { code: '5.1b(1)', name: 'Workplace Environment', confidence: 'partial' },
                { code: '5.1b(2)', name: 'Workforce Benefits and Policies', confidence: 'partial' },
              ],
            },
          ],
        },
        {
          code: '5.2',
          name: 'Workforce Engagement',
          kind: 'process',
          points: 45,
          areas: [
            {
              code: '5.2a',
              name: 'Assessment of Workforce Engagement',
              confidence: 'partial',
              subAreas: [
                { code: '5.2a(1)', name: 'Drivers', confidence: 'partial' },
                { code: '5.2a(2)', name: 'Assessment', confidence: 'partial' },
              ],
            },
            { code: '5.2b', name: 'Organizational Culture', confidence: 'partial' },
            {
              code: '5.2c',
              name: 'Performance Management and Development',
              confidence: 'partial',
              subAreas: [
                { code: '5.2c(1)', name: 'Performance Management', confidence: 'partial' },
                { code: '5.2c(2)', name: 'Performance Development', confidence: 'partial' },
                {
                  code: '5.2c(3)',
                  name: 'Learning and Development Effectiveness',
                  confidence: 'partial',
                },
                { code: '5.2c(4)', name: 'Career Development', confidence: 'partial' },
                { code: '5.2c(5)', name: 'Equity and Inclusion', confidence: 'partial' },
              ],
            },
          ],
        },
      ],
    },
    {
      code: '6',
      name: 'Operations',
      points: 85,
      items: [
        {
          code: '6.1',
          name: 'Work Processes',
          kind: 'process',
          points: 45,
          note: 'Ambiguity: in 2021-2022 6.1 also had c. Supply-Network Management and d. Innovation Management; for 2023-2024 their placement (4.2, 6.2) is unconfirmed, so only a and b are listed. Override the areas if your booklet differs.',
          areas: [
            { code: '6.1a', name: 'Product and Process Design', confidence: 'partial' },
            { code: '6.1b', name: 'Process Management and Improvement', confidence: 'partial' },
          ],
        },
        {
          code: '6.2',
          name: 'Operational Effectiveness',
          kind: 'process',
          points: 40,
          note: 'Ambiguity: 6.2b was Security and Cybersecurity in 2021-2022; a 2023-2024 encoding has Supply-Network Management (with risk) here instead.',
          areas: [
            { code: '6.2a', name: 'Process Efficiency and Effectiveness', confidence: 'partial' },
            {
              code: '6.2b',
              name: 'Supply-Network Management',
              confidence: 'inferred',
              note: '2021-2022: Security and Cybersecurity.',
            },
            {
              code: '6.2c',
              name: 'Safety, Business Continuity, and Resilience',
              confidence: 'partial',
            },
          ],
        },
      ],
    },
    {
      code: '7',
      name: 'Results',
      points: 450,
      items: [
        {
          code: '7.1',
          name: 'Product and Process Results',
          kind: 'results',
          points: 120,
          areas: [
            {
              code: '7.1a',
              name: 'Customer-Focused Product and Service Results',
              confidence: 'partial',
            },
            {
              code: '7.1b',
              name: 'Process Effectiveness and Efficiency Results',
              confidence: 'partial',
            },
            {
              code: '7.1c',
              name: 'Safety and Emergency Preparedness Results',
              confidence: 'partial',
            },
            { code: '7.1d', name: 'Supply-Network Results', confidence: 'partial' },
          ],
        },
        {
          code: '7.2',
          name: 'Customer Results',
          kind: 'results',
          points: 80,
          areas: [
            {
              code: '7.2a',
              name: 'Customer-Focused Results',
              confidence: 'partial',
              subAreas: [
                { code: '7.2a(1)', name: 'Customer Satisfaction', confidence: 'partial' },
                { code: '7.2a(2)', name: 'Customer Engagement', confidence: 'partial' },
              ],
            },
          ],
        },
        {
          code: '7.3',
          name: 'Workforce Results',
          kind: 'results',
          points: 80,
          areas: [
            {
              code: '7.3a',
              name: 'Workforce-Focused Results',
              confidence: 'partial',
              subAreas: [
                { code: '7.3a(1)', name: 'Capability and Capacity', confidence: 'partial' },
                { code: '7.3a(2)', name: 'Workforce Climate', confidence: 'partial' },
                { code: '7.3a(3)', name: 'Workforce Engagement', confidence: 'partial' },
                { code: '7.3a(4)', name: 'Workforce Development', confidence: 'partial' },
              ],
            },
          ],
        },
        {
          code: '7.4',
          name: 'Leadership and Governance Results',
          kind: 'results',
          points: 80,
          areas: [
            {
              code: '7.4a',
              name: 'Leadership, Governance, and Societal Contribution Results',
              confidence: 'partial',
              subAreas: [
                { code: '7.4a(1)', name: 'Leadership', confidence: 'partial' },
                { code: '7.4a(2)', name: 'Governance', confidence: 'partial' },
                {
                  code: '7.4a(3)',
                  name: 'Law, Regulation, and Accreditation',
                  confidence: 'partial',
                },
                { code: '7.4a(4)', name: 'Ethics', confidence: 'partial' },
                { code: '7.4a(5)', name: 'Societal Contributions', confidence: 'partial' },
              ],
            },
          ],
        },
        {
          code: '7.5',
          name: 'Financial, Market, and Strategy Results',
          kind: 'results',
          points: 90,
          note: 'One encoding spells it "Financial, Marketplace, and Strategy Results"; the booklet text is used here.',
          areas: [
            {
              code: '7.5a',
              name: 'Financial and Market Results',
              confidence: 'partial',
              subAreas: [
                { code: '7.5a(1)', name: 'Financial Performance', confidence: 'partial' },
                { code: '7.5a(2)', name: 'Marketplace Performance', confidence: 'partial' },
              ],
            },
            { code: '7.5b', name: 'Strategy Implementation Results', confidence: 'partial' },
          ],
        },
      ],
    },
  ],
  scopes: [
    {
      id: 'baldrige-full',
      name: 'Full framework',
      codes: ['P.1', 'P.2', '1', '2', '3', '4', '5', '6', '7'],
      description: 'The Organizational Profile and all 17 scored items.',
    },
  ],
  coreValues: [
    { id: 'systems-perspective', name: 'Systems perspective', sources: ['B5'] },
    { id: 'visionary-leadership', name: 'Visionary leadership', sources: ['B5'] },
    { id: 'customer-focused-excellence', name: 'Customer-focused excellence', sources: ['B5'] },
    { id: 'valuing-people', name: 'Valuing people', sources: ['B5'] },
    { id: 'agility-and-resilience', name: 'Agility and resilience', sources: ['B5'] },
    { id: 'organizational-learning', name: 'Organizational learning', sources: ['B5'] },
    {
      id: 'focus-on-success-and-innovation',
      name: 'Focus on success and innovation',
      sources: ['B5'],
    },
    { id: 'management-by-fact', name: 'Management by fact', sources: ['B5'] },
    { id: 'societal-contributions', name: 'Societal contributions', sources: ['B5'] },
    { id: 'ethics-and-transparency', name: 'Ethics and transparency', sources: ['B5'] },
    { id: 'delivering-value-and-results', name: 'Delivering value and results', sources: ['B5'] },
  ],
  sources: [
    {
      key: 'B2',
      title:
        'The 2023-2024 booklet page "Criteria for Performance Excellence Items and Point Values" as embedded in third-party public code',
    },
    {
      key: 'B3',
      title: 'baldridge-ocai-assessmant-platform, src/lib/baldrige-data.ts',
      url: 'https://github.com/Aboneh5/baldridge-ocai-assessmant-platform',
    },
    {
      key: 'B5',
      title: 'NIST: Baldrige core values and concepts',
      url: 'https://www.nist.gov/baldrige/core-values-and-concepts',
    },
    {
      key: 'B16',
      title: 'NIST Blogrige: Baldrige framework revision, some focus areas evolve, some emphasized',
      url: 'https://nist.gov/blogs/blogrige/baldrige-framework-revision-some-focus-areas-evolve-some-emphasized',
    },
  ],
};
