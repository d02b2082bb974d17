import { describe, expectTypeOf, it } from 'vitest';
import type { BenchmarkStatus, Metric, TheoryOfActionReport } from './index.js';
import { assessPartnership } from './index.js';
import { importCsv, type ImportMapping, type ImportResult } from './import/index.js';
import { gapTrend } from './metrics/gap-trend.js';

describe('theory-of-action types', () => {
  it('importCsv is synchronous for text and chunks, a promise for async streams', () => {
    const mapping = {} as ImportMapping;
    expectTypeOf(importCsv('a,b\n1,2', mapping)).toEqualTypeOf<ImportResult>();
    expectTypeOf(importCsv(['a,b\n', '1,2'], mapping)).toEqualTypeOf<ImportResult>();
    const stream = {} as AsyncIterable<string>;
    expectTypeOf(importCsv(stream, mapping)).toEqualTypeOf<Promise<ImportResult>>();
  });

  it('a metric narrows on its status', () => {
    const metric = {} as Metric;
    if (metric.status === 'computed') expectTypeOf(metric.value).toEqualTypeOf<number>();
    else expectTypeOf(metric.reason).toEqualTypeOf<string>();
  });

  it('gap trends report both directions and a status', () => {
    type Trend = ReturnType<typeof gapTrend>;
    expectTypeOf<Trend['absolute']>().toEqualTypeOf<
      'narrowing' | 'widening' | 'unchanged' | 'NOT_COMPUTABLE'
    >();
    expectTypeOf<Trend['relative']>().toEqualTypeOf<
      'toward-parity' | 'away-from-parity' | 'unchanged' | 'NOT_COMPUTABLE'
    >();
  });

  it('assessPartnership returns the report document with typed statuses', () => {
    expectTypeOf(assessPartnership).returns.toEqualTypeOf<TheoryOfActionReport>();
    expectTypeOf<TheoryOfActionReport['kind']>().toEqualTypeOf<'theory-of-action-report'>();
    expectTypeOf<keyof TheoryOfActionReport['counts']>().toEqualTypeOf<BenchmarkStatus>();
    // @ts-expect-error: the evidence document is required
    assessPartnership({});
  });
});
