import { describe, expectTypeOf, it } from 'vitest';
import type { Snapshot } from '../core/types.js';
import { cohortMachine, type CohortEvent, type CohortState, type CohortTypes } from './cohort.js';

type CohortEffect = CohortTypes['effect'];
type CohortReason = CohortTypes['reason'];

describe('cohort machine types', () => {
  it('accepts only the cohort events, with their fields', () => {
    type Send = Parameters<typeof cohortMachine.transition>[1];
    expectTypeOf<Send>().toEqualTypeOf<CohortEvent>();
    expectTypeOf<{
      type: 'enroll';
      communityId: string;
      at: string;
    }>().toMatchTypeOf<CohortEvent>();
    // @ts-expect-error: enroll needs a communityId
    const missing: CohortEvent = { type: 'enroll', at: '2026-08-01' };
    // @ts-expect-error: not an event of this machine
    const unknown: CohortEvent = { type: 'graduate', at: '2026-08-01' };
    void missing;
    void unknown;
  });

  it('narrows a transition result on ok', () => {
    const result = cohortMachine.transition({} as Snapshot<CohortTypes>, { type: 'advance' });
    if (result.ok) {
      expectTypeOf(result.snapshot.state).toEqualTypeOf<CohortState>();
      expectTypeOf(result.effects).toEqualTypeOf<readonly CohortEffect[]>();
    } else {
      expectTypeOf(result.reasons[0]!).toMatchTypeOf<{
        readonly code: string;
        readonly message: string;
      }>();
      expectTypeOf<CohortReason>().toMatchTypeOf<(typeof result.reasons)[number]>();
    }
  });

  it('types the data of each refusal by code', () => {
    const reason = {} as CohortReason;
    if (reason.code === 'capacity_exceeded') {
      expectTypeOf(reason.limit).toEqualTypeOf<number>();
      expectTypeOf(reason.count).toEqualTypeOf<number>();
    }
  });
});
