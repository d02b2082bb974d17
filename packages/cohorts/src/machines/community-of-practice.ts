import { createMachine } from '../core/create-machine.js';
import {
  refusalReason,
  type CohortsReasonCode,
  type CohortsReasonDataByCode,
  type ReasonOf,
} from '../issue-codes.js';
import { shape } from '@community-excellence/schemas/data';
import { calendarDate } from '../core/time.js';
import type { EventBase, GuardDefinition, Machine, MachineDefinition } from '../core/types.js';

/** The stages of a community of practice (Wenger, McDermott and Snyder 2002) plus its endings. */
export type CommunityOfPracticeState =
  | 'potential'
  | 'coalescing'
  | 'maturing'
  | 'stewardship'
  | 'transformation'
  | 'ended'
  | 'merged'
  | 'split'
  | 'institutionalized';

/** The context of {@link communityOfPracticeMachine}. */
export interface CommunityOfPracticeContext {
  practiceId: string;
  /** Fewest members needed to coalesce (default 3). */
  minimumMembers: number;
  members: string[];
  coordinatorId: string | null;
  learningAgenda: string | null;
  renewals: number;
  ending: {
    kind: 'ended' | 'merged' | 'split' | 'institutionalized';
    on: string;
    into: string[];
  } | null;
}

type E<T extends string, P = object> = EventBase<T> & Readonly<P>;

/** The events of {@link communityOfPracticeMachine}. */
export type CommunityOfPracticeEvent =
  | E<'add-member', { memberId: string }>
  | E<'remove-member', { memberId: string }>
  | E<'name-coordinator', { memberId: string }>
  | E<'set-learning-agenda', { agenda: string }>
  | E<'coalesce'>
  | E<'mature'>
  | E<'steward'>
  | E<'renew'>
  | E<'transform'>
  | E<'close'>
  | E<'merge', { into: string }>
  | E<'split', { into: readonly string[] }>
  | E<'institutionalize', { into: string }>;

type R<
  C extends CohortsReasonCode,
  D extends CohortsReasonDataByCode[C] = CohortsReasonDataByCode[C],
> = ReasonOf<C, Readonly<D>>;

/** The type bundle of {@link communityOfPracticeMachine}. */
export interface CommunityOfPracticeTypes {
  state: CommunityOfPracticeState;
  context: CommunityOfPracticeContext;
  event: CommunityOfPracticeEvent;
  /** Why the community-of-practice machine refuses an event. */
  reason:
    | R<'already_member', { memberId: string }>
    | R<'not_member', { memberId: string }>
    | R<'members_too_few', { count: number; minimum: number }>
    | R<'coordinator_missing'>
    | R<'learning_agenda_missing'>
    | R<'split_needs_two', { count: number }>;
  /** Effects of the community-of-practice machine. */
  effect: {
    readonly type: 'practice-ended';
    readonly kind: 'ended' | 'merged' | 'split' | 'institutionalized';
    readonly into: readonly string[];
  };
  /** What starts a community of practice (for example the alumni of a cohort). */
  input: {
    readonly practiceId: string;
    readonly members?: readonly string[];
    readonly minimumMembers?: number;
  };
}
type T = CommunityOfPracticeTypes;
type CommunityOfPracticeEffect = T['effect'];
type CommunityOfPracticeReason = T['reason'];
type CommunityOfPracticeInput = T['input'];
type Guard = GuardDefinition<T>;

const LIVING = [
  'potential',
  'coalescing',
  'maturing',
  'stewardship',
  'transformation',
] as const satisfies readonly CommunityOfPracticeState[];

const enoughMembers: Guard = {
  id: 'enough-members',
  description: 'At least the minimum number of members (3 by default) have found each other.',
  check: ({ context }) =>
    context.members.length >= context.minimumMembers
      ? []
      : [
          refusalReason('members_too_few', {
            count: context.members.length,
            minimum: context.minimumMembers,
          }),
        ],
};
const hasCoordinator: Guard = {
  id: 'coordinator',
  description: 'A coordinator is named.',
  check: ({ context }) =>
    context.coordinatorId === null ? [refusalReason('coordinator_missing', {})] : [],
};
const hasAgenda: Guard = {
  id: 'learning-agenda',
  description: 'A learning agenda is present.',
  check: ({ context }) =>
    context.learningAgenda === null ? [refusalReason('learning_agenda_missing', {})] : [],
};

const ending = (
  kind: 'ended' | 'merged' | 'split' | 'institutionalized',
  into: (event: CommunityOfPracticeEvent) => string[],
) => ({
  from: ['transformation'] as CommunityOfPracticeState[],
  to: kind,
  update: (
    draft: CommunityOfPracticeContext,
    { event, at }: { event: CommunityOfPracticeEvent; at: string },
  ) => {
    draft.ending = { kind, on: calendarDate(at), into: into(event) };
  },
  effects: ({ next }: { next: CommunityOfPracticeContext }): CommunityOfPracticeEffect[] => [
    { type: 'practice-ended', kind, into: next.ending?.into ?? [] },
  ],
});

/**
 * The definition of a community of practice's development: potential -> coalescing -> maturing ->
 * stewardship -> transformation [verified stages], with renewal from stewardship back to maturing
 * and endings closed, merged, split or institutionalized [inferred, learning-programs.md 2.4].
 *
 * @example
 * ```ts
 * communityOfPracticeDefinition.initial; // 'potential'
 * ```
 */
export const communityOfPracticeDefinition: MachineDefinition<T> = {
  id: 'community-of-practice',
  description: 'The stages of development of a community of practice.',
  initial: 'potential',
  states: {
    potential: { description: 'People with a shared concern find each other.' },
    coalescing: { description: 'Members define the joint enterprise and build trust.' },
    maturing: {
      description: 'The community clarifies its focus, role and boundaries; a learning agenda.',
    },
    stewardship: { description: 'Staying fresh through changes in members, leaders and tools.' },
    transformation: {
      description: 'Interests drift or the practice becomes routine; it ends or changes form.',
    },
    ended: { description: 'Closed, ideally with its stories kept.', terminal: true },
    merged: { description: 'Merged into another community.', terminal: true },
    split: { description: 'Split into several communities.', terminal: true },
    institutionalized: {
      description: 'Became part of an organization (a unit, a program).',
      terminal: true,
    },
  },
  events: {
    'add-member': {
      description: 'A member joins.',
      payload: { memberId: 'string' },
      transitions: [
        {
          from: [...LIVING],
          guards: [
            {
              id: 'new-member',
              description: 'Not a member yet.',
              needs: 'event',
              check: ({ context, event }) =>
                context.members.includes(event.memberId)
                  ? [refusalReason('already_member', { memberId: event.memberId })]
                  : [],
            },
          ],
          update: (draft, { event }) => void draft.members.push(event.memberId),
        },
      ],
    },
    'remove-member': {
      description: 'A member leaves (a coordinator who leaves must be replaced).',
      payload: { memberId: 'string' },
      transitions: [
        {
          from: [...LIVING],
          guards: [
            {
              id: 'is-member',
              description: 'Is a member.',
              needs: 'event',
              check: ({ context, event }) =>
                context.members.includes(event.memberId)
                  ? []
                  : [refusalReason('not_member', { memberId: event.memberId })],
            },
          ],
          update: (draft, { event }) => {
            draft.members = draft.members.filter((m) => m !== event.memberId);
            if (draft.coordinatorId === event.memberId) draft.coordinatorId = null;
          },
        },
      ],
    },
    'name-coordinator': {
      description: 'Name a member as coordinator.',
      payload: { memberId: 'string' },
      transitions: [
        {
          from: [...LIVING],
          guards: [
            {
              id: 'coordinator-is-member',
              description: 'The coordinator is a member.',
              needs: 'event',
              check: ({ context, event }) =>
                context.members.includes(event.memberId)
                  ? []
                  : [refusalReason('not_member', { memberId: event.memberId })],
            },
          ],
          update: (draft, { event }) => {
            draft.coordinatorId = event.memberId;
          },
        },
      ],
    },
    'set-learning-agenda': {
      description: 'Set or revise the learning agenda.',
      payload: { agenda: 'string' },
      transitions: [
        {
          from: [...LIVING],
          update: (draft, { event }) => void (draft.learningAgenda = event.agenda),
        },
      ],
    },
    coalesce: {
      description: 'The members start working as a community.',
      transitions: [
        { from: ['potential'], to: 'coalescing', guards: [enoughMembers, hasCoordinator] },
      ],
    },
    mature: {
      description: 'The community grows into its role.',
      transitions: [
        {
          from: ['coalescing'],
          to: 'maturing',
          guards: [enoughMembers, hasCoordinator, hasAgenda],
        },
      ],
    },
    steward: {
      description: 'The community sustains itself.',
      transitions: [{ from: ['maturing'], to: 'stewardship', guards: [hasCoordinator] }],
    },
    renew: {
      description: 'Renewal: back to maturing with a revised agenda.',
      transitions: [
        {
          from: ['stewardship'],
          to: 'maturing',
          guards: [hasCoordinator, hasAgenda],
          update: (draft) => void (draft.renewals += 1),
        },
      ],
    },
    transform: {
      description: 'Interests drift or the practice becomes routine.',
      transitions: [{ from: ['stewardship'], to: 'transformation' }],
    },
    close: { description: 'End the community.', transitions: [ending('ended', () => [])] },
    merge: {
      description: 'Merge into another community.',
      payload: { into: 'string' },
      transitions: [
        ending('merged', (e) => ('into' in e && typeof e.into === 'string' ? [e.into] : [])),
      ],
    },
    split: {
      description: 'Split into several communities.',
      payload: { into: shape.array('string') },
      transitions: [
        {
          ...ending('split', (e) =>
            'into' in e && Array.isArray(e.into) ? [...(e.into as string[])] : [],
          ),
          guards: [
            {
              id: 'split-two',
              description: 'A split names at least two successors.',
              needs: 'event',
              check: ({ event }) =>
                event.type === 'split' && event.into.length >= 2
                  ? []
                  : [
                      refusalReason('split_needs_two', {
                        count: event.type === 'split' ? event.into.length : 0,
                      }),
                    ],
            },
          ],
        },
      ],
    },
    institutionalize: {
      description: 'Become part of an organization.',
      payload: { into: 'string' },
      transitions: [
        ending('institutionalized', (e) =>
          'into' in e && typeof e.into === 'string' ? [e.into] : [],
        ),
      ],
    },
  },
  createContext: (input) => ({
    practiceId: input.practiceId,
    minimumMembers: input.minimumMembers ?? 3,
    members: [...new Set(input.members ?? [])],
    coordinatorId: null,
    learningAgenda: null,
    renewals: 0,
    ending: null,
  }),
  context: shape.object({
    practiceId: 'string',
    minimumMembers: 'integer',
    members: shape.array('string'),
    coordinatorId: shape.nullable('string'),
    learningAgenda: shape.nullable('string'),
    renewals: 'integer',
    ending: shape.nullable(
      shape.object({
        kind: shape.enum(['ended', 'merged', 'split', 'institutionalized']),
        on: 'timestamp',
        into: shape.array('string'),
      }),
    ),
  }),
};

/**
 * The community-of-practice machine (its definition, with every guard and effect, is `.definition`).
 *
 * @example
 * ```ts
 * const s = communityOfPracticeMachine.initialSnapshot({ practiceId: 'class-of-2029', members: ['riverbend-county', 'hill-county', 'lake-city'] });
 * ```
 */
export const communityOfPracticeMachine: Machine<T> = createMachine(communityOfPracticeDefinition);
