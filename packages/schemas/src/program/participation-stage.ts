import { z } from 'zod';

/**
 * The stages of a community's journey through a learning program (NLC lifecycle
 * [inferred] from learning-programs.md 1.8): inquiry, application, readiness (assessed),
 * preparatory, years 1-3, alumni, plus the side exits paused and withdrawn.
 *
 * @example
 * ```ts
 * PARTICIPATION_STAGES.indexOf('year-1'); // 4
 * ```
 */
export const PARTICIPATION_STAGES = [
  'inquiry',
  'application',
  'readiness',
  'preparatory',
  'year-1',
  'year-2',
  'year-3',
  'alumni',
  'paused',
  'withdrawn',
] as const;

/**
 * One of {@link PARTICIPATION_STAGES}.
 *
 * @example
 * ```ts
 * ParticipationStageSchema.parse('preparatory');
 * ```
 */
export const ParticipationStageSchema = z
  .enum(PARTICIPATION_STAGES)
  .describe('Stage of a community in a learning program.');

/** A participation stage (see {@link ParticipationStageSchema}). */
export type ParticipationStage = z.infer<typeof ParticipationStageSchema>;
