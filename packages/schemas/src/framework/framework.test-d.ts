import { describe, expectTypeOf, it } from 'vitest';
import type { Issue } from '../issue.js';
import type { ValidationResult } from '../validation-result.js';
import { baldrige20232024 } from './baldrige-2023-2024.js';
import { findItem, listScoredItems } from './find-item.js';
import type { Framework, PointsStatus } from './framework.js';
import type { FrameworkItem, ItemKind } from './framework-parts.js';
import { rangeForPercent } from './range-for-percent.js';
import type { ScoringRange } from './scoring-guidelines.js';
import { baldrigeScoringGuidelines } from './baldrige-scoring-guidelines.js';
import { checkFramework, validateFramework } from './validate-framework.js';

describe('framework types', () => {
  it('types the data and the fields', () => {
    expectTypeOf(baldrige20232024).toEqualTypeOf<Framework>();
    expectTypeOf<FrameworkItem['kind']>().toEqualTypeOf<ItemKind>();
    expectTypeOf<ItemKind>().toEqualTypeOf<'process' | 'results'>();
    expectTypeOf<Framework['totalPoints']>().toEqualTypeOf<number | null>();
    expectTypeOf<PointsStatus>().toEqualTypeOf<'official' | 'derived' | 'none'>();
    expectTypeOf<Framework['kind']>().toEqualTypeOf<'framework'>();
  });

  it('types the functions', () => {
    expectTypeOf(validateFramework).returns.toEqualTypeOf<ValidationResult<Framework>>();
    expectTypeOf(checkFramework).returns.toEqualTypeOf<Issue[]>();
    expectTypeOf(findItem(baldrige20232024, '1.1')).toEqualTypeOf<FrameworkItem | undefined>();
    expectTypeOf(listScoredItems(baldrige20232024)).toEqualTypeOf<FrameworkItem[]>();
    expectTypeOf(rangeForPercent(baldrigeScoringGuidelines, 50)).toEqualTypeOf<
      ScoringRange | undefined
    >();
    // @ts-expect-error: a framework must have a kind
    const bad: Framework = { ...baldrige20232024, kind: 'assessment' };
    void bad;
  });
});
