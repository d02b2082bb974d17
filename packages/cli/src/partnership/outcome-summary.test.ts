import { readFileSync } from 'node:fs';
import type {
  Indicator,
  IndicatorSet,
  Observation,
  ObservationSet,
  PartnershipEvidence,
} from '@community-excellence/schemas';
import { assessPartnership } from '@community-excellence/theory-of-action';
import { analyzeOutcomes } from '@community-excellence/theory-of-action/outcomes';
import { describe, expect, it } from 'vitest';
import { outcomeSummary, PLACE_BASIS_WORDS, REFERENCE_BASIS_WORDS } from './outcome-summary.js';

const read = <T>(file: string): T =>
  JSON.parse(
    readFileSync(new URL(`../../../../examples/riverbend/${file}`, import.meta.url), 'utf8'),
  ) as T;
const evidence = read<PartnershipEvidence>('partnership-evidence.json');
const riverbend = {
  evidence,
  indicators: read<IndicatorSet>('indicators.json').indicators,
  observations: read<ObservationSet>('observations.json').observations,
};
const RULE_REASON =
  'best rate in the first period in 4 of 6 indicators with race-ethnicity data (the group with the best baseline rate most often; residual groups such as "Other" are never chosen)';

const gapsOf = (s: ReturnType<typeof outcomeSummary>, id: string): Map<string, string> =>
  new Map(
    (s.core.find((c) => c.id === id)?.gaps ?? []).map((g) => [
      `${g.focal} - ${g.reference} (${g.dimension})`,
      `${g.status} | ${g.sentence}`,
    ]),
  );

describe('outcomeSummary on the Riverbend example', () => {
  it('names the place and how it was chosen, the comparisons and each reference group with its reason', () => {
    const s = outcomeSummary(assessPartnership(riverbend).outcomes);
    expect(s.place).toBe(
      "county riverbend-county Riverbend County (chosen by a code of the evidence's geography)",
    );
    expect(s.comparisons).toBe('none in the data');
    expect(s.references).toEqual([
      `race-ethnicity: White (by the report-wide rule: ${RULE_REASON})`,
      'sex: Female (by the report-wide rule: best rate in the first period in 5 of 5 indicators with sex data (the group with the best baseline rate most often; residual groups such as "Other" are never chosen))',
    ]);
    expect(s.core.map((c) => c.title)).toContain(
      'hs-graduation-4yr Four-year adjusted cohort graduation rate (percent)',
    );
  });

  it('gives the trend sentence of each core indicator, naming a turning point', () => {
    const s = outcomeSummary(assessPartnership(riverbend).outcomes);
    const trend = (id: string): string | undefined => s.core.find((c) => c.id === id)?.trend;
    expect(trend('hs-graduation-4yr')).toBe(
      'improving: 87.6 -> 89.6 percent over 4 years (slope +0.5 a year)',
    );
    expect(trend('grade8-math-proficient')).toBe(
      'improving: 30.5 -> 34.3 percent over 4 years (slope +1.1 a year); passing through the 2021-22 low (29.2)',
    );
  });

  it('with the default gap uncertainty (counts and intervals), a gap change inside the margin is within uncertainty, not closing', () => {
    const gaps = gapsOf(outcomeSummary(assessPartnership(riverbend).outcomes), 'hs-graduation-4yr');
    expect(gaps.get('Black - White (race-ethnicity)')).toBe(
      'within-uncertainty | no change within uncertainty (change 4.7 percentage points, margin ±6.9)',
    );
    expect(gaps.get('Asian - White (race-ethnicity)')).toBe(
      'insufficient-data | not enough data: a gap change needs two periods with a gap',
    );
  });

  it('with the counts read as exact (intervals only), shows closing, a shrinking lead, mixed, widening and unchanged in their own words', () => {
    const s = outcomeSummary(
      assessPartnership(riverbend, { parameters: { gapUncertainty: 'intervals' } }).outcomes,
    );
    const grad = gapsOf(s, 'hs-graduation-4yr');
    expect(grad.get('Black - White (race-ethnicity)')).toBe(
      'closing | closing: 4.7 of 14.1 percentage points closed (33.3%); Black rose 5.5 percentage points while White rose 0.8',
    );
    expect(grad.get('Male - Female (sex)')).toBe(
      'unchanged | unchanged: the gap stayed at 5.1 percentage points',
    );
    const ready = gapsOf(s, 'kindergarten-readiness');
    expect(ready.get('Asian - White (race-ethnicity)')).toBe(
      "lead-shrinking | lead shrinking: Asian's lead over White fell from 4.9 to 1.4 percentage points (not a closing gap)",
    );
    expect(ready.get('Black - White (race-ethnicity)')).toBe(
      'mixed | mixed: the gap widened from 16.4 to 16.6 percentage points while the rate ratio moved toward parity (0.62 -> 0.66)',
    );
    expect(ready.get('Two or more races - White (race-ethnicity)')).toBe(
      'widening | widening: the gap grew from 7.5 to 9.0 percentage points (20.0% added)',
    );
  });

  it('says a reference group was named with --reference, and measures every gap against it', () => {
    const s = outcomeSummary(
      assessPartnership(riverbend, {
        parameters: { referenceGroups: { 'race-ethnicity': 'Hispanic' } },
      }).outcomes,
    );
    expect(s.references[0]).toBe('race-ethnicity: Hispanic (named with --reference)');
    const gaps = gapsOf(s, 'hs-graduation-4yr');
    expect([...gaps.keys()].filter((k) => k.endsWith('(race-ethnicity)'))).toEqual([
      'White - Hispanic (race-ethnicity)',
      'Black - Hispanic (race-ethnicity)',
      'Asian - Hispanic (race-ethnicity)',
      'Two or more races - Hispanic (race-ethnicity)',
    ]);
    expect(gaps.get('White - Hispanic (race-ethnicity)')).toMatch(
      /^within-uncertainty \| no change within uncertainty \(change -3\.1 percentage points, margin ±\d+\.\d\)$/,
    );
  });

  it("names an indicator's own reference group (from the evidence or the definition) where it differs from the report-wide one", () => {
    const indicators = riverbend.indicators.map((i): Indicator =>
      i.id === 'grade3-ela-proficient'
        ? ({ ...i, referenceGroups: { 'race-ethnicity': 'Asian' } } as Indicator)
        : i,
    );
    const s = outcomeSummary(assessPartnership({ ...riverbend, indicators }).outcomes);
    const ela = s.core.find((c) => c.id === 'grade3-ela-proficient');
    expect(ela?.references).toEqual([
      "race-ethnicity: Asian (named by the indicator's definition)",
    ]);
    expect(s.core.find((c) => c.id === 'hs-graduation-4yr')?.references).toEqual([]);
    expect(REFERENCE_BASIS_WORDS.evidence).toBe("named by the partnership evidence's outcome");
  });

  it('says when no place was chosen, and when there are no outcome data', () => {
    const twoPlaces = riverbend.observations.flatMap((o): Observation[] => [
      o,
      { ...o, id: `${o.id}:other`, place: { ...o.place, code: 'other-county', name: 'Other' } },
    ]);
    const none = outcomeSummary(
      analyzeOutcomes({ indicators: riverbend.indicators, observations: twoPlaces }),
    );
    expect(none.place).toBe('none chosen among 6 places (see the issues)');
    expect(none.comparisons).toBe('-');
    expect(outcomeSummary(analyzeOutcomes({ indicators: [], observations: [] })).place).toBe(
      'none (no outcome data)',
    );
  });
});

describe('outcomeSummary on constructed series that try to fool it', () => {
  const indicator: Indicator = {
    id: 'grad',
    name: 'Graduation',
    outcomeArea: 'HIGH_SCHOOL_GRADUATION',
    unit: { type: 'percent' },
    direction: 'higher-is-better',
    role: 'core',
  };
  const row = (period: number, group: string, value: number): Observation => ({
    id: `grad:${period}:${group}`,
    indicatorId: 'grad',
    place: { level: 'city', code: 'springfield', name: 'Springfield' },
    period: { label: String(period) },
    subgroup:
      group === 'all' ? { dimension: 'all', value: 'all' } : { dimension: 'race', value: group },
    value: { kind: 'exact', raw: String(value), value },
  });
  const rows = (series: Record<string, number[]>): Observation[] =>
    Object.entries(series).flatMap(([group, values]) =>
      values.map((v, i) => row(2020 + i, group, v)),
    );
  const summary = (series: Record<string, number[]>, referenceGroups?: Record<string, string>) =>
    outcomeSummary(
      analyzeOutcomes(
        { indicators: [indicator], observations: rows(series) },
        referenceGroups === undefined ? {} : { referenceGroups },
      ),
    );

  it('calls a gap that narrows because the reference group got worse levelling down, and names the only place', () => {
    const s = summary({ all: [80, 80, 80], White: [90, 85, 80], Black: [70, 70, 70] });
    expect(s.place).toBe('city springfield Springfield (the only place in the data)');
    expect(s.core[0]?.gaps[0]?.sentence).toBe(
      'narrowing because the reference group worsened (levelling down): White fell 10.0 percentage points while Black stayed at 70.0; the gap went from 20.0 to 10.0 (not a closing gap)',
    );
    expect(s.core[0]?.trend).toBe('flat: 80.0 -> 80.0 percent over 2 years (slope 0.0 a year)');
  });

  it('calls a gap whose sign flipped crossed, measured from parity', () => {
    const s = summary({ all: [80, 82, 84], White: [80, 80, 80], Black: [75, 80, 85] });
    expect(s.core[0]?.gaps[0]?.sentence).toBe(
      'crossed: the gap of 5.0 percentage points closed and Black is now 5.0 ahead',
    );
  });

  it('reads a dip and a recovery as mixed, naming the turning point and the baseline; a small fall is worsening within noise', () => {
    const s = summary({ all: [80, 70, 76, 79, 79.5] });
    expect(s.core[0]?.trend).toMatch(
      /^mixed: improving since the 2021 low \(70\.0 -> 79\.5 percent\); still worse than the 2020 baseline \(80\.0\)/,
    );
    expect(s.references).toEqual([]);
    expect(summary({ all: [80, 70, 75, 78] }).core[0]?.trend).toBe(
      'worsening: 80.0 -> 78.0 percent over 3 years (slope -0.1 a year) (within noise)',
    );
  });

  it('words each place basis', () => {
    expect(Object.values(PLACE_BASIS_WORDS)).toEqual([
      'chosen with --place',
      "chosen by a code of the evidence's geography",
      "chosen by the evidence's geography name",
      'the only place in the data',
    ]);
    const byName = outcomeSummary(
      analyzeOutcomes({
        evidence: { ...evidence, geography: { name: 'springfield', type: 'city' } },
        indicators: [indicator],
        observations: rows({ all: [80, 81, 82] }),
      }),
    );
    expect(byName.place).toBe(
      "city springfield Springfield (chosen by the evidence's geography name)",
    );
  });
});
