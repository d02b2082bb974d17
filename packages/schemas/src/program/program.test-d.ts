import { describe, expectTypeOf, it } from 'vitest';
import type { ValidationResult } from '../validation-result.js';
import type { Cohort } from './cohort.js';
import type { ParticipationStage } from './participation-stage.js';
import type { ProgramParticipation } from './program-participation.js';
import { validateCohort } from './validate-cohort.js';
import { validateProgramParticipation } from './validate-program-participation.js';

describe('program types', () => {
  it('validators return typed results', () => {
    expectTypeOf(validateCohort).returns.toEqualTypeOf<ValidationResult<Cohort>>();
    expectTypeOf(validateProgramParticipation).returns.toEqualTypeOf<
      ValidationResult<ProgramParticipation>
    >();
  });

  it('documents have literal kinds and typed fields', () => {
    expectTypeOf<Cohort['kind']>().toEqualTypeOf<'cohort'>();
    expectTypeOf<Cohort['capacity']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<ProgramParticipation['kind']>().toEqualTypeOf<'program-participation'>();
    expectTypeOf<ProgramParticipation['stage']>().toEqualTypeOf<ParticipationStage>();
    expectTypeOf<
      NonNullable<ProgramParticipation['readinessChecklist']>[number]['status']
    >().toEqualTypeOf<'met' | 'not-met' | 'unknown'>();
  });

  it('the options only accept a list of ids', () => {
    validateProgramParticipation({}, { readinessCharacteristics: [{ id: 'R1' }] });
    // @ts-expect-error: ids must be strings
    validateProgramParticipation({}, { readinessCharacteristics: [{ id: 1 }] });
  });
});
