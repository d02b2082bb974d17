import { describe, expect, it } from 'vitest';
import { decideReferenceGroups, isResidualGroup, type ReferenceInput } from './reference-group.js';

const input = (
  indicatorId: string,
  direction: ReferenceInput['direction'],
  groups: Record<string, readonly (number | null)[]>,
  dimension = 'race',
): ReferenceInput => ({
  indicatorId,
  direction,
  dimension,
  series: Object.entries(groups).map(([group, values]) => ({
    group,
    points: values.flatMap((value, i) => (value === null ? [] : [{ time: 2020 + i, value }])),
  })),
});

describe('decideReferenceGroups: one rule across the report', () => {
  it('picks the group with the best baseline rate most often, and uses it for every indicator', () => {
    // White is best in two indicators, Asian in one: White is the reference everywhere, so the
    // report never mixes "gap to White" for one indicator with "gap to Asian" for the next.
    const d = decideReferenceGroups([
      input('reading', 'higher-is-better', { White: [70, 72], Asian: [68, 75], Black: [50, 55] }),
      input('math', 'higher-is-better', { White: [60, 61], Asian: [66, 70], Black: [40, 42] }),
      input('absence', 'lower-is-better', { White: [10, 9], Asian: [12, 11], Black: [20, 18] }),
    ]);
    expect(d.reportWide).toEqual([
      {
        dimension: 'race',
        group: 'White',
        basis: 'rule',
        reason:
          'best rate in the first period in 2 of 3 indicators with race data (the group with the best baseline rate most often; residual groups such as "Other" are never chosen)',
      },
    ]);
    expect(d.perIndicator.map((r) => [r.indicatorId, r.group, r.basis])).toEqual([
      ['reading', 'White', 'rule'],
      ['math', 'White', 'rule'],
      ['absence', 'White', 'rule'],
    ]);
  });

  it('never chooses a residual group such as "Other Races and Ethnicities", even with the best rate', () => {
    const d = decideReferenceGroups([
      input('grad', 'higher-is-better', {
        'Other Races and Ethnicities': [97, 96],
        White: [91, 92],
        Black: [77, 84],
      }),
    ]);
    expect(d.reportWide[0]?.group).toBe('White');
    expect(isResidualGroup('Two or More Races')).toBe(true);
    expect(isResidualGroup('Multiracial')).toBe(true);
    expect(isResidualGroup('Unknown')).toBe(true);
    expect(isResidualGroup('Hispanic/Latino')).toBe(false);
    expect(isResidualGroup('Mother')).toBe(false);
  });

  it('ignores groups with a single usable period, and breaks ties by coverage then name', () => {
    const d = decideReferenceGroups([
      input('a', 'higher-is-better', { Zeta: [99, null], Beta: [80, 81], Alpha: [70, 71] }),
      input('b', 'higher-is-better', { Alpha: [90, 91], Beta: [60, 61] }),
    ]);
    // Zeta has one period: not eligible. Beta wins a, Alpha wins b; both in two indicators: Alpha by name.
    expect(d.reportWide[0]?.group).toBe('Alpha');
  });

  it('gives an indicator without usable values for the reference no gaps, not another group', () => {
    const d = decideReferenceGroups([
      input('reading', 'higher-is-better', { White: [70, 72], Black: [50, 55] }),
      input('math', 'higher-is-better', { White: [60, 61], Black: [40, 42] }),
      input('kinder', 'higher-is-better', { White: [null, 80], Black: [50, 52], Asian: [60, 62] }),
    ]);
    const kinder = d.perIndicator.find((r) => r.indicatorId === 'kinder');
    expect(kinder?.group).toBeNull();
    expect(kinder?.reason).toBe(
      'White, the reference for race, has fewer than two usable periods for this indicator: no gaps are measured rather than gaps to another group',
    );
  });

  it('applies overrides from the most specific source: caller, evidence, indicator, rule', () => {
    const inputs = [
      input('reading', 'higher-is-better', { White: [70, 72], Asian: [68, 75], Black: [50, 55] }),
      input('math', 'higher-is-better', { White: [60, 61], Asian: [66, 70], Black: [40, 42] }),
    ];
    const byIndicator = decideReferenceGroups(inputs, {
      indicator: new Map([['math', { race: 'Asian' }]]),
      evidence: new Map([['reading', { race: 'Black' }]]),
    });
    expect(byIndicator.perIndicator.map((r) => [r.group, r.basis])).toEqual([
      ['Black', 'evidence'],
      ['Asian', 'indicator'],
    ]);
    const forced = decideReferenceGroups(inputs, {
      option: { race: 'Asian' },
      evidence: new Map([['reading', { race: 'Black' }]]),
    });
    expect(forced.reportWide[0]).toMatchObject({ group: 'Asian', basis: 'option' });
    expect(forced.perIndicator.map((r) => r.group)).toEqual(['Asian', 'Asian']);
  });

  it('has no reference for a neutral indicator, and reads override maps as own keys only', () => {
    const d = decideReferenceGroups([input('n', 'neutral', { A: [1, 2], B: [3, 4] })], {
      option: JSON.parse('{"__proto__": {"race": "A"}}') as Record<string, string>,
    });
    expect(d.reportWide[0]?.group).toBeNull();
    expect(({} as Record<string, unknown>).race).toBeUndefined();
  });

  it('never throws on hostile input', () => {
    expect(decideReferenceGroups(null as never, 7 as never)).toEqual({
      reportWide: [],
      perIndicator: [],
    });
    expect(() =>
      decideReferenceGroups([{ indicatorId: 'x', dimension: 'd', series: [null] } as never]),
    ).not.toThrow();
  });
});
