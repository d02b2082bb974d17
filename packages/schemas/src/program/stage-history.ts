import { z } from 'zod';
import { IsoDateSchema, LabelSchema, ProseSchema } from '../identifiers.js';
import { ParticipationStageSchema } from './participation-stage.js';

/**
 * One stage change in a community's program journey. The first entry may omit `from`.
 *
 * @example
 * ```ts
 * StageHistoryEntrySchema.parse({ date: '2026-10-07', from: 'preparatory', to: 'year-1', actor: 'program staff', note: 'Kickoff' });
 * ```
 */
export const StageHistoryEntrySchema = z.strictObject({
  date: IsoDateSchema,
  from: ParticipationStageSchema.optional(),
  to: ParticipationStageSchema,
  actor: LabelSchema.optional().describe('Who made the change.'),
  note: ProseSchema.optional(),
});

/** A stage history entry (see {@link StageHistoryEntrySchema}). */
export type StageHistoryEntry = z.infer<typeof StageHistoryEntrySchema>;
