import { readFileSync } from 'node:fs';
import { coeBaldrigeDerivedPoints, type Assessment } from '@community-excellence/schemas/data';
import { describe, expect, it } from 'vitest';
import { ALPHA_LEVELS } from './alpha-level.js';
import { krippendorffAlpha } from './krippendorff-alpha.js';
import { reviewAgreement } from './review-agreement.js';
import { summarizeReviews } from './summarize-reviews.js';

// The figures docs/consensus.md states must be what the code computes.
const page = readFileSync(new URL('../../../../docs/consensus.md', import.meta.url), 'utf8');
const riverbend = JSON.parse(
  readFileSync(new URL('../../../../examples/riverbend/assessment.json', import.meta.url), 'utf8'),
) as Assessment;

describe('docs/consensus.md', () => {
  it('states the Riverbend summary and agreement as computed', () => {
    const summary = summarizeReviews(riverbend, coeBaldrigeDerivedPoints);
    expect(page).toContain(
      `summary.flaggedItems; // ${JSON.stringify(summary.flaggedItems).replaceAll('"', "'").replaceAll(',', ', ')}`,
    );
    const item = summary.items.find((i) => i.item === '7.4');
    if (item === undefined || item.status === 'no-ratings') throw new Error('7.4 unrated');
    expect(page).toContain(
      `// ${JSON.stringify(item.ratings.map((r) => `${r.percent} (${r.range})`))
        .replaceAll('"', "'")
        .replaceAll(',', ', ')}`,
    );
    expect(page).toContain(
      `item.spread; // { lowestRange: '${item.spread.lowestRange}', highestRange: '${item.spread.highestRange}', rangesApart: ${item.spread.rangesApart}, minPercent: ${item.spread.minPercent}, maxPercent: ${item.spread.maxPercent}, percentSpread: ${item.spread.percentSpread} }`,
    );
    expect(page).toContain(
      `item.proposal; // { kind: 'proposal', percent: ${item.proposal?.percent}, range: '${item.proposal?.range}', basis: 'median' }`,
    );
    expect(page).toContain(`item.consensus?.percent; // ${item.consensus?.percent},`);
    const byPercent = reviewAgreement(riverbend, coeBaldrigeDerivedPoints);
    const byRange = reviewAgreement(riverbend, coeBaldrigeDerivedPoints, 'ordinal', {
      values: 'range',
    });
    expect(page).toContain(
      `// '${byPercent.alpha?.toFixed(3)}' over ${byPercent.pairableUnits} items, ${byPercent.pairableValues} pairable values`,
    );
    expect(page).toContain(`// alpha ${byRange.alpha?.toFixed(3)} on ranges only`);
  });

  it("states the worked example's computed alphas as computed", () => {
    const A = [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null];
    const B = [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3];
    const C = [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null];
    const D = [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null];
    const units = A.map((_, u) => [A[u], B[u], C[u], D[u]]);
    for (const level of ALPHA_LEVELS) {
      // The table's cells, trimmed (the formatter pads columns to one width).
      const row = page
        .split('\n')
        .map((line) => line.split('|').map((cell) => cell.trim()))
        .find((cells) => cells[1] === level && /^0\.\d{3}$/.test(cells[2] ?? ''));
      expect(row, level).toBeDefined();
      const result = krippendorffAlpha(units, { level });
      expect(result.alpha?.toFixed(3)).toBe(row?.[2]);
      expect(result.alpha?.toFixed(6)).toBe(row?.[3]);
    }
  });
});
