import {
  levelApplicationVerdict,
  shape,
  type LevelStanding,
  type RecognitionLevel,
} from '@community-excellence/schemas/data';
import { createMachine } from '../core/create-machine.js';
import { calendarDate } from '../core/time.js';
import type { EventBase, Machine, MachineDefinition } from '../core/types.js';
import {
  refusalReason,
  type CohortsReasonCode,
  type CohortsReasonDataByCode,
  type ReasonOf,
} from '../issue-codes.js';

/**
 * The states of a recognition journey: no application open (`idle`), an application `applied`,
 * `under-review` by a reviewer team, `feedback` delivered, and the decision (`recognised`,
 * `not-recognised`) or `withdrawn`. From the last three the community may apply again (the next
 * level, or the same level after a decline or withdrawal).
 */
export type RecognitionJourneyState =
  'idle' | 'applied' | 'under-review' | 'feedback' | 'recognised' | 'not-recognised' | 'withdrawn';

/** One application of a journey: the level sought and the dates of each step (calendar dates). */
export interface RecognitionApplicationRecord {
  /** The id of the framework scope applied for, for example `coe-level-2`. */
  scopeId: string;
  appliedOn: string;
  /** The assessment that backs the review, once it has started. */
  assessmentId: string | null;
  reviewers: string[];
  reviewStartedOn: string | null;
  feedbackOn: string | null;
  /** When the community met the reviewers to talk the feedback over. */
  conversationOn: string | null;
  decidedOn: string | null;
  outcome: 'recognised' | 'not-recognised' | 'withdrawn' | null;
  note: string | null;
}

/** A recognition the community held before the journey began. */
export interface PriorRecognition {
  readonly scopeId: string;
  readonly recognisedOn: string;
}

/** The context of {@link recognitionJourneyMachine}. */
export interface RecognitionJourneyContext {
  communityId: string;
  /** The recognition levels (framework scopes: id, name, level, requires) the journey knows. */
  levels: { id: string; name?: string; level?: number; requires?: string }[];
  priorRecognitions: { scopeId: string; recognisedOn: string }[];
  /** Every application, oldest first; the last is the open one unless it has an outcome. */
  applications: RecognitionApplicationRecord[];
}

type E<T extends string, P = object> = EventBase<T> & Readonly<P>;

/** The events of {@link recognitionJourneyMachine}; each step's date is the event's `at`. */
export type RecognitionJourneyEvent =
  | E<'apply', { scopeId: string }>
  | E<'start-review', { assessmentId: string; reviewers: readonly string[] }>
  | E<'deliver-feedback'>
  | E<'hold-conversation'>
  | E<'recognise', { note?: string }>
  | E<'decline', { note?: string }>
  | E<'withdraw', { reason?: string }>;

type R<
  C extends CohortsReasonCode,
  D extends CohortsReasonDataByCode[C] = CohortsReasonDataByCode[C],
> = ReasonOf<C, Readonly<D>>;

/** The type bundle of {@link recognitionJourneyMachine}. */
export interface RecognitionJourneyTypes {
  state: RecognitionJourneyState;
  context: RecognitionJourneyContext;
  event: RecognitionJourneyEvent;
  /** Why the recognition journey refuses an event. */
  reason:
    | R<'unknown_level'>
    | R<'level_prerequisite_missing'>
    | R<'level_already_recognised'>
    | R<'level_in_progress'>
    | R<'reviewer_team_missing'>
    | R<'conversation_already_held'>;
  /** Effects of the recognition journey. */
  effect:
    | { readonly type: 'application-submitted'; readonly scopeId: string }
    | {
        readonly type: 'review-started';
        readonly scopeId: string;
        readonly assessmentId: string;
        readonly reviewers: readonly string[];
      }
    | {
        readonly type: 'feedback-delivered';
        readonly scopeId: string;
        readonly assessmentId: string;
      }
    | {
        readonly type: 'level-recognised';
        readonly scopeId: string;
        /** The levels that require this one: what the community may apply for next. */
        readonly nextLevels: readonly string[];
      }
    | { readonly type: 'level-not-recognised'; readonly scopeId: string }
    | { readonly type: 'application-withdrawn'; readonly scopeId: string };
  /**
   * What starts a journey: the community, the framework's recognition levels (its scopes, for
   * example `coeCommunity2024.scopes`) and any recognitions it held before.
   */
  input: {
    readonly communityId: string;
    readonly levels: readonly RecognitionLevel[];
    readonly priorRecognitions?: readonly PriorRecognition[];
  };
}
type T = RecognitionJourneyTypes;
type Reason = T['reason'];

/**
 * Where the community stands at each level on `date`: recognitions held before the journey (on or
 * before that date), recognitions decided in it, and the application still open.
 */
function standingsOn(context: RecognitionJourneyContext, date: string): LevelStanding[] {
  const standings: LevelStanding[] = context.priorRecognitions
    .filter((prior) => prior.recognisedOn <= date)
    .map((prior) => ({ scopeId: prior.scopeId, standing: 'recognised' }));
  for (const application of context.applications) {
    if (application.outcome === 'recognised')
      standings.push({ scopeId: application.scopeId, standing: 'recognised' });
    else if (application.outcome === null)
      standings.push({ scopeId: application.scopeId, standing: 'in-progress' });
  }
  return standings;
}

/** The refusal for a level the shared level rule does not allow, or `[]`. */
function applyRefusals(context: RecognitionJourneyContext, scopeId: string, at: string): Reason[] {
  const verdict = levelApplicationVerdict(
    scopeId,
    context.levels,
    standingsOn(context, calendarDate(at)),
  );
  if (verdict.ok) return [];
  switch (verdict.problem) {
    case 'unknown_level':
      return [refusalReason('unknown_level', { scopeId, known: verdict.known })];
    case 'already_recognised':
      return [refusalReason('level_already_recognised', { scopeId })];
    case 'already_in_progress':
      return [refusalReason('level_in_progress', { scopeId })];
    case 'prerequisite_missing':
      return [
        refusalReason('level_prerequisite_missing', {
          scopeId,
          requires: verdict.requires,
          requiresName: verdict.requiresName,
        }),
      ];
  }
}

/** The open application (the last one); the machine's states guarantee it exists where used. */
function current(context: {
  applications: RecognitionApplicationRecord[];
}): RecognitionApplicationRecord {
  const last = context.applications[context.applications.length - 1];
  if (last === undefined) throw new Error('no application is open');
  return last;
}

const decide =
  (outcome: 'recognised' | 'not-recognised') =>
  (draft: RecognitionJourneyContext, { event, at }: { event: { note?: string }; at: string }) => {
    const application = current(draft);
    application.outcome = outcome;
    application.decidedOn = calendarDate(at);
    application.note = event.note ?? null;
  };

/**
 * The definition of a community's Communities of Excellence recognition journey: it applies for
 * a level (a framework scope), reviewers work as a team on the assessment that backs the review,
 * the community receives a feedback report of strengths and opportunities and talks it over with
 * the reviewers, then it is recognised at the level sought or not [verified C2]. It may withdraw
 * before the decision and apply again afterwards. A level requires the one before it: applying
 * without it is refused with `level_prerequisite_missing` (the rule `levelApplicationVerdict` of
 * schemas, shared with the recognition document check). Levels are data, so three, six or seven
 * levels work alike.
 *
 * @example
 * ```ts
 * recognitionJourneyDefinition.initial; // 'idle'
 * ```
 */
export const recognitionJourneyDefinition: MachineDefinition<T> = {
  id: 'recognition-journey',
  description: "A community's recognition journey: apply, review, feedback, decision, next level.",
  initial: 'idle',
  states: {
    idle: { description: 'No application is open yet.' },
    applied: { description: 'An application for a level is in; the review has not started.' },
    'under-review': {
      description: 'A reviewer team reviews the assessment that backs the application.',
    },
    feedback: {
      description:
        'The feedback report is delivered; the conversation with the reviewers and the decision follow.',
    },
    recognised: {
      description: 'Recognised at the level sought; the next level may be applied for.',
    },
    'not-recognised': {
      description: 'Not recognised at the level sought; the community may apply again.',
    },
    withdrawn: { description: 'The application was withdrawn before a decision.' },
  },
  events: {
    apply: {
      description: 'Apply for a recognition level (the event time is the application date).',
      payload: { scopeId: 'string' },
      transitions: [
        {
          from: ['idle', 'recognised', 'not-recognised', 'withdrawn'],
          to: 'applied',
          guards: [
            {
              id: 'level-may-be-applied-for',
              description:
                'The level is known, not already recognised or in progress, and the level it requires is recognised.',
              needs: 'event',
              check: ({ context, event, at }) => applyRefusals(context, event.scopeId, at),
            },
          ],
          update: (draft, { event, at }) =>
            void draft.applications.push({
              scopeId: event.scopeId,
              appliedOn: calendarDate(at),
              assessmentId: null,
              reviewers: [],
              reviewStartedOn: null,
              feedbackOn: null,
              conversationOn: null,
              decidedOn: null,
              outcome: null,
              note: null,
            }),
          effects: ({ event }) => [{ type: 'application-submitted', scopeId: event.scopeId }],
        },
      ],
    },
    'start-review': {
      description:
        'Start the review: link the assessment that backs it and assign the reviewer team.',
      payload: { assessmentId: 'string', reviewers: shape.array('string') },
      transitions: [
        {
          from: ['applied'],
          to: 'under-review',
          guards: [
            {
              id: 'reviewer-team',
              description: 'At least one reviewer is assigned.',
              needs: 'event',
              check: ({ event }) =>
                event.reviewers.length > 0 ? [] : [refusalReason('reviewer_team_missing', {})],
            },
          ],
          update: (draft, { event, at }) => {
            const application = current(draft);
            application.assessmentId = event.assessmentId;
            application.reviewers = [...event.reviewers];
            application.reviewStartedOn = calendarDate(at);
          },
          effects: ({ event, next }) => [
            {
              type: 'review-started',
              scopeId: current(next).scopeId,
              assessmentId: event.assessmentId,
              reviewers: [...event.reviewers],
            },
          ],
        },
      ],
    },
    'deliver-feedback': {
      description: 'Deliver the feedback report (strengths and opportunities for improvement).',
      transitions: [
        {
          from: ['under-review'],
          to: 'feedback',
          update: (draft, { at }) => void (current(draft).feedbackOn = calendarDate(at)),
          effects: ({ next }) => [
            {
              type: 'feedback-delivered',
              scopeId: current(next).scopeId,
              assessmentId: current(next).assessmentId ?? '',
            },
          ],
        },
      ],
    },
    'hold-conversation': {
      description: 'Record the conversation with the reviewers about the feedback.',
      transitions: [
        {
          from: ['feedback'],
          guards: [
            {
              id: 'one-conversation',
              description: 'The conversation is recorded once.',
              check: ({ context }) => {
                const on = current(context).conversationOn;
                return on === null ? [] : [refusalReason('conversation_already_held', { on })];
              },
            },
          ],
          update: (draft, { at }) => void (current(draft).conversationOn = calendarDate(at)),
        },
      ],
    },
    recognise: {
      description: 'Decide: recognised at the level sought.',
      payload: { note: 'string' },
      optional: ['note'],
      transitions: [
        {
          from: ['feedback'],
          to: 'recognised',
          update: decide('recognised'),
          effects: ({ next }) => {
            const scopeId = current(next).scopeId;
            return [
              {
                type: 'level-recognised',
                scopeId,
                nextLevels: next.levels.filter((l) => l.requires === scopeId).map((l) => l.id),
              },
            ];
          },
        },
      ],
    },
    decline: {
      description: 'Decide: not recognised at the level sought.',
      payload: { note: 'string' },
      optional: ['note'],
      transitions: [
        {
          from: ['feedback'],
          to: 'not-recognised',
          update: decide('not-recognised'),
          effects: ({ next }) => [{ type: 'level-not-recognised', scopeId: current(next).scopeId }],
        },
      ],
    },
    withdraw: {
      description: 'Withdraw the open application before a decision.',
      payload: { reason: 'string' },
      optional: ['reason'],
      transitions: [
        {
          from: ['applied', 'under-review', 'feedback'],
          to: 'withdrawn',
          update: (draft, { event, at }) => {
            const application = current(draft);
            application.outcome = 'withdrawn';
            application.decidedOn = calendarDate(at);
            application.note = event.reason ?? null;
          },
          effects: ({ next }) => [
            { type: 'application-withdrawn', scopeId: current(next).scopeId },
          ],
        },
      ],
    },
  },
  createContext: (input) => ({
    communityId: input.communityId,
    levels: input.levels.map((l) => ({
      id: l.id,
      ...(l.name === undefined ? {} : { name: l.name }),
      ...(l.level === undefined ? {} : { level: l.level }),
      ...(l.requires === undefined ? {} : { requires: l.requires }),
    })),
    priorRecognitions: (input.priorRecognitions ?? []).map((p) => ({
      scopeId: p.scopeId,
      recognisedOn: p.recognisedOn,
    })),
    applications: [],
  }),
  context: shape.object({
    communityId: 'string',
    levels: shape.array(
      shape.object({ id: 'string', name: 'string', level: 'integer', requires: 'string' }, [
        'name',
        'level',
        'requires',
      ]),
    ),
    priorRecognitions: shape.array(shape.object({ scopeId: 'string', recognisedOn: 'timestamp' })),
    applications: shape.array(
      shape.object({
        scopeId: 'string',
        appliedOn: 'timestamp',
        assessmentId: shape.nullable('string'),
        reviewers: shape.array('string'),
        reviewStartedOn: shape.nullable('timestamp'),
        feedbackOn: shape.nullable('timestamp'),
        conversationOn: shape.nullable('timestamp'),
        decidedOn: shape.nullable('timestamp'),
        outcome: shape.nullable(shape.enum(['recognised', 'not-recognised', 'withdrawn'])),
        note: shape.nullable('string'),
      }),
    ),
  }),
};

/**
 * The recognition-journey machine (its definition, with every guard and effect, is `.definition`).
 *
 * @example
 * ```ts
 * import { coeCommunity2024 } from '@community-excellence/schemas/data';
 *
 * const s = recognitionJourneyMachine.initialSnapshot({ communityId: 'riverbend', levels: coeCommunity2024.scopes ?? [] });
 * if (s.ok) recognitionJourneyMachine.transition(s.value, { type: 'apply', scopeId: 'coe-level-2', at: '2026-02-01' });
 * // { ok: false, reasons: [{ code: 'level_prerequisite_missing', requires: 'coe-level-1', ... }] }
 * ```
 */
export const recognitionJourneyMachine: Machine<T> = createMachine(recognitionJourneyDefinition);
