import { describe, expectTypeOf, it } from 'vitest';
import type { Confidence } from '../identifiers.js';
import type { ValidationResult } from '../validation-result.js';
import type { PartnershipEvidence } from './partnership-evidence.js';
import { validatePartnershipEvidence } from './validate-partnership-evidence.js';

describe('partnership evidence types', () => {
  it('validator returns a typed result', () => {
    expectTypeOf(validatePartnershipEvidence).returns.toEqualTypeOf<
      ValidationResult<PartnershipEvidence>
    >();
  });

  it('every section carries typed provenance and optional facts', () => {
    expectTypeOf<PartnershipEvidence['kind']>().toEqualTypeOf<'partnership-evidence'>();
    expectTypeOf<NonNullable<PartnershipEvidence['leadershipTable']>['asOf']>().toEqualTypeOf<
      string | undefined
    >();
    expectTypeOf<NonNullable<PartnershipEvidence['funding']>[number]['source']>().toEqualTypeOf<
      string | undefined
    >();
    expectTypeOf<
      NonNullable<PartnershipEvidence['engagementEvents']>[number]['kind']
    >().toEqualTypeOf<'awareness' | 'involve' | 'co-develop'>();
    expectTypeOf<
      NonNullable<PartnershipEvidence['evidence']>[number]['confidence']
    >().toEqualTypeOf<Confidence>();
  });

  it('a misspelt fact is a compile error', () => {
    // @ts-expect-error: 'exist' is not a field (the document is strict)
    const table: NonNullable<PartnershipEvidence['leadershipTable']> = { exist: true };
    expectTypeOf(table).not.toBeAny();
  });
});
