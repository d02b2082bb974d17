import { describe, expectTypeOf, it } from 'vitest';
import {
  hasNumber,
  type BoundOp,
  type MissingReason,
  type ObservationValue,
} from './observation-value.js';
import { createValueCodec } from './value-codec.js';

describe('ObservationValue narrowing', () => {
  it('narrows fields by kind', () => {
    const value = {} as ObservationValue;
    expectTypeOf(value.raw).toEqualTypeOf<string>();
    switch (value.kind) {
      case 'exact':
        expectTypeOf(value.value).toEqualTypeOf<number>();
        expectTypeOf(value.footnote).toEqualTypeOf<string | undefined>();
        expectTypeOf(value.unit).toEqualTypeOf<'percent' | undefined>();
        break;
      case 'interval':
        expectTypeOf(value.low).toEqualTypeOf<number>();
        expectTypeOf(value.high).toEqualTypeOf<number>();
        break;
      case 'bound':
        expectTypeOf(value.op).toEqualTypeOf<BoundOp>();
        expectTypeOf(value.op).toEqualTypeOf<'<' | '<=' | '>' | '>='>();
        break;
      case 'suppressed':
        expectTypeOf(value.reason).toEqualTypeOf<string | undefined>();
        expectTypeOf(value).not.toHaveProperty('value');
        break;
      case 'missing':
        expectTypeOf(value.reason).toEqualTypeOf<MissingReason | undefined>();
        expectTypeOf(value).not.toHaveProperty('value');
        break;
    }
  });

  it('hasNumber narrows to the numeric kinds', () => {
    const value = {} as ObservationValue;
    if (hasNumber(value)) expectTypeOf(value.kind).toEqualTypeOf<'exact' | 'interval' | 'bound'>();
    else expectTypeOf(value.kind).toEqualTypeOf<'suppressed' | 'missing'>();
  });

  it('parse results narrow on ok', () => {
    const result = createValueCodec().parse('1');
    if (result.ok) expectTypeOf(result.value).toEqualTypeOf<ObservationValue>();
    else expectTypeOf(result.issue.token).toEqualTypeOf<string>();
  });

  it('format takes values with or without raw', () => {
    const codec = createValueCodec();
    expectTypeOf(codec.format({ kind: 'exact', value: 1 })).toEqualTypeOf<string>();
    // @ts-expect-error: a suppressed value has no number
    codec.format({ kind: 'suppressed', value: 0 });
    // @ts-expect-error: an interval needs both ends
    codec.format({ kind: 'interval', low: 1 });
  });
});
