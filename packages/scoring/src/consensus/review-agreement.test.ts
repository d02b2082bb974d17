import { readFileSync } from 'node:fs';
import {
  baldrige20232024,
  coeBaldrigeDerivedPoints,
  listScoredItems,
  type Assessment,
} from '@community-excellence/schemas/data';
import { describe, expect, it } from 'vitest';
import { buildAssessment } from './assessment.fixture.js';
import { krippendorffAlpha } from './krippendorff-alpha.js';
import { reviewAgreement } from './review-agreement.js';

const riverbend = JSON.parse(
  readFileSync(new URL('../../../../examples/riverbend/assessment.json', import.meta.url), 'utf8'),
) as Assessment;
const all = listScoredItems(baldrige20232024).map((i) => i.code);

describe('reviewAgreement', () => {
  it('on Riverbend equals alpha over the items x reviewers matrix read straight from the document', () => {
    const matrix = listScoredItems(coeBaldrigeDerivedPoints).map((item) =>
      riverbend.reviews.map(
        (review) => review.items.find((e) => e.item === item.code)?.percent ?? null,
      ),
    );
    for (const level of ['nominal', 'ordinal', 'interval', 'ratio'] as const) {
      const agreement = reviewAgreement(riverbend, coeBaldrigeDerivedPoints, level);
      const direct = krippendorffAlpha(matrix, { level });
      expect(agreement).toMatchObject({
        defined: true,
        level,
        units: 17,
        pairableUnits: 17,
        pairableValues: 51,
        coders: 3,
        values: 'percent',
        issues: [],
      });
      expect(agreement.alpha).toBe(direct.alpha);
    }
  });

  it('defaults to the ordinal level on percents and can compare ranges instead', () => {
    const byPercent = reviewAgreement(riverbend, coeBaldrigeDerivedPoints);
    expect(byPercent.level).toBe('ordinal');
    const byRange = reviewAgreement(riverbend, coeBaldrigeDerivedPoints, 'ordinal', {
      values: 'range',
    });
    expect(byRange.values).toBe('range');
    const rangeIndex = (percent: number | undefined): number | null =>
      percent === undefined ? null : [5, 25, 45, 65, 85, 100].findIndex((max) => percent <= max);
    const matrix = listScoredItems(coeBaldrigeDerivedPoints).map((item) =>
      riverbend.reviews.map((review) =>
        rangeIndex(review.items.find((e) => e.item === item.code)?.percent),
      ),
    );
    expect(byRange.alpha).toBe(krippendorffAlpha(matrix, { level: 'ordinal' }).alpha);
    expect(byRange.alpha).not.toBe(byPercent.alpha);
  });

  it('is 1 when every reviewer gives every item the same percent', () => {
    const sheet = Object.fromEntries(all.map((code, i) => [code, (i * 5) % 100]));
    const agreement = reviewAgreement(
      buildAssessment(baldrige20232024, { a: sheet, b: sheet, c: sheet }),
      baldrige20232024,
    );
    expect(agreement).toMatchObject({
      defined: true,
      alpha: 1,
      pairableUnits: 17,
      pairableValues: 51,
    });
  });

  it('drops items rated by fewer than two reviewers (a reviewer missing half the items)', () => {
    const a = Object.fromEntries(all.map((code) => [code, 40]));
    const b = Object.fromEntries(all.slice(0, 8).map((code, i) => [code, 30 + 5 * (i % 3)]));
    const agreement = reviewAgreement(
      buildAssessment(baldrige20232024, { a, b }),
      baldrige20232024,
      'interval',
    );
    expect(agreement).toMatchObject({ units: 17, pairableUnits: 8, pairableValues: 16, coders: 2 });
    expect(agreement.issues.map((i) => i.code)).toEqual(['incomplete_review']);
  });

  it('a single reviewer or an empty assessment: alpha undefined with a reason, never a throw', () => {
    const solo = reviewAgreement(
      buildAssessment(baldrige20232024, { solo: { '1.1': 40, '1.2': 50 } }),
      baldrige20232024,
    );
    expect(solo).toMatchObject({
      defined: false,
      alpha: undefined,
      reason: 'no-pairable-values',
      coders: 1,
      pairableValues: 0,
    });
    const empty = reviewAgreement(
      { ...buildAssessment(baldrige20232024, {}), reviewers: [] },
      baldrige20232024,
      'nominal',
    );
    expect(empty).toMatchObject({
      defined: false,
      reason: 'no-pairable-values',
      coders: 0,
      units: 17,
    });
    expect(empty.issues.map((i) => i.code)).toEqual(['empty_assessment']);
  });

  it('every reviewer giving one and the same percent everywhere: no variation', () => {
    const flat = Object.fromEntries(all.map((code) => [code, 50]));
    expect(
      reviewAgreement(buildAssessment(baldrige20232024, { a: flat, b: flat }), baldrige20232024),
    ).toMatchObject({ defined: false, reason: 'no-variation' });
  });
});
