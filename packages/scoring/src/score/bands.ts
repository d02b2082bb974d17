import type { BandTable, ScoringGuidelines } from '@community-excellence/schemas/data';
import { toExactValue } from './exact-number.js';
import {
  compareRational,
  divideRational,
  multiplyRational,
  rationalFromNumber,
  type Rational,
} from './rational.js';
import type { ScoreOptions } from './score-assessment.js';
import type { BandAssignment } from './scorecard.js';

/** How bands treat a total whose maximum differs from the band table's scale. */
export type BandScaling = NonNullable<ScoreOptions['bandScaling']>;

const unavailable = (
  table: 'process' | 'results',
  reason: string,
  bandTable?: BandTable,
): BandAssignment => ({
  table,
  status: 'unavailable',
  band: null,
  bandCount: bandTable?.bands.length ?? null,
  lower: null,
  upper: null,
  description: null,
  basis: null,
  tableMaxPoints: bandTable?.maxPoints ?? null,
  confidence: bandTable?.confidence ?? null,
  note: bandTable?.note ?? null,
  reason,
});

/**
 * Places a total in a band table: bands are half-open `[lower, next lower)`, the last band
 * closed at the table's maximum. When the scored maximum differs from the table's maximum,
 * `refuse` gives no band and `proportional` maps the total to `total / max × tableMax` first.
 */
export function assignBand(
  table: 'process' | 'results',
  guidelines: ScoringGuidelines,
  earned: Rational | null,
  max: Rational | null,
  scaling: BandScaling,
): BandAssignment {
  const bandTable = guidelines.bands?.[table];
  if (bandTable === undefined || bandTable.bands.length === 0)
    return unavailable(table, `The guidelines ${guidelines.id} define no ${table} band table.`);
  if (earned === null || max === null)
    return unavailable(
      table,
      `No ${table} points total (no points, or no ${table} item in scope).`,
      bandTable,
    );
  const tableMax = rationalFromNumber(bandTable.maxPoints);
  if (tableMax === undefined)
    return unavailable(table, `The ${table} band table has no finite maximum.`, bandTable);
  const sameScale = compareRational(max, tableMax) === 0;
  if (!sameScale && scaling === 'refuse') {
    return {
      ...unavailable(table, '', bandTable),
      status: 'refused',
      reason: `Bands are defined on the full ${bandTable.maxPoints}-point ${table} scale; the scored ${table} maximum is ${toExactValue(max).exact} (scope or not-applicable items removed items). Pass bandScaling: 'proportional' to scale the total.`,
    };
  }
  const ratio = divideRational(earned, max);
  if (ratio === undefined) return unavailable(table, `The ${table} maximum is 0.`, bandTable);
  const basis = sameScale ? earned : multiplyRational(ratio, tableMax);
  const sorted = [...bandTable.bands].sort((a, b) => a.lower - b.lower);
  let index = -1;
  sorted.forEach((band, i) => {
    const lower = rationalFromNumber(band.lower);
    if (lower !== undefined && compareRational(basis, lower) >= 0) index = i;
  });
  const found = sorted[index];
  if (found === undefined)
    return unavailable(
      table,
      `The total ${toExactValue(basis).exact} lies below the first band.`,
      bandTable,
    );
  const next = sorted[index + 1];
  return {
    table,
    status: sameScale ? 'assigned' : 'scaled',
    band: found.band,
    bandCount: sorted.length,
    lower: found.lower,
    upper: next?.lower ?? bandTable.maxPoints,
    description: found.description,
    basis: toExactValue(basis),
    tableMaxPoints: bandTable.maxPoints,
    confidence: found.confidence ?? bandTable.confidence ?? 'verified',
    note: found.note ?? bandTable.note ?? null,
    reason: sameScale
      ? null
      : `Scaled: ${toExactValue(earned).exact} of ${toExactValue(max).exact} mapped to ${toExactValue(basis).exact} of ${bandTable.maxPoints} (bands are defined on the full scale).`,
  };
}
