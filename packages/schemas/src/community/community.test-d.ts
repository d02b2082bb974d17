import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { ValidationResult } from '../validation-result.js';
import { CommunitySchema, type Community } from './community.js';
import type { Sector } from './sector.js';
import { validateCommunity } from './validate-community.js';

describe('community types', () => {
  it('validateCommunity returns a result of Community', () => {
    expectTypeOf(validateCommunity).returns.toEqualTypeOf<ValidationResult<Community>>();
    expectTypeOf<z.input<typeof CommunitySchema>>().toEqualTypeOf<Community>();
  });

  it('has literal kind and version and typed members', () => {
    expectTypeOf<Community['kind']>().toEqualTypeOf<'community'>();
    expectTypeOf<Community['formatVersion']>().toEqualTypeOf<1>();
    type Member = NonNullable<Community['excellenceGroup']>['members'][number];
    expectTypeOf<Member['sector']>().toEqualTypeOf<Sector>();
    expectTypeOf<Member['organizationId']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Community['backbone']['structure']>().toEqualTypeOf<'single' | 'network'>();
  });

  it('rejects wrong literals at compile time', () => {
    // @ts-expect-error: kind must be 'community'
    const wrong: Community['kind'] = 'cohort';
    expectTypeOf(wrong).toEqualTypeOf<'community'>();
  });
});
