import { describe, expect, it } from 'vitest';
import { baldrige20232024 } from './baldrige-2023-2024.js';
import {
  BALDRIGE_DERIVED_LABEL,
  coeBaldrigeDerivedPoints,
  withBaldrigeDerivedPoints,
} from './coe-baldrige-derived-points.js';
import { coeCommunity2024 } from './coe-community.js';
import type { Framework } from './framework.js';
import { listScoredItems } from './find-item.js';
import { validateFramework } from './validate-framework.js';

describe('Baldrige-derived points for COE', () => {
  it('reuses Baldrige points by position and labels them unofficial', () => {
    expect(coeBaldrigeDerivedPoints).toMatchObject({
      id: 'coe-community-2024-baldrige-derived-points',
      pointsStatus: 'derived',
      pointsLabel: 'unofficial, Baldrige-derived',
      totalPoints: 1000,
    });
    expect(BALDRIGE_DERIVED_LABEL).toBe('unofficial, Baldrige-derived');
    expect(listScoredItems(coeBaldrigeDerivedPoints).map((i) => i.points)).toEqual(
      listScoredItems(baldrige20232024).map((i) => i.points),
    );
    expect(coeBaldrigeDerivedPoints.categories.map((c) => c.points)).toEqual([
      120, 85, 85, 90, 85, 85, 450,
    ]);
    expect(listScoredItems(coeBaldrigeDerivedPoints).map((i) => i.name)).toEqual(
      listScoredItems(coeCommunity2024).map((i) => i.name),
    );
  });

  it('validates cleanly', () => {
    expect(validateFramework(coeBaldrigeDerivedPoints).issues).toEqual([]);
  });

  it('does not change the COE framework (points stay opt-in)', () => {
    expect(coeCommunity2024.pointsStatus).toBe('none');
    expect(listScoredItems(coeCommunity2024).every((i) => i.points === null)).toBe(true);
  });

  it('accepts another points source, and leaves null where no counterpart exists (then validation says so)', () => {
    const source: Framework = structuredClone(baldrige20232024);
    source.categories = source.categories.slice(0, 6);
    source.totalPoints = 550;
    const partial = withBaldrigeDerivedPoints(coeCommunity2024, source);
    expect(partial.categories[6]?.points).toBeNull();
    const issues = validateFramework(partial).issues;
    expect(issues[0]).toMatchObject({
      code: 'points_status_conflict',
      path: ['categories', 6, 'points'],
      found: 'null',
    });
  });
});
