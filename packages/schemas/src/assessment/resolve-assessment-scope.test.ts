import { describe, expect, it } from 'vitest';
import { baldrige20232024 } from '../framework/baldrige-2023-2024.js';
import { coeBaldrigeDerivedPoints } from '../framework/coe-baldrige-derived-points.js';
import { coeCommunity2024, coeLevel2PreviousScope } from '../framework/coe-community.js';
import type { Framework } from '../framework/framework.js';
import { resolveAssessmentScope, type ScopedItem } from './resolve-assessment-scope.js';

const shares = (items: readonly ScopedItem[]): [string, string][] =>
  items.map((entry) => [
    entry.item.code,
    entry.share === null ? 'whole' : `${entry.share.numerator}/${entry.share.denominator}`,
  ]);

const withPrevious: Framework = {
  ...coeBaldrigeDerivedPoints,
  scopes: [...(coeBaldrigeDerivedPoints.scopes ?? []), coeLevel2PreviousScope],
};

describe('resolveAssessmentScope', () => {
  it('resolves every scored item and every Profile section without a scope', () => {
    const resolved = resolveAssessmentScope(coeCommunity2024, undefined);
    expect(resolved.type).toBe('all');
    expect(resolved.label).toBe('all items');
    expect(resolved.items).toHaveLength(17);
    expect(resolved.items.every((entry) => entry.share === null)).toBe(true);
    expect(resolved.profileSections).toEqual(['P.1', 'P.2']);
    expect(resolved.issues).toEqual([]);
    expect(resolveAssessmentScope(coeCommunity2024, { type: 'all' }).items).toHaveLength(17);
  });

  it('gives the level, requires and Profile sections of a framework scope', () => {
    const level2 = resolveAssessmentScope(coeCommunity2024, 'coe-level-2');
    expect([level2.scopeId, level2.level, level2.requires, level2.label]).toEqual([
      'coe-level-2',
      2,
      'coe-level-1',
      'coe-level-2',
    ]);
    expect(shares(level2.items).map(([code]) => code)).toEqual([
      '1.1',
      '1.2',
      '2.1',
      '2.2',
      '3.1',
      '3.2',
    ]);
    const level1 = resolveAssessmentScope(coeCommunity2024, {
      type: 'scope',
      scopeId: 'coe-level-1',
    });
    expect(level1.items).toEqual([]);
    expect(level1.profileSections).toEqual(['P.1', 'P.2']);
    expect(level1.level).toBe(1);
  });

  it('scores the parts of the older level-2 scope as their share of the item', () => {
    const resolved = resolveAssessmentScope(withPrevious, 'coe-level-2-before-2023');
    // 7.1 has four numbered questions (2 of 4 listed); 7.4 has one (7.4(1): all of it);
    // 7.5 lists only 7.5(2), so it has at least two questions (1 of 2).
    expect(shares(resolved.items)).toEqual([
      ['1.1', 'whole'],
      ['1.2', 'whole'],
      ['2.1', 'whole'],
      ['2.2', 'whole'],
      ['7.1', '1/2'],
      ['7.4', '1/1'],
      ['7.5', '1/2'],
    ]);
    const item71 = resolved.items.find((entry) => entry.item.code === '7.1');
    expect(item71?.parts).toEqual(['7.1(1)', '7.1(2)']);
    expect(item71?.note).toBe(
      'The scope lists only 7.1(1), 7.1(2) of 7.1; 1/2 of its points count (partScoring share-of-item, an inferred rule).',
    );
    expect(resolved.items.find((entry) => entry.item.code === '7.4')?.note).toBe(
      'The scope lists 7.4(1), every part of 7.4 the framework data names; the whole item counts.',
    );
  });

  it('keeps the whole item with a note under partScoring whole-item', () => {
    const resolved = resolveAssessmentScope(withPrevious, 'coe-level-2-before-2023', {
      partScoring: 'whole-item',
    });
    expect(resolved.partScoring).toBe('whole-item');
    expect(shares(resolved.items).filter(([code]) => code.startsWith('7'))).toEqual([
      ['7.1', 'whole'],
      ['7.4', 'whole'],
      ['7.5', 'whole'],
    ]);
    expect(resolved.items.find((entry) => entry.item.code === '7.5')?.note).toBe(
      'The scope lists only 7.5(2) of 7.5; the whole item counts (partScoring whole-item).',
    );
  });

  it('resolves a Baldrige code list naming an area and a question', () => {
    const resolved = resolveAssessmentScope(baldrige20232024, ['1.1a(1)', '7.4a']);
    // 7.4 has one lettered area (7.4a); 1.1 has areas a, b, c and 1.1a two questions: 1/3 × 1/2.
    expect(shares(resolved.items)).toEqual([
      ['1.1', '1/6'],
      ['7.4', '1/1'],
    ]);
    expect(resolved.label).toBe('codes 1.1a(1), 7.4a');
    const question = resolveAssessmentScope(baldrige20232024, {
      type: 'codes',
      codes: ['7.4a(1)', '7.4a(2)'],
    });
    expect(shares(question.items)).toEqual([['7.4', '2/5']]);
    expect(
      shares(
        resolveAssessmentScope(baldrige20232024, {
          type: 'codes',
          codes: ['7.4a(1)'],
          partScoring: 'whole-item',
        }).items,
      ),
    ).toEqual([['7.4', 'whole']]);
  });

  it('reports unknown scope ids and codes at the path it is given', () => {
    const unknown = resolveAssessmentScope(coeCommunity2024, 'coe-level-9', {
      path: ['options', 'scope'],
    });
    expect(unknown.issues).toEqual([
      expect.objectContaining({
        code: 'unknown_reference',
        path: ['options', 'scope'],
        target: 'scope',
        id: 'coe-level-9',
      }),
    ]);
    expect(unknown.items).toHaveLength(17);
    const codes = resolveAssessmentScope(coeCommunity2024, {
      type: 'codes',
      codes: ['1', '9.9'],
    });
    expect(codes.issues).toEqual([
      expect.objectContaining({
        code: 'unknown_reference',
        path: ['scope', 'codes', 1],
        target: 'framework code',
        id: '9.9',
      }),
    ]);
  });

  it('never throws on a framework of another shape', () => {
    const resolved = resolveAssessmentScope({} as Framework, ['1']);
    expect(resolved.items).toEqual([]);
    expect(resolved.issues[0]?.code).toBe('unexpected_shape');
  });
});
