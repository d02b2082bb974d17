import { describe, expect, it } from 'vitest';
import { coeCommunity2024, coeLevel2PreviousScope } from './coe-community.js';
import { itemsInScope, listScoredItems } from './find-item.js';
import { validateFramework } from './validate-framework.js';

describe('coeCommunity2024', () => {
  it('is a valid framework with no issues', () => {
    expect(validateFramework(coeCommunity2024).issues).toEqual([]);
  });

  it('publishes no points', () => {
    expect(coeCommunity2024.pointsStatus).toBe('none');
    expect(coeCommunity2024.totalPoints).toBeNull();
    expect(
      coeCommunity2024.categories.every(
        (c) => c.points === null && c.items.every((i) => i.points === null),
      ),
    ).toBe(true);
  });

  it('has the COE category names (section 2.4)', () => {
    expect(coeCommunity2024.categories.map((c) => `${c.code} ${c.name}`)).toEqual([
      '1 Community Leadership',
      '2 Community Strategy',
      '3 Residents and Other Customers',
      '4 Measurement, Analysis, and Knowledge Management',
      '5 People and Organizational Resources',
      '6 Community Operations',
      '7 Results',
    ]);
  });

  it('has the COE item names, with 7.4 and 7.5 titles labelled inferred', () => {
    expect(
      listScoredItems(coeCommunity2024).map((i) => [i.code, i.name, i.kind, i.confidence]),
    ).toEqual([
      ['1.1', 'Community Excellence Group Leadership', 'process', undefined],
      ['1.2', 'Governance and Societal Responsibilities', 'process', undefined],
      ['2.1', 'Strategy Development', 'process', undefined],
      ['2.2', 'Strategy Implementation', 'process', undefined],
      ['3.1', 'Customer Expectations', 'process', undefined],
      ['3.2', 'Customer Engagement', 'process', undefined],
      [
        '4.1',
        'Measurement, Analysis, and Improvement of Community Performance',
        'process',
        undefined,
      ],
      [
        '4.2',
        'Knowledge Management, Information, and Information Technology',
        'process',
        undefined,
      ],
      ['5.1', 'People and Organizational Environment', 'process', undefined],
      ['5.2', 'Community Engagement', 'process', undefined],
      ['6.1', 'Community Excellence Group Work Processes', 'process', undefined],
      ['6.2', 'Community Safety and Resilience', 'process', undefined],
      ['7.1', 'Community and Process Results', 'results', undefined],
      ['7.2', 'Customer-Focused Results', 'results', undefined],
      ['7.3', 'People and Organizational Resource Results', 'results', undefined],
      ['7.4', 'Leadership and Governance Results', 'results', 'inferred'],
      ['7.5', 'Budgetary and Strategy Results', 'results', 'inferred'],
    ]);
  });

  it('has the Community Profile: P.1a with five verified sub-areas, P.1b and P.2 partial', () => {
    const [p1, p2] = coeCommunity2024.profile;
    expect(p1?.name).toBe('Community Description');
    expect(p1?.areas[0]?.name).toBe('Community Environment');
    expect(p1?.areas[0]?.subAreas?.map((s) => [s.code, s.name, s.confidence])).toEqual([
      ['P.1a(1)', 'Community Definition and Identity', undefined],
      ['P.1a(2)', 'Community Offerings', undefined],
      ['P.1a(3)', 'Residents, Other Customers, and Stakeholders', undefined],
      ['P.1a(4)', 'People Resources', undefined],
      ['P.1a(5)', 'Regulatory Environment', undefined],
    ]);
    expect(p1?.areas[1]).toMatchObject({
      code: 'P.1b',
      name: 'Community Relationships',
      confidence: 'partial',
    });
    expect(p2).toMatchObject({ code: 'P.2', name: 'Community Situation', confidence: 'partial' });
    expect(p2?.areas.every((a) => a.confidence === 'inferred')).toBe(true);
  });

  it('has recognition levels 1-3 as scopes, each requiring the previous (section 2.6)', () => {
    expect(
      coeCommunity2024.scopes?.map((s) => [s.id, s.level, s.name, s.requires, s.codes]),
    ).toEqual([
      ['coe-level-1', 1, 'Commitment to Community Excellence', undefined, ['P.1', 'P.2']],
      [
        'coe-level-2',
        2,
        'Journey to Community Excellence',
        'coe-level-1',
        ['P.1', 'P.2', '1', '2', '3'],
      ],
      [
        'coe-level-3',
        3,
        'Community of Excellence',
        'coe-level-2',
        ['P.1', 'P.2', '1', '2', '3', '4', '5', '6', '7'],
      ],
    ]);
  });

  it('scores no item at level 1, the six items of categories 1-3 at level 2 and all 17 at level 3', () => {
    const scope = (level: number): readonly string[] =>
      coeCommunity2024.scopes?.find((s) => s.level === level)?.codes ?? [];
    expect(itemsInScope(coeCommunity2024, scope(1))).toEqual([]);
    expect(itemsInScope(coeCommunity2024, scope(2)).map((i) => i.code)).toEqual([
      '1.1',
      '1.2',
      '2.1',
      '2.2',
      '3.1',
      '3.2',
    ]);
    expect(itemsInScope(coeCommunity2024, scope(3))).toHaveLength(17);
  });

  it('keeps the older level-2 scope as data that validates when added', () => {
    expect(coeLevel2PreviousScope.codes).toEqual([
      'P.1',
      'P.2',
      '1',
      '2',
      '7.1(1)',
      '7.1(2)',
      '7.4(1)',
      '7.5(2)',
    ]);
    const framework = {
      ...coeCommunity2024,
      scopes: [...(coeCommunity2024.scopes ?? []), coeLevel2PreviousScope],
    };
    expect(validateFramework(framework).issues).toEqual([]);
    expect(itemsInScope(framework, coeLevel2PreviousScope.codes).map((i) => i.code)).toEqual([
      '1.1',
      '1.2',
      '2.1',
      '2.2',
      '7.1',
      '7.4',
      '7.5',
    ]);
  });
});
