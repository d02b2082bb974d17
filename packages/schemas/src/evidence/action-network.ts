import { z } from 'zod';
import { IdSchema, IsoDateSchema, LabelSchema } from '../identifiers.js';
import { SectorSchema } from '../community/sector.js';
import { DocumentRefSchema, evidenceMeta } from './evidence-meta.js';
import { ActionSchema } from '../action-plan/action-plan.js';

/**
 * A member of an action network: a named person or organization, optionally a partner id.
 *
 * @example
 * ```ts
 * ActionNetworkMemberSchema.parse({ name: 'Riverbend Library', organizationId: 'library', sector: 'other' });
 * ```
 */
export const ActionNetworkMemberSchema = z.strictObject({
  name: LabelSchema,
  organizationId: IdSchema.optional(),
  sector: SectorSchema.optional(),
  champion: z.boolean().optional().describe('Whether the member is the network champion (M.3.2).'),
});

/**
 * A Collaborative Action Network (ToA M.3.1, M.3.2, S.3.1): focus outcome, charter date,
 * use of data and continuous improvement, members, and the actions it takes (the one action
 * type of action plans, origin `action-network`; their PDSA cycles show the network's
 * continuous improvement at work).
 *
 * @example
 * ```ts
 * ActionNetworkSchema.parse({ id: 'can-reading', name: 'Early reading network', focusOutcomeId: 'out-reading', charterDate: '2025-09-01', usesData: true, continuousImprovement: true });
 * ```
 */
export const ActionNetworkSchema = z.strictObject({
  id: IdSchema,
  name: LabelSchema,
  focusOutcomeId: IdSchema.optional().describe(
    'Id of the outcome (in `outcomes`) the network works on.',
  ),
  charterDate: IsoDateSchema.optional(),
  charter: DocumentRefSchema.optional(),
  usesData: z.boolean().optional().describe('Uses disaggregated local data to shape its plan.'),
  continuousImprovement: z.boolean().optional().describe('Runs a continuous-improvement process.'),
  improvementMethod: LabelSchema.optional().describe(
    'For example PDSA, Six Sigma, RBA turn-the-curve.',
  ),
  members: z.array(ActionNetworkMemberSchema).optional(),
  actions: z
    .array(ActionSchema)
    .optional()
    .describe(
      'The actions the network takes, with their PDSA cycles; origin `action-network` naming this network when given.',
    ),
  ...evidenceMeta,
});

/** An action network (see {@link ActionNetworkSchema}). */
export type ActionNetwork = z.infer<typeof ActionNetworkSchema>;
