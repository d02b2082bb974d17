import { describe, expect, it } from 'vitest';
import { baldrige20232024 } from './baldrige-2023-2024.js';
import { listScoredItems } from './find-item.js';
import { validateFramework } from './validate-framework.js';

// Section 1.3 of the domain research: the 2023-2024 "Items and Point Values" table.
const expectedCategories: [string, string, number][] = [
  ['1', 'Leadership', 120],
  ['2', 'Strategy', 85],
  ['3', 'Customers', 85],
  ['4', 'Measurement, Analysis, and Knowledge Management', 90],
  ['5', 'Workforce', 85],
  ['6', 'Operations', 85],
  ['7', 'Results', 450],
];

const expectedItems: [string, string, number, 'process' | 'results'][] = [
  ['1.1', 'Senior Leadership', 70, 'process'],
  ['1.2', 'Governance and Societal Contributions', 50, 'process'],
  ['2.1', 'Strategy Development', 45, 'process'],
  ['2.2', 'Strategy Implementation', 40, 'process'],
  ['3.1', 'Customer Expectations', 40, 'process'],
  ['3.2', 'Customer Engagement', 45, 'process'],
  ['4.1', 'Measurement, Analysis, and Improvement of Organizational Performance', 45, 'process'],
  ['4.2', 'Information and Knowledge Management', 45, 'process'],
  ['5.1', 'Workforce Environment', 40, 'process'],
  ['5.2', 'Workforce Engagement', 45, 'process'],
  ['6.1', 'Work Processes', 45, 'process'],
  ['6.2', 'Operational Effectiveness', 40, 'process'],
  ['7.1', 'Product and Process Results', 120, 'results'],
  ['7.2', 'Customer Results', 80, 'results'],
  ['7.3', 'Workforce Results', 80, 'results'],
  ['7.4', 'Leadership and Governance Results', 80, 'results'],
  ['7.5', 'Financial, Market, and Strategy Results', 90, 'results'],
];

describe('baldrige20232024', () => {
  it('is a valid framework with no issues at all', () => {
    const result = validateFramework(baldrige20232024);
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).toEqual(baldrige20232024);
  });

  it('has exactly the seven categories of the booklet, with their points', () => {
    expect(baldrige20232024.categories.map((c) => [c.code, c.name, c.points])).toEqual(
      expectedCategories,
    );
  });

  it('has exactly the 17 scored items of the booklet, with names, points and kinds', () => {
    expect(
      listScoredItems(baldrige20232024).map((i) => [i.code, i.name, i.points, i.kind]),
    ).toEqual(expectedItems);
  });

  it('totals 550 process + 450 results = 1000', () => {
    const items = listScoredItems(baldrige20232024);
    const sum = (kind: string): number =>
      items.filter((i) => i.kind === kind).reduce((s, i) => s + (i.points ?? 0), 0);
    expect(sum('process')).toBe(550);
    expect(sum('results')).toBe(450);
    expect(baldrige20232024.totalPoints).toBe(1000);
    expect(baldrige20232024.pointsStatus).toBe('official');
  });

  it('has the unscored Organizational Profile P.1 and P.2 with their areas', () => {
    expect(baldrige20232024.profile.map((s) => [s.code, s.name, s.points])).toEqual([
      ['P.1', 'Organizational Description', undefined],
      ['P.2', 'Organizational Situation', undefined],
    ]);
    expect(
      baldrige20232024.profile.flatMap((s) => s.areas.map((a) => `${a.code} ${a.name}`)),
    ).toEqual([
      'P.1a Organizational Environment',
      'P.1b Organizational Relationships',
      'P.2a Competitive Environment',
      'P.2b Strategic Context',
      'P.2c Performance Improvement System',
    ]);
  });

  it('tags the Profile sub-labels as the research does (P.1a partial, P.1b and P.2a inferred)', () => {
    const [p1, p2] = baldrige20232024.profile;
    expect(p1?.areas[0]?.subAreas?.map((s) => s.confidence)).toEqual(Array(5).fill('partial'));
    expect(p1?.areas[1]?.subAreas?.map((s) => s.confidence)).toEqual(Array(3).fill('inferred'));
    expect(p2?.areas[0]?.subAreas?.map((s) => s.confidence)).toEqual(Array(3).fill('inferred'));
    expect(p1?.areas[0]?.confidence).toBeUndefined(); // the area itself is verified
  });

  it('lists the areas to address of every item, tagged partial or inferred', () => {
    const areas = listScoredItems(baldrige20232024).flatMap((item) =>
      (item.areas ?? []).map((a) => a.code),
    );
    expect(areas).toEqual([
      '1.1a',
      '1.1b',
      '1.1c',
      '1.2a',
      '1.2b',
      '1.2c',
      '2.1a',
      '2.1b',
      '2.2a',
      '2.2b',
      '3.1a',
      '3.1b',
      '3.2a',
      '3.2b',
      '3.2c',
      '4.1a',
      '4.1b',
      '4.1c',
      '4.2a',
      '4.2b',
      '5.1a',
      '5.1b',
      '5.2a',
      '5.2b',
      '5.2c',
      '6.1a',
      '6.1b',
      '6.2a',
      '6.2b',
      '6.2c',
      '7.1a',
      '7.1b',
      '7.1c',
      '7.1d',
      '7.2a',
      '7.3a',
      '7.4a',
      '7.5a',
      '7.5b',
    ]);
    for (const item of listScoredItems(baldrige20232024)) {
      for (const area of item.areas ?? []) {
        expect(['partial', 'inferred']).toContain(area.confidence);
        for (const sub of area.subAreas ?? [])
          expect(['partial', 'inferred']).toContain(sub.confidence);
      }
    }
    const inferredAreas = listScoredItems(baldrige20232024)
      .flatMap((item) => item.areas ?? [])
      .filter((a) => a.confidence === 'inferred')
      .map((a) => a.code);
    expect(inferredAreas).toEqual(['1.1c', '3.2a', '6.2b']);
  });

  it('notes the 4.2 / 6.1 / 6.2 placement ambiguity on those items', () => {
    for (const code of ['4.2', '6.1', '6.2']) {
      const item = listScoredItems(baldrige20232024).find((i) => i.code === code);
      expect(item?.note).toMatch(/Ambiguity/);
    }
  });

  it('has the eleven Baldrige core values', () => {
    expect(baldrige20232024.coreValues?.map((v) => v.name)).toEqual([
      'Systems perspective',
      'Visionary leadership',
      'Customer-focused excellence',
      'Valuing people',
      'Agility and resilience',
      'Organizational learning',
      'Focus on success and innovation',
      'Management by fact',
      'Societal contributions',
      'Ethics and transparency',
      'Delivering value and results',
    ]);
  });
});
