import { NLC_READINESS, shape } from '@community-excellence/schemas/data';
import { createMachine } from '../core/create-machine.js';
import {
  refusalReason,
  type CohortsReasonCode,
  type CohortsReasonDataByCode,
  type ReasonOf,
} from '../issue-codes.js';
import { addMonths, calendarDate, daysBetween, addDays } from '../core/time.js';
import type {
  EventBase,
  GuardDefinition,
  Machine,
  MachineDefinition,
  TransitionArgs,
} from '../core/types.js';

/** The states of a community's journey through the National Learning Collaborative (labels of `program-participation` stages). */
export type CommunityJourneyState =
  | 'inquiry'
  | 'application'
  | 'readiness'
  | 'preparatory'
  | 'year-1'
  | 'year-2'
  | 'year-3'
  | 'alumni'
  | 'paused'
  | 'withdrawn';

/** One readiness characteristic as recorded for a community: status plus evidence. */
export interface ReadinessRecord {
  characteristicId: string;
  status: 'met' | 'not-met' | 'unknown';
  evidence: { note: string; date: string }[];
  assessedOn: string;
}

/** The context of {@link communityJourneyMachine}: everything its guards look at. */
export interface CommunityJourneyContext {
  communityId: string;
  program: string;
  cohortId: string | null;
  kickoffOn: string | null;
  /** Readiness characteristics that must be met (with evidence) unless the self-assessment reaches the threshold. */
  characteristicIds: string[];
  readyThreshold: number;
  readiness: ReadinessRecord[];
  selfAssessmentTotal: number | null;
  /** 0 before year 1, then 1-3. */
  programYear: number;
  yearStartedOn: string | null;
  yearMonths: number;
  profileSubmittedOn: string | null;
  /** Year-one categories to complete after the Community Profile (the six process categories by default). */
  requiredCategories: number[];
  categoriesCompleted: number[];
  /** Commitments renewed for the following program year, one year at a time. */
  renewals: { year: number; renewedOn: string }[];
  pausedOn: string | null;
  withdrawal: { on: string; reason: string } | null;
}

type E<T extends string, P = object> = EventBase<T> & Readonly<P>;

/** The events of {@link communityJourneyMachine}. */
export type CommunityJourneyEvent =
  | E<'apply'>
  | E<
      'record-readiness',
      {
        characteristicId: string;
        status: 'met' | 'not-met' | 'unknown';
        evidence?: readonly { note: string; date: string }[];
      }
    >
  | E<'record-self-assessment', { scores: readonly number[] }>
  | E<'assess-readiness'>
  | E<'join-cohort', { cohortId: string; kickoffOn: string }>
  | E<'start-year-1'>
  | E<'submit-profile', { documentId?: string }>
  | E<'complete-category', { category: number }>
  | E<'renew-commitment', { year: number }>
  | E<'complete-year'>
  | E<'pause', { reason?: string }>
  | E<'resume'>
  | E<'withdraw', { reason: string }>;

type R<
  C extends CohortsReasonCode,
  D extends CohortsReasonDataByCode[C] = CohortsReasonDataByCode[C],
> = ReasonOf<C, Readonly<D>>;

/** The type bundle of {@link communityJourneyMachine}. */
export interface CommunityJourneyTypes {
  state: CommunityJourneyState;
  context: CommunityJourneyContext;
  event: CommunityJourneyEvent;
  /** Why the journey machine refuses an event (besides the core reasons). */
  reason:
    | R<'unknown_characteristic', { characteristicId: string; known: readonly string[] }>
    | R<'evidence_required', { characteristicId: string }>
    | R<'score_out_of_scale', { index: number; score: number; min: number; max: number }>
    | R<
        'readiness_incomplete',
        { missing: readonly string[]; selfAssessmentTotal: number | null; threshold: number }
      >
    | R<'kickoff_passed', { kickoffOn: string; at: string }>
    | R<'before_kickoff', { kickoffOn: string; at: string }>
    | R<'profile_already_submitted', { submittedOn: string }>
    | R<'profile_not_submitted', { year: number }>
    | R<'unknown_category', { category: number; required: readonly number[] }>
    | R<'category_already_completed', { category: number }>
    | R<'categories_incomplete', { missing: readonly number[] }>
    | R<'wrong_commitment_year', { year: number; expected: number }>
    | R<'already_renewed', { year: number; renewedOn: string }>
    | R<'commitment_not_renewed', { year: number }>
    | R<'year_not_finished', { year: number; endsOn: string; at: string }>;
  /** Effects of the journey machine, for the caller to carry out (notify, update documents). */
  effect:
    | {
        readonly type: 'year-started';
        readonly year: number;
        readonly startsOn: string;
        readonly endsOn: string;
      }
    | { readonly type: 'renewal-due'; readonly year: number }
    | { readonly type: 'became-alumni'; readonly communityId: string; readonly on: string }
    | { readonly type: 'withdrawn'; readonly communityId: string; readonly reason: string };
  /** What starts a journey. Omitted fields take the NLC defaults. */
  input: {
    readonly communityId: string;
    readonly program?: string;
    /** Readiness catalogue (default `NLC_READINESS` from `@community-excellence/schemas/data`). */
    readonly readiness?: {
      readonly characteristics: readonly { readonly id: string }[];
      readonly selfAssessment: { readonly readyThreshold: number };
    };
    /** Length of a program year in months (default 12). */
    readonly yearMonths?: number;
    /** Categories year 1 works through after the Profile (default 1-6, the process categories). */
    readonly requiredCategories?: readonly number[];
  };
}

type T = CommunityJourneyTypes;
type CommunityJourneyEffect = T['effect'];
type CommunityJourneyReason = T['reason'];
type CommunityJourneyInput = T['input'];
type Guard<Ev extends CommunityJourneyEvent = CommunityJourneyEvent> = GuardDefinition<T, Ev>;
type Args = TransitionArgs<T>;

const PAUSABLE = [
  'application',
  'readiness',
  'preparatory',
  'year-1',
  'year-2',
  'year-3',
] as const satisfies readonly CommunityJourneyState[];
const OPEN = ['inquiry', ...PAUSABLE, 'paused'] as const satisfies readonly CommunityJourneyState[];

/** The day a program year ends, counting paused days out. */
const yearEndsOn = (c: CommunityJourneyContext): string =>
  addMonths(c.yearStartedOn ?? '0000-01-01', c.yearMonths);

const missingReadiness = (c: CommunityJourneyContext): string[] =>
  c.characteristicIds.filter((id) => {
    const record = c.readiness.find((r) => r.characteristicId === id);
    return record === undefined || record.status !== 'met' || record.evidence.length === 0;
  });

const profileSubmitted: Guard = {
  id: 'profile-submitted',
  description: 'Year 1 cannot close before the Community Profile is submitted.',
  check: ({ context }) =>
    context.profileSubmittedOn === null
      ? [refusalReason('profile_not_submitted', { year: 1 })]
      : [],
};

const categoriesDone: Guard = {
  id: 'categories-complete',
  description: 'Every required year-one category is completed.',
  check: ({ context }) => {
    const missing = context.requiredCategories.filter(
      (c) => !context.categoriesCompleted.includes(c),
    );
    return missing.length === 0 ? [] : [refusalReason('categories_incomplete', { missing })];
  },
};

const renewedFor = (year: number): Guard => ({
  id: `renewed-for-year-${year}`,
  description: `The commitment is renewed for year ${year} (communities commit one year at a time).`,
  check: ({ context }) =>
    context.renewals.some((r) => r.year === year)
      ? []
      : [refusalReason('commitment_not_renewed', { year })],
});

const yearFinished: Guard = {
  id: 'year-finished',
  description: 'The program year has run its months (paused days do not count).',
  check: ({ context, at }: Args) => {
    const endsOn = yearEndsOn(context);
    return calendarDate(at) >= endsOn
      ? []
      : [refusalReason('year_not_finished', { year: context.programYear, endsOn, at })];
  },
};

function startYear(draft: CommunityJourneyContext, at: string): void {
  draft.programYear += 1;
  draft.yearStartedOn = calendarDate(at);
}

const resumeTransitions = PAUSABLE.map((state) => ({
  from: ['paused'] as CommunityJourneyState[],
  to: state,
  enteredFrom: [state] as CommunityJourneyState[],
  description: `Back to ${state}; paused days extend the current program year.`,
  update: (draft: CommunityJourneyContext, { at }: { at: string }) => {
    if (draft.pausedOn !== null && draft.yearStartedOn !== null)
      draft.yearStartedOn = addDays(draft.yearStartedOn, daysBetween(draft.pausedOn, at));
    draft.pausedOn = null;
  },
}));

/**
 * The definition of a community's journey in the COE National Learning Collaborative:
 * inquiry, application, readiness assessed (checklist with evidence, or the self-assessment at the
 * threshold), preparatory phase waiting for the cohort kickoff, year 1 (Community Profile, then the
 * categories), years 2 and 3 (each after renewing the commitment), alumni; pause and resume,
 * withdrawal. Stages and guards follow learning-programs.md 1.5 and 1.8 (the machine itself is [inferred]).
 *
 * @example
 * ```ts
 * Object.keys(communityJourneyDefinition.states).length; // 10
 * ```
 */
export const communityJourneyDefinition: MachineDefinition<T> = {
  id: 'nlc-community',
  description: "A community's journey through the COE National Learning Collaborative.",
  initial: 'inquiry',
  states: {
    inquiry: { description: 'The community has asked about the program.' },
    application: {
      description:
        'The community applies; readiness characteristics and the self-assessment are recorded.',
    },
    readiness: {
      description:
        'Readiness assessed: the checklist is met with evidence, or the self-assessment reaches the threshold.',
    },
    preparatory: {
      description: 'Placed in a cohort: dates, roles and pre-assignments; waits for the kickoff.',
    },
    'year-1': {
      description:
        'The 12-month online learning program: the Community Profile first, then the categories.',
    },
    'year-2': { description: 'Second year, after renewing the commitment.' },
    'year-3': { description: 'Third year, after renewing the commitment.' },
    alumni: { description: 'Finished the three-year experience.', terminal: true },
    paused: { description: 'Participation paused; resumes where it stopped.' },
    withdrawn: { description: 'Left the program.', terminal: true },
  },
  events: {
    apply: {
      description: 'Submit the application.',
      transitions: [{ from: ['inquiry'], to: 'application' }],
    },
    'record-readiness': {
      description: 'Record one readiness characteristic with its status and evidence.',
      payload: {
        characteristicId: 'string',
        status: shape.enum(['met', 'not-met', 'unknown']),
        evidence: shape.array(shape.object({ note: 'string', date: 'timestamp' })),
      },
      optional: ['evidence'],
      transitions: [
        {
          from: ['application'],
          guards: [
            {
              id: 'known-characteristic',
              description: 'The characteristic is in the readiness catalogue.',
              needs: 'event',
              check: ({ context, event }) =>
                context.characteristicIds.includes(event.characteristicId)
                  ? []
                  : [
                      refusalReason('unknown_characteristic', {
                        characteristicId: event.characteristicId,
                        known: context.characteristicIds,
                      }),
                    ],
            },
            {
              id: 'evidence-for-met',
              description: 'A characteristic marked met carries evidence.',
              needs: 'event',
              check: ({ event }) =>
                event.status === 'met' && (event.evidence ?? []).length === 0
                  ? [
                      refusalReason('evidence_required', {
                        characteristicId: event.characteristicId,
                      }),
                    ]
                  : [],
            },
          ],
          update: (draft, { event, at }) => {
            const record: ReadinessRecord = {
              characteristicId: event.characteristicId,
              status: event.status,
              evidence: (event.evidence ?? []).map((e) => ({ note: e.note, date: e.date })),
              assessedOn: calendarDate(at),
            };
            const i = draft.readiness.findIndex(
              (r) => r.characteristicId === event.characteristicId,
            );
            if (i === -1) draft.readiness.push(record);
            else draft.readiness[i] = record;
          },
        },
      ],
    },
    'record-self-assessment': {
      description: 'Record the Getting Started readiness self-assessment (statements rated 1-4).',
      payload: { scores: shape.array('integer') },
      transitions: [
        {
          from: ['application'],
          guards: [
            {
              id: 'scores-on-scale',
              description: 'Every score is on the 1-4 scale.',
              needs: 'event',
              check: ({ event }) =>
                event.scores.flatMap((score, index) =>
                  score >= 1 && score <= 4
                    ? []
                    : [refusalReason('score_out_of_scale', { index, score, min: 1, max: 4 })],
                ),
            },
          ],
          update: (draft, { event }) => {
            draft.selfAssessmentTotal = event.scores.reduce((a, b) => a + b, 0);
          },
        },
      ],
    },
    'assess-readiness': {
      description: 'Conclude the readiness assessment.',
      transitions: [
        {
          from: ['application'],
          to: 'readiness',
          guards: [
            {
              id: 'ready',
              description:
                'Every readiness characteristic is met with evidence, or the self-assessment total reaches the threshold (30).',
              check: ({ context }) => {
                const missing = missingReadiness(context);
                if (
                  missing.length === 0 ||
                  (context.selfAssessmentTotal ?? -1) >= context.readyThreshold
                )
                  return [];
                return [
                  refusalReason('readiness_incomplete', {
                    missing,
                    selfAssessmentTotal: context.selfAssessmentTotal,
                    threshold: context.readyThreshold,
                  }),
                ];
              },
            },
          ],
        },
      ],
    },
    'join-cohort': {
      description: 'Place the community in a cohort; the preparatory phase runs until its kickoff.',
      payload: { cohortId: 'string', kickoffOn: 'timestamp' },
      transitions: [
        {
          from: ['readiness'],
          to: 'preparatory',
          guards: [
            {
              id: 'kickoff-ahead',
              description: "The cohort's kickoff has not passed.",
              needs: 'event',
              check: ({ event, at }) =>
                calendarDate(event.kickoffOn) < calendarDate(at)
                  ? [refusalReason('kickoff_passed', { kickoffOn: event.kickoffOn, at })]
                  : [],
            },
          ],
          update: (draft, { event }) => {
            draft.cohortId = event.cohortId;
            draft.kickoffOn = calendarDate(event.kickoffOn);
          },
        },
      ],
    },
    'start-year-1': {
      description: 'Year 1 starts at the cohort kickoff.',
      transitions: [
        {
          from: ['preparatory'],
          to: 'year-1',
          guards: [
            {
              id: 'kickoff-reached',
              description: 'The preparatory phase waits for the cohort kickoff.',
              check: ({ context, at }) =>
                context.kickoffOn !== null && calendarDate(at) < context.kickoffOn
                  ? [refusalReason('before_kickoff', { kickoffOn: context.kickoffOn, at })]
                  : [],
            },
          ],
          update: (draft, { at }) => startYear(draft, at),
          effects: ({ next }) => [
            {
              type: 'year-started',
              year: 1,
              startsOn: next.yearStartedOn ?? '',
              endsOn: yearEndsOn(next),
            },
            { type: 'renewal-due', year: 2 },
          ],
        },
      ],
    },
    'submit-profile': {
      description: 'Submit the first Baldrige-based Community Profile.',
      payload: { documentId: 'string' },
      optional: ['documentId'],
      transitions: [
        {
          from: ['year-1'],
          guards: [
            {
              id: 'profile-once',
              description: 'The profile is submitted once.',
              check: ({ context }) =>
                context.profileSubmittedOn === null
                  ? []
                  : [
                      refusalReason('profile_already_submitted', {
                        submittedOn: context.profileSubmittedOn,
                      }),
                    ],
            },
          ],
          update: (draft, { at }) => {
            draft.profileSubmittedOn = calendarDate(at);
          },
        },
      ],
    },
    'complete-category': {
      description: 'Complete a year-one category (after the Community Profile).',
      payload: { category: 'integer' },
      transitions: [
        {
          from: ['year-1'],
          guards: [
            {
              id: 'profile-first',
              description: 'Categories come after the Community Profile.',
              check: ({ context }) =>
                context.profileSubmittedOn === null
                  ? [refusalReason('profile_not_submitted', { year: 1, blocks: 'categories' })]
                  : [],
            },
            {
              id: 'category-known',
              description: 'The category is one of the required categories and not completed yet.',
              needs: 'event',
              check: ({ context, event }) => {
                if (!context.requiredCategories.includes(event.category))
                  return [
                    refusalReason('unknown_category', {
                      category: event.category,
                      required: context.requiredCategories,
                    }),
                  ];
                if (context.categoriesCompleted.includes(event.category))
                  return [
                    refusalReason('category_already_completed', { category: event.category }),
                  ];
                return [];
              },
            },
          ],
          update: (draft, { event }) => {
            draft.categoriesCompleted.push(event.category);
          },
        },
      ],
    },
    'renew-commitment': {
      description: 'Renew the commitment for the next program year (one year at a time).',
      payload: { year: 'integer' },
      transitions: [
        {
          from: ['year-1', 'year-2'],
          guards: [
            {
              id: 'next-year-only',
              description: 'Only the next program year can be renewed, once.',
              needs: 'event',
              check: ({ context, event }) => {
                const expected = context.programYear + 1;
                if (event.year !== expected)
                  return [refusalReason('wrong_commitment_year', { year: event.year, expected })];
                const done = context.renewals.find((r) => r.year === event.year);
                return done === undefined
                  ? []
                  : [
                      refusalReason('already_renewed', {
                        year: event.year,
                        renewedOn: done.renewedOn,
                      }),
                    ];
              },
            },
          ],
          update: (draft, { event, at }) => {
            draft.renewals.push({ year: event.year, renewedOn: calendarDate(at) });
          },
        },
      ],
    },
    'complete-year': {
      description:
        'Close the current program year and start the next (or become alumni after year 3).',
      transitions: [
        {
          from: ['year-1'],
          to: 'year-2',
          guards: [profileSubmitted, categoriesDone, renewedFor(2), yearFinished],
          update: (draft, { at }) => startYear(draft, at),
          effects: ({ next }) => [
            {
              type: 'year-started',
              year: 2,
              startsOn: next.yearStartedOn ?? '',
              endsOn: yearEndsOn(next),
            },
            { type: 'renewal-due', year: 3 },
          ],
        },
        {
          from: ['year-2'],
          to: 'year-3',
          guards: [renewedFor(3), yearFinished],
          update: (draft, { at }) => startYear(draft, at),
          effects: ({ next }) => [
            {
              type: 'year-started',
              year: 3,
              startsOn: next.yearStartedOn ?? '',
              endsOn: yearEndsOn(next),
            },
          ],
        },
        {
          from: ['year-3'],
          to: 'alumni',
          guards: [yearFinished],
          effects: ({ next, at }) => [
            { type: 'became-alumni', communityId: next.communityId, on: calendarDate(at) },
          ],
        },
      ],
    },
    pause: {
      description: 'Pause participation.',
      payload: { reason: 'string' },
      optional: ['reason'],
      transitions: [
        {
          from: [...PAUSABLE],
          to: 'paused',
          update: (draft, { at }) => {
            draft.pausedOn = calendarDate(at);
          },
        },
      ],
    },
    resume: { description: 'Resume in the stage that was paused.', transitions: resumeTransitions },
    withdraw: {
      description: 'Withdraw from the program.',
      payload: { reason: 'string' },
      transitions: [
        {
          from: [...OPEN],
          to: 'withdrawn',
          update: (draft, { event, at }) => {
            draft.withdrawal = { on: calendarDate(at), reason: event.reason };
          },
          effects: ({ next, event }) => [
            { type: 'withdrawn', communityId: next.communityId, reason: event.reason },
          ],
        },
      ],
    },
  },
  createContext: (input) => {
    const catalogue = input.readiness ?? NLC_READINESS;
    return {
      communityId: input.communityId,
      program: input.program ?? 'coe-nlc',
      cohortId: null,
      kickoffOn: null,
      characteristicIds: catalogue.characteristics.map((c) => c.id),
      readyThreshold: catalogue.selfAssessment.readyThreshold,
      readiness: [],
      selfAssessmentTotal: null,
      programYear: 0,
      yearStartedOn: null,
      yearMonths: input.yearMonths ?? 12,
      profileSubmittedOn: null,
      requiredCategories: [...(input.requiredCategories ?? [1, 2, 3, 4, 5, 6])],
      categoriesCompleted: [],
      renewals: [],
      pausedOn: null,
      withdrawal: null,
    };
  },
  context: shape.object({
    communityId: 'string',
    program: 'string',
    cohortId: shape.nullable('string'),
    kickoffOn: shape.nullable('timestamp'),
    characteristicIds: shape.array('string'),
    readyThreshold: 'number',
    readiness: shape.array(
      shape.object({
        characteristicId: 'string',
        status: shape.enum(['met', 'not-met', 'unknown']),
        evidence: shape.array(shape.object({ note: 'string', date: 'timestamp' })),
        assessedOn: 'timestamp',
      }),
    ),
    selfAssessmentTotal: shape.nullable('number'),
    programYear: 'integer',
    yearStartedOn: shape.nullable('timestamp'),
    yearMonths: 'integer',
    profileSubmittedOn: shape.nullable('timestamp'),
    requiredCategories: shape.array('integer'),
    categoriesCompleted: shape.array('integer'),
    renewals: shape.array(shape.object({ year: 'integer', renewedOn: 'timestamp' })),
    pausedOn: shape.nullable('timestamp'),
    withdrawal: shape.nullable(shape.object({ on: 'timestamp', reason: 'string' })),
  }),
};

/**
 * The NLC community-journey machine (its definition, with every guard and effect, is `.definition`).
 *
 * @example
 * ```ts
 * const start = communityJourneyMachine.initialSnapshot({ communityId: 'riverbend-county' });
 * if (start.ok) {
 *   const r = communityJourneyMachine.transition(start.value, { type: 'apply', at: '2026-03-01', actor: 'staff' });
 *   // r.ok === true, r.snapshot.state === 'application'
 * }
 * ```
 */
export const communityJourneyMachine: Machine<T> = createMachine(communityJourneyDefinition);
