import { z } from 'zod';
import { IdSchema, IsoDateSchema, LabelSchema, ProseSchema } from '../identifiers.js';
import { FrameworkCodeSchema } from '../framework/code.js';
import { RangeIdSchema } from '../framework/scoring-guidelines.js';
import { OfiPrioritySchema } from '../assessment/findings.js';

/**
 * Where an action stands. `done` and `dropped` close it; `proposed` has not been agreed yet.
 *
 * @example
 * ```ts
 * ActionStatusSchema.parse('in-progress');
 * ```
 */
export const ActionStatusSchema = z
  .enum(['proposed', 'planned', 'in-progress', 'done', 'dropped'])
  .describe('Where the action stands; done and dropped close it.');

/** See {@link ActionStatusSchema}. */
export type ActionStatus = z.infer<typeof ActionStatusSchema>;

/**
 * A finding an action answers: the id of a strength or opportunity for improvement of an
 * assessment (consensus or review finding ids such as `consensus-1.1-o1`).
 *
 * @example
 * ```ts
 * FindingReferenceSchema.parse({ assessmentId: 'riverbend-2025', findingId: 'consensus-1.1-o1' });
 * ```
 */
export const FindingReferenceSchema = z
  .strictObject({
    assessmentId: IdSchema.optional().describe(
      "The assessment the finding belongs to; the plan's only assessment when absent.",
    ),
    findingId: IdSchema.describe('The id of the opportunity (or strength) the action answers.'),
  })
  .describe('A finding of an assessment that the action answers.');

/** See {@link FindingReferenceSchema}. */
export type FindingReference = z.infer<typeof FindingReferenceSchema>;

/**
 * A target an action works toward: an indicator and, optionally, the target period.
 *
 * @example
 * ```ts
 * ActionTargetReferenceSchema.parse({ indicatorId: 'ind-graduation', period: '2027-28' });
 * ```
 */
export const ActionTargetReferenceSchema = z
  .strictObject({
    indicatorId: IdSchema.describe('The indicator whose target the action serves.'),
    period: z
      .string()
      .min(1)
      .max(100)
      .optional()
      .describe('The target period as the indicator target writes it, e.g. "2027-28".'),
  })
  .describe('An outcome target the action serves.');

/** See {@link ActionTargetReferenceSchema}. */
export type ActionTargetReference = z.infer<typeof ActionTargetReferenceSchema>;

/**
 * What an action serves: findings of an assessment, framework items (or parts), outcome
 * indicators and their targets. An action that serves no finding and no indicator is an
 * orphan (a warning when the plan is checked).
 *
 * @example
 * ```ts
 * ActionServesSchema.parse({ findings: [{ findingId: 'consensus-1.1-o1' }], items: ['1.1'] });
 * ```
 */
export const ActionServesSchema = z
  .strictObject({
    findings: z.array(FindingReferenceSchema).optional(),
    items: z
      .array(FrameworkCodeSchema)
      .optional()
      .describe('Framework codes (items or their parts) the action improves.'),
    indicators: z.array(IdSchema).optional().describe('Ids of the outcome indicators it moves.'),
    targets: z.array(ActionTargetReferenceSchema).optional(),
  })
  .describe('The findings, framework items, indicators and targets an action serves.');

/** See {@link ActionServesSchema}. */
export type ActionServes = z.infer<typeof ActionServesSchema>;

/**
 * The effect an action is expected to have: in words, and optionally as the range an item
 * should reach at the next assessment.
 *
 * @example
 * ```ts
 * ExpectedEffectSchema.parse({ description: 'Partners can state the vision.', item: '1.1', range: '50-65' });
 * ```
 */
export const ExpectedEffectSchema = z
  .strictObject({
    description: ProseSchema.min(1).describe('The change the action should produce.'),
    item: FrameworkCodeSchema.optional().describe('The item whose score the action should raise.'),
    range: RangeIdSchema.optional().describe('The range the item should reach.'),
    byDate: IsoDateSchema.optional().describe('When the effect should be visible.'),
  })
  .describe('The expected effect of an action.');

/** See {@link ExpectedEffectSchema}. */
export type ExpectedEffect = z.infer<typeof ExpectedEffectSchema>;

/**
 * One Plan-Do-Study-Act cycle that tests a change (IHI Model for Improvement). The decision
 * after the study is adopt, adapt or abandon (the common IHI convention; inferred).
 *
 * @example
 * ```ts
 * PdsaCycleRecordSchema.parse({
 *   id: 'pdsa-1', change: 'Text reminders the evening before school', prediction: 'Absences fall',
 *   startedOn: '2025-10-01',
 * });
 * ```
 */
export const PdsaCycleRecordSchema = z
  .strictObject({
    id: IdSchema,
    aim: ProseSchema.optional().describe('What result the test is after.'),
    change: LabelSchema.describe('The change being tested (plan).'),
    prediction: ProseSchema.min(1).describe('What the team expects to happen.'),
    startedOn: IsoDateSchema,
    observations: ProseSchema.optional().describe('What happened when the change was tried (do).'),
    study: ProseSchema.optional().describe('What the team learned, compared with the prediction.'),
    decision: z
      .enum(['adopt', 'adapt', 'abandon'])
      .optional()
      .describe('The act decision; absent while the cycle runs.'),
    decidedOn: IsoDateSchema.optional(),
  })
  .describe('A Plan-Do-Study-Act cycle testing a change.');

/** See {@link PdsaCycleRecordSchema}. */
export type PdsaCycleRecord = z.infer<typeof PdsaCycleRecordSchema>;

/**
 * Where an action was decided: an assessment's feedback, a community-of-practice session, a
 * Breakthrough-Series collaborative or a theory-of-action action network. One action type
 * serves all of them.
 *
 * @example
 * ```ts
 * ActionOriginSchema.parse({ type: 'action-network', actionNetworkId: 'can-reading' });
 * ```
 */
export const ActionOriginSchema = z
  .discriminatedUnion('type', [
    z.strictObject({
      type: z.literal('assessment'),
      assessmentId: IdSchema.optional(),
    }),
    z.strictObject({
      type: z.literal('practice-session'),
      seasonId: IdSchema.optional(),
      session: z.number().int().min(1).describe('The session number in the season.'),
      teamId: IdSchema,
    }),
    z.strictObject({
      type: z.literal('collaborative'),
      collaborativeId: IdSchema.optional(),
      teamId: IdSchema,
    }),
    z.strictObject({
      type: z.literal('action-network'),
      actionNetworkId: IdSchema.describe(
        'The id of an action network in the partnership evidence.',
      ),
    }),
  ])
  .describe('Where the action was decided.');

/** See {@link ActionOriginSchema}. */
export type ActionOrigin = z.infer<typeof ActionOriginSchema>;

/**
 * One action of an action plan: what will be done, by whom, by when, what it serves and what
 * it should change.
 *
 * @example
 * ```ts
 * ActionSchema.parse({
 *   id: 'act-vision-check', title: 'Ask partner staff whether they can state the vision',
 *   owner: 'Riverbend Thrives', dueDate: '2026-03-31', status: 'planned',
 *   serves: { findings: [{ findingId: 'consensus-1.1-o1' }], items: ['1.1'] },
 * });
 * ```
 */
export const ActionSchema = z
  .strictObject({
    id: IdSchema,
    title: LabelSchema.describe('What will be done, in a line.'),
    description: ProseSchema.optional(),
    owner: LabelSchema.optional().describe(
      'Who is accountable: a person, team or organization (name or id).',
    ),
    dueDate: IsoDateSchema.optional().describe('When it should be done.'),
    status: ActionStatusSchema,
    startedOn: IsoDateSchema.optional(),
    completedOn: IsoDateSchema.optional().describe('When it was done or dropped.'),
    priority: OfiPrioritySchema.optional(),
    phase: LabelSchema.optional().describe('The roadmap phase the action belongs to.'),
    origin: ActionOriginSchema.optional(),
    serves: ActionServesSchema,
    expectedEffect: ExpectedEffectSchema.optional(),
    pdsaCycles: z.array(PdsaCycleRecordSchema).optional(),
    note: ProseSchema.optional(),
  })
  .describe('An action of an action plan.');

/** See {@link ActionSchema}. */
export type Action = z.infer<typeof ActionSchema>;

/**
 * A report-back on an action: what was done and learned by a date, and the status it leaves
 * the action in. A report-back with status `done` closes the action.
 *
 * @example
 * ```ts
 * ReportBackSchema.parse({ actionId: 'act-vision-check', date: '2026-04-02', text: 'Survey sent.', status: 'in-progress' });
 * ```
 */
export const ReportBackSchema = z
  .strictObject({
    id: IdSchema.optional(),
    actionId: IdSchema.describe('The action reported on.'),
    date: IsoDateSchema,
    text: ProseSchema.min(1).describe('What was done and learned.'),
    status: ActionStatusSchema.optional().describe(
      'The status the report-back leaves the action in.',
    ),
    by: LabelSchema.optional().describe('Who reported.'),
  })
  .describe('A report-back on an action.');

/** See {@link ReportBackSchema}. */
export type ReportBack = z.infer<typeof ReportBackSchema>;

/**
 * An action plan: the actions a community (or a team, or an action network) takes on its
 * findings and outcome targets, with their report-backs.
 *
 * @example
 * ```ts
 * ActionPlanSchema.parse({
 *   kind: 'action-plan', formatVersion: 1, id: 'riverbend-plan-2026', communityId: 'riverbend',
 *   createdOn: '2026-01-15', assessmentIds: ['riverbend-2025'], actions: [],
 * });
 * ```
 */
export const ActionPlanSchema = z
  .strictObject({
    kind: z.literal('action-plan'),
    formatVersion: z.literal(1),
    id: IdSchema.describe('The action plan id.'),
    name: LabelSchema.optional(),
    communityId: IdSchema.describe('The id of the community (a community document).'),
    assessmentIds: z
      .array(IdSchema)
      .optional()
      .describe('The assessments whose findings the plan answers.'),
    createdOn: IsoDateSchema,
    asOf: IsoDateSchema.optional().describe(
      'The date statuses speak for; overdue is judged against it (or a date given at check time).',
    ),
    actions: z.array(ActionSchema),
    reportBacks: z.array(ReportBackSchema).optional(),
    note: ProseSchema.optional(),
  })
  .describe('An action plan with its actions and report-backs.');

/** See {@link ActionPlanSchema}. */
export type ActionPlan = z.infer<typeof ActionPlanSchema>;
