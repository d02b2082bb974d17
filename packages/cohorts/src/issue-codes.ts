/**
 * The issue codes and refusal reasons of `@community-excellence/cohorts`, in one place: the data
 * of each code, merged into `IssueDataByCode` of `@community-excellence/schemas` (issues) or kept
 * in {@link ReasonDataByCode} (refusal reasons), and each code's meaning, English message
 * template and example data. Messages render from the code and its data alone.
 * `docs/issue-codes.md` lists every code of every package.
 *
 * @packageDocumentation
 */
import type { IssueDataByCode } from '@community-excellence/schemas';
import {
  defineIssueCodes,
  type Issue,
  type IssueCodeDocs,
  type IssueCodes,
  type PathSegment,
} from '@community-excellence/schemas/data';
import { calendarDate } from './core/time.js';

/** The data fields of each issue code that cohorts declares (all errors). */
export interface CohortsIssueDataByCode {
  /** A machine's `createContext` threw on the input given to `initialSnapshot`. */
  context_creation_failed: { readonly error: string };
  /** A machine's `checkContext` threw while a snapshot was restored. */
  context_check_failed: { readonly error: string };
  /** A history entry of a snapshot does not have the next sequence number. */
  history_seq_mismatch: { readonly index: number; readonly seq: number };
  /** A history entry of a snapshot does not start in the state the previous entry ended in. */
  history_state_discontinuous: {
    readonly index: number;
    readonly from: string;
    readonly expected: string;
  };
  /** A machine definition has a transition out of a terminal state. */
  transition_leaves_terminal_state: { readonly state: string };
}

// Merged into the main entry's interface, which the zod-free `/data` entry shares. The code type
// below reads it from the main entry, so a consumer's program always loads the merged module.
declare module '@community-excellence/schemas' {
  interface IssueDataByCode extends CohortsIssueDataByCode {}
}

/** The issue codes cohorts declares. */
export type CohortsIssueCode = Extract<keyof IssueDataByCode, keyof CohortsIssueDataByCode>;

/**
 * Cohorts' issue codes: their catalogue, `create` and `message`.
 *
 * @example
 * ```ts
 * cohortsIssueCodes.create({ code: 'context_check_failed', error: 'boom', path: ['context'] }).message;
 * // 'Context check failed: boom'
 * ```
 */
export const cohortsIssueCodes: IssueCodes<CohortsIssueCode> = defineIssueCodes<CohortsIssueCode>(
  'cohorts',
  {
    context_creation_failed: {
      severity: 'error',
      message: (d) => `Cannot create the context: ${d.error}`,
    },
    context_check_failed: { severity: 'error', message: (d) => `Context check failed: ${d.error}` },
    history_seq_mismatch: {
      severity: 'error',
      message: (d) => `History entry ${d.index} has seq ${d.seq}; expected ${d.index + 1}.`,
    },
    history_state_discontinuous: {
      severity: 'error',
      message: (d) =>
        `History entry ${d.index} starts in "${d.from}" but the machine was in "${d.expected}".`,
    },
    transition_leaves_terminal_state: {
      severity: 'error',
      message: (d) => `Transition leaves terminal state "${d.state}".`,
    },
  },
);

/**
 * What each of cohorts's issue codes means, with example data for its message: the rows of
 * `docs/issue-codes.md`. Kept apart from {@link cohortsIssueCodes} so that bundles leave it out.
 *
 * @example
 * ```ts
 * Object.keys(cohortsIssueDocs); // the codes
 * ```
 */
export const cohortsIssueDocs: IssueCodeDocs<CohortsIssueCode> = {
  context_creation_failed: {
    meaning: "A machine's `createContext` threw on the input given to `initialSnapshot`.",
    example: { error: 'cohortId is required' },
  },
  context_check_failed: {
    meaning: "A machine's `checkContext` threw while a snapshot was restored.",
    example: { error: 'TypeError: members is not iterable' },
  },
  history_seq_mismatch: {
    meaning: 'A history entry of a snapshot does not have the next sequence number.',
    example: { index: 0, seq: 3 },
  },
  history_state_discontinuous: {
    meaning:
      'A history entry of a snapshot does not start in the state the previous entry ended in.',
    example: { index: 2, from: 'phase-two', expected: 'phase-one' },
  },
  transition_leaves_terminal_state: {
    meaning: 'A machine definition has a transition out of a terminal state.',
    example: { state: 'alumni' },
  },
};

/** Creates an issue of one of cohorts' codes with its default severity and message. */
export const createCohortsIssue: IssueCodes<CohortsIssueCode>['create'] = cohortsIssueCodes.create;

/** The data fields of each refusal reason code of the core (any machine) and the program machines. */
export interface CohortsReasonDataByCode {
  // -- core reasons, for any machine --
  unknown_event: { readonly event: string; readonly known: readonly string[] };
  invalid_event: { readonly issues: readonly Issue[] };
  wrong_machine: {
    readonly subject: 'event' | 'snapshot';
    readonly expected: string;
    readonly found: string;
  };
  invalid_snapshot: { readonly issues: readonly Issue[] };
  not_allowed_in_state: {
    readonly event: string;
    readonly state: string;
    readonly allowedFrom: readonly string[];
  };
  terminal_state: { readonly event: string; readonly state: string };
  not_entered_from: {
    readonly event: string;
    readonly state: string;
    readonly required: readonly string[];
    readonly enteredFrom: string | null;
  };
  missing_time: { readonly event: string };
  event_out_of_order: { readonly at: string; readonly previousAt: string };
  guard_error: { readonly guard: string; readonly error: string };
  // -- shared by several program machines --
  already_enrolled:
    | { readonly teamId: string }
    | { readonly communityId: string }
    | { readonly participantId: string };
  unknown_team: { readonly teamId: string };
  no_teams: Readonly<Record<never, never>>;
  // -- nlc-cohort --
  capacity_exceeded: { readonly limit: number; readonly count: number };
  not_enrolled: { readonly communityId: string };
  already_assigned:
    | { readonly personId: string; readonly role: 'mentor'; readonly communityId: string }
    | { readonly personId: string; readonly role: 'coach' | 'faculty' };
  no_communities: Readonly<Record<never, never>>;
  wrong_kickoff_month: { readonly month: number; readonly expected: number };
  mentor_missing: { readonly communityIds: readonly string[] };
  faculty_missing: Readonly<Record<never, never>>;
  phase_not_finished: { readonly phase: string; readonly endsOn: string; readonly at: string };
  // -- nlc-community (journey) --
  unknown_characteristic: { readonly characteristicId: string; readonly known: readonly string[] };
  evidence_required: { readonly characteristicId: string };
  score_out_of_scale: {
    readonly index: number;
    readonly score: number;
    readonly min: number;
    readonly max: number;
  };
  readiness_incomplete: {
    readonly missing: readonly string[];
    readonly selfAssessmentTotal: number | null;
    readonly threshold: number;
  };
  kickoff_passed: { readonly kickoffOn: string; readonly at: string };
  before_kickoff: { readonly kickoffOn: string; readonly at: string };
  profile_already_submitted: { readonly submittedOn: string };
  /** `blocks: 'categories'` when the refused event completes a category (not the year). */
  profile_not_submitted: { readonly year: number; readonly blocks?: 'categories' };
  unknown_category: { readonly category: number; readonly required: readonly number[] };
  category_already_completed: { readonly category: number };
  categories_incomplete: { readonly missing: readonly number[] };
  wrong_commitment_year: { readonly year: number; readonly expected: number };
  already_renewed: { readonly year: number; readonly renewedOn: string };
  commitment_not_renewed: { readonly year: number };
  year_not_finished: { readonly year: number; readonly endsOn: string; readonly at: string };
  // -- intro-course --
  no_participants: Readonly<Record<never, never>>;
  session_out_of_sequence: {
    readonly expected: number;
    readonly found: number;
    readonly sessionCount: number;
  };
  unknown_attendee: { readonly participantIds: readonly string[] };
  sessions_incomplete: { readonly held: number; readonly required: number };
  // -- community-of-practice --
  already_member: { readonly memberId: string };
  not_member: { readonly memberId: string };
  members_too_few: { readonly count: number; readonly minimum: number };
  coordinator_missing: Readonly<Record<never, never>>;
  learning_agenda_missing: Readonly<Record<never, never>>;
  split_needs_two: { readonly count: number };
  // -- practice-season --
  already_registered: { readonly teamId: string };
  outside_season: { readonly month: number; readonly seasonMonths: readonly number[] };
  session_this_month: { readonly on: string };
  season_full: { readonly sessions: number; readonly maximum: number };
  no_plan_to_report: { readonly teamId: string; readonly planSession: number };
  already_reported: { readonly teamId: string };
  self_assessments_missing: { readonly teamIds: readonly string[] };
  empty_action_plan: { readonly teamId: string };
  action_plans_missing: { readonly teamIds: readonly string[] };
  // -- actions (practice-season, breakthrough-series) --
  duplicate_action: { readonly actionId: string };
  unknown_action: { readonly actionId: string; readonly teamId: string };
  origin_mismatch: {
    readonly actionId: string;
    readonly field: string;
    readonly expected: string;
    readonly found: string;
  };
  // -- breakthrough-series --
  prework_incomplete: { readonly teamIds: readonly string[] };
  duplicate_cycle: { readonly cycleId: string };
  unknown_cycle: { readonly cycleId: string };
  pdsa_out_of_order: {
    readonly cycleId: string;
    readonly expected: string;
    readonly found: string;
  };
  cycles_missing: {
    readonly period: number;
    readonly teamIds: readonly string[];
    readonly minimum: number;
  };
  cycles_open: { readonly cycleIds: readonly string[] };
  // -- special-session --
  date_in_past: { readonly date: string; readonly at: string };
  before_scheduled_date: { readonly date: string; readonly at: string };
  // -- recognition-journey --
  unknown_level: { readonly scopeId: string; readonly known: readonly string[] };
  level_prerequisite_missing: {
    readonly scopeId: string;
    readonly requires: string;
    readonly requiresName: string;
  };
  level_already_recognised: { readonly scopeId: string };
  level_in_progress: { readonly scopeId: string };
  reviewer_team_missing: Readonly<Record<never, never>>;
  conversation_already_held: { readonly on: string };
}

/**
 * The data fields of each refusal reason code, keyed by code: `CohortsReasonDataByCode`
 * plus the codes a user-defined machine adds by declaration merging.
 *
 * @example
 * ```ts
 * declare module '@community-excellence/cohorts' {
 *   interface ReasonDataByCode {
 *     approvals_missing: { readonly have: number };
 *   }
 * }
 * ```
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ReasonDataByCode extends CohortsReasonDataByCode {}

/** The refusal reason codes of cohorts' own core and machines. */
export type CohortsReasonCode = keyof CohortsReasonDataByCode;

/** Every refusal reason code: the core's, the program machines' and any a user adds. */
export type ReasonCode = keyof ReasonDataByCode;

/**
 * A refusal reason of one code: `{ code, message, path?, ...data }`. `D` narrows the data (for
 * example `already_enrolled` with a `teamId`).
 */
export type ReasonOf<C extends ReasonCode, D = ReasonDataByCode[C]> = {
  readonly code: C;
  /** A sentence for people, rendered from the code's data; never parse it. */
  readonly message: string;
  readonly path?: readonly PathSegment[];
} & D;

/** What the reason catalogue says about one code at run time: its message template. */
export interface ReasonCodeSpec<D> {
  readonly message: (data: D) => string;
}

/** What one reason code means, the machine that gives it, and example data for its message. */
export interface ReasonCodeDoc<D> {
  /** The machine that gives it (`core` for any machine), for the docs table. */
  readonly machine: string;
  readonly meaning: string;
  readonly example: D;
}

/** Docs keyed by code, for every reason code of cohorts' core and machines. */
export type ReasonCodeDocs = {
  readonly [K in CohortsReasonCode]: ReasonCodeDoc<CohortsReasonDataByCode[K]>;
};

/** The reason codes of cohorts' core and machines, keyed by code. */
export type ReasonCatalogue = {
  readonly [K in CohortsReasonCode]: ReasonCodeSpec<CohortsReasonDataByCode[K]>;
};

const list = (items: readonly string[]): string =>
  items.length === 0 ? '(none)' : items.join(', ');
const listIssues = (issues: readonly Issue[], root: string): string =>
  issues.map((i) => `${i.path.join('.') || root}: ${i.message}`).join('; ');

/**
 * The refusal reasons of cohorts' core and program machines: for each code the machine that
 * gives it, its meaning, its English message template and example data.
 *
 * @example
 * ```ts
 * cohortsReasonCodes.capacity_exceeded.message({ limit: 6, count: 6 });
 * // 'Cohort already has 6 communities (capacity 6).'
 * ```
 */
export const cohortsReasonCodes: ReasonCatalogue = {
  unknown_event: {
    message: (d) =>
      `Unknown event ${JSON.stringify(d.event)}; this machine knows ${list(d.known)}.`,
  },
  invalid_event: { message: (d) => `The event is malformed: ${listIssues(d.issues, '(event)')}` },
  wrong_machine: {
    message: (d) =>
      `The ${d.subject} belongs to machine ${JSON.stringify(d.found)}, not ${JSON.stringify(d.expected)}.`,
  },
  invalid_snapshot: {
    message: (d) => `The snapshot is invalid: ${listIssues(d.issues, '(snapshot)')}`,
  },
  not_allowed_in_state: {
    message: (d) =>
      `Event "${d.event}" is not possible in state "${d.state}"; it applies in ${list(d.allowedFrom)}.`,
  },
  terminal_state: {
    message: (d) => `State "${d.state}" is final; no event (here "${d.event}") leaves it.`,
  },
  not_entered_from: {
    message: (d) =>
      `Event "${d.event}" applies in "${d.state}" only when it was entered from ${list(d.required)} (it was entered from ${d.enteredFrom ?? 'nowhere'}).`,
  },
  missing_time: { message: (d) => `Event "${d.event}" has no \`at\` time and no clock was given.` },
  event_out_of_order: {
    message: (d) =>
      `Event time ${d.at} is earlier than the last event (${d.previousAt}); events must arrive in calendar order.`,
  },
  guard_error: { message: (d) => `Guard "${d.guard}" failed unexpectedly: ${d.error}` },
  already_enrolled: {
    message: (d) =>
      'teamId' in d
        ? `Team ${d.teamId} is already enrolled.`
        : 'communityId' in d
          ? `Community ${d.communityId} is already enrolled.`
          : `${d.participantId} is already enrolled.`,
  },
  unknown_team: { message: (d) => `Team ${d.teamId} is not enrolled.` },
  no_teams: { message: () => 'No team is enrolled.' },
  capacity_exceeded: {
    message: (d) => `Cohort already has ${d.count} communities (capacity ${d.limit}).`,
  },
  not_enrolled: {
    message: (d) => `Community ${d.communityId} is not an active member of this cohort.`,
  },
  already_assigned: {
    message: (d) =>
      d.role === 'mentor'
        ? `${d.personId} already mentors ${d.communityId}.`
        : d.role === 'coach'
          ? `${d.personId} is already a coach of this cohort.`
          : `${d.personId} is already on the faculty of this cohort.`,
  },
  no_communities: { message: () => 'The cohort has no active communities.' },
  wrong_kickoff_month: {
    message: (d) => `The kickoff is held in month ${d.expected}, not in month ${d.month}.`,
  },
  mentor_missing: { message: (d) => `No mentor assigned to ${d.communityIds.join(', ')}.` },
  faculty_missing: { message: () => 'No faculty assigned to lead the sessions.' },
  phase_not_finished: {
    message: (d) =>
      `${d.phase} runs until ${d.endsOn}; the cohort cannot move on ${calendarDate(d.at)}.`,
  },
  unknown_characteristic: {
    message: (d) => `Unknown readiness characteristic ${d.characteristicId}.`,
  },
  evidence_required: {
    message: (d) => `Characteristic ${d.characteristicId} is marked met without evidence.`,
  },
  score_out_of_scale: {
    message: (d) => `Score ${d.score} at position ${d.index} is outside ${d.min}-${d.max}.`,
  },
  readiness_incomplete: {
    message: (d) =>
      `Readiness checklist incomplete: ${d.missing.join(', ')} not met with evidence, and the self-assessment total (${d.selfAssessmentTotal ?? 'none'}) is below ${d.threshold}.`,
  },
  kickoff_passed: {
    message: (d) => `The cohort kicked off on ${d.kickoffOn}; join a later cohort.`,
  },
  before_kickoff: {
    message: (d) => `Year 1 starts at the kickoff on ${d.kickoffOn}, not on ${calendarDate(d.at)}.`,
  },
  profile_already_submitted: {
    message: (d) => `The community profile was already submitted on ${d.submittedOn}.`,
  },
  profile_not_submitted: {
    message: (d) =>
      d.blocks === 'categories'
        ? 'Categories come after the community profile, which is not submitted yet.'
        : `Year ${d.year} cannot close before the community profile is submitted.`,
  },
  unknown_category: {
    message: (d) => `Category ${d.category} is not part of year 1 (${d.required.join(', ')}).`,
  },
  category_already_completed: { message: (d) => `Category ${d.category} is already completed.` },
  categories_incomplete: {
    message: (d) => `Year 1 cannot close before categories ${d.missing.join(', ')} are completed.`,
  },
  wrong_commitment_year: {
    message: (d) =>
      `Commitments are renewed one year at a time: renew year ${d.expected}, not ${d.year}.`,
  },
  already_renewed: { message: (d) => `Year ${d.year} was already renewed on ${d.renewedOn}.` },
  commitment_not_renewed: {
    message: (d) =>
      `Year ${d.year} cannot start: the commitment has not been renewed for year ${d.year}.`,
  },
  year_not_finished: {
    message: (d) =>
      `Year ${d.year} runs until ${d.endsOn}; it cannot close on ${calendarDate(d.at)}.`,
  },
  no_participants: { message: () => 'No participants are enrolled.' },
  session_out_of_sequence: {
    message: (d) =>
      `The next session is number ${d.expected} of ${d.sessionCount}, not ${d.found}.`,
  },
  unknown_attendee: { message: (d) => `Not enrolled: ${d.participantIds.join(', ')}.` },
  sessions_incomplete: { message: (d) => `${d.held} of ${d.required} sessions held.` },
  already_member: { message: (d) => `${d.memberId} is already a member.` },
  not_member: { message: (d) => `${d.memberId} is not a member.` },
  members_too_few: { message: (d) => `${d.count} members; at least ${d.minimum} are needed.` },
  coordinator_missing: { message: () => 'No coordinator is named.' },
  learning_agenda_missing: { message: () => 'No learning agenda is set.' },
  split_needs_two: { message: () => 'A split needs at least two successor communities.' },
  already_registered: { message: (d) => `Team ${d.teamId} is already registered.` },
  outside_season: {
    message: (d) => `Month ${d.month} is outside the season (${d.seasonMonths.join(', ')}).`,
  },
  session_this_month: { message: (d) => `A session was already held this month (${d.on}).` },
  season_full: { message: (d) => `The season has its ${d.maximum} sessions.` },
  no_plan_to_report: {
    message: (d) => `Team ${d.teamId} has no action plan from session ${d.planSession}.`,
  },
  already_reported: { message: (d) => `Team ${d.teamId} already reported back.` },
  self_assessments_missing: { message: (d) => `No self-assessment from ${d.teamIds.join(', ')}.` },
  empty_action_plan: { message: (d) => `The action plan of ${d.teamId} is empty.` },
  action_plans_missing: { message: (d) => `No action plan from ${d.teamIds.join(', ')}.` },
  duplicate_action: { message: (d) => `Action ${d.actionId} exists already.` },
  unknown_action: { message: (d) => `Team ${d.teamId} has no action ${d.actionId}.` },
  origin_mismatch: {
    message: (d) =>
      `Action ${d.actionId} has ${d.field} ${JSON.stringify(d.found)}; expected ${JSON.stringify(d.expected)}.`,
  },
  prework_incomplete: {
    message: (d) => `Prework (aim and measures) missing for ${d.teamIds.join(', ')}.`,
  },
  duplicate_cycle: { message: (d) => `Cycle ${d.cycleId} exists already.` },
  unknown_cycle: { message: (d) => `No PDSA cycle ${d.cycleId}.` },
  pdsa_out_of_order: {
    message: (d) => `Cycle ${d.cycleId} is in its ${d.found} phase, not ${d.expected}.`,
  },
  cycles_missing: {
    message: (d) =>
      `Teams ${d.teamIds.join(', ')} have fewer than ${d.minimum} completed PDSA cycle(s) in action period ${d.period}.`,
  },
  cycles_open: { message: (d) => `PDSA cycles still open: ${d.cycleIds.join(', ')}.` },
  date_in_past: { message: (d) => `${d.date} is already past.` },
  before_scheduled_date: { message: (d) => `The session is scheduled for ${d.date}.` },
  unknown_level: {
    message: (d) =>
      `"${d.scopeId}" is not a recognition level of this framework; the levels are ${list(d.known)}.`,
  },
  level_prerequisite_missing: {
    message: (d) =>
      `Cannot apply for ${d.scopeId}: it requires ${d.requiresName} (${d.requires}), which has not been recognised.`,
  },
  level_already_recognised: {
    message: (d) => `The community is already recognised at ${d.scopeId}.`,
  },
  level_in_progress: {
    message: (d) => `An application for ${d.scopeId} is already in progress.`,
  },
  reviewer_team_missing: {
    message: () => 'A review needs a reviewer team: name at least one reviewer.',
  },
  conversation_already_held: {
    message: (d) => `The conversation with the reviewers was already held on ${d.on}.`,
  },
};

/**
 * What each refusal reason of cohorts' core and machines means, which machine gives it, and
 * example data for its message: the rows of `docs/issue-codes.md`. Kept apart from
 * {@link cohortsReasonCodes} so that bundles leave it out.
 *
 * @example
 * ```ts
 * cohortsReasonDocs.capacity_exceeded.machine; // 'nlc-cohort'
 * ```
 */
export const cohortsReasonDocs: ReasonCodeDocs = {
  unknown_event: {
    machine: 'core',
    meaning: 'The event type is not defined by this machine.',
    example: { event: 'enrol', known: ['enroll', 'kick-off'] },
  },
  invalid_event: {
    machine: 'core',
    meaning:
      'The event is not an object, has a bad `at`, or a payload field is missing, of the wrong type or unknown.',
    example: {
      issues: [
        {
          code: 'invalid_type',
          path: ['communityId'],
          severity: 'error',
          expected: 'string',
          received: 'undefined',
          message: 'Expected string, received undefined.',
        },
      ],
    },
  },
  wrong_machine: {
    machine: 'core',
    meaning: "An event with `machine` set to another machine, or another machine's snapshot.",
    example: { subject: 'event', expected: 'nlc-cohort', found: 'intro-course' },
  },
  invalid_snapshot: {
    machine: 'core',
    meaning:
      'The snapshot is not an object, has an unsupported `formatVersion`, an unknown state...',
    example: {
      issues: [
        {
          code: 'invalid_value',
          path: ['state'],
          severity: 'error',
          expected: ['forming', 'kickoff'],
          message: 'Expected one of "forming", "kickoff".',
        },
      ],
    },
  },
  not_allowed_in_state: {
    machine: 'core',
    meaning: 'The event does not apply in the current state.',
    example: { event: 'kick-off', state: 'alumni', allowedFrom: ['forming'] },
  },
  terminal_state: {
    machine: 'core',
    meaning: 'The machine is in a final state; no event leaves it.',
    example: { event: 'advance', state: 'alumni' },
  },
  not_entered_from: {
    machine: 'core',
    meaning:
      'The event applies in this state only when it was entered from certain states (for example `resume`).',
    example: { event: 'resume', state: 'paused', required: ['year-1'], enteredFrom: 'readiness' },
  },
  missing_time: {
    machine: 'core',
    meaning: 'The event has no `at` and no clock was given.',
    example: { event: 'kick-off' },
  },
  event_out_of_order: {
    machine: 'core',
    meaning: 'The event is earlier than the last accepted event.',
    example: { at: '2026-09-01', previousAt: '2026-10-07' },
  },
  guard_error: {
    machine: 'core',
    meaning: 'A guard of a user-defined machine threw (caught, never rethrown).',
    example: { guard: 'two-approvals', error: 'approvals is undefined' },
  },
  already_enrolled: {
    machine: 'nlc-cohort, intro-course, breakthrough-series',
    meaning: 'The community, participant or team is already enrolled.',
    example: { communityId: 'riverbend-county' },
  },
  unknown_team: {
    machine: 'practice-season, breakthrough-series',
    meaning: 'The event names a team that is not registered or enrolled.',
    example: { teamId: 'team-hill' },
  },
  no_teams: {
    machine: 'practice-season, breakthrough-series',
    meaning: 'No team is registered or enrolled yet.',
    example: {},
  },
  capacity_exceeded: {
    machine: 'nlc-cohort',
    meaning: 'The cohort already has as many communities as its capacity.',
    example: { limit: 6, count: 6 },
  },
  not_enrolled: {
    machine: 'nlc-cohort',
    meaning: 'The community is not an active member of the cohort.',
    example: { communityId: 'hill-county' },
  },
  already_assigned: {
    machine: 'nlc-cohort',
    meaning: 'The mentor, coach or faculty member is already assigned.',
    example: { personId: 'coach-baker', role: 'coach' },
  },
  no_communities: {
    machine: 'nlc-cohort',
    meaning: 'The cohort has no active communities.',
    example: {},
  },
  wrong_kickoff_month: {
    machine: 'nlc-cohort',
    meaning: "The kickoff is held in another month than the cohort's kickoff month.",
    example: { month: 9, expected: 10 },
  },
  mentor_missing: {
    machine: 'nlc-cohort',
    meaning: 'Some communities have no mentor at kickoff.',
    example: { communityIds: ['hill-county'] },
  },
  faculty_missing: {
    machine: 'nlc-cohort',
    meaning: 'No faculty member is assigned at kickoff.',
    example: {},
  },
  phase_not_finished: {
    machine: 'nlc-cohort',
    meaning: 'The cohort cannot move on before its phase has run its months.',
    example: { phase: 'phase-one', endsOn: '2027-10-08', at: '2027-06-01' },
  },
  unknown_characteristic: {
    machine: 'nlc-community',
    meaning: 'The event names a readiness characteristic the program does not define.',
    example: { characteristicId: 'r-9', known: ['r-1', 'r-2'] },
  },
  evidence_required: {
    machine: 'nlc-community',
    meaning: 'A readiness characteristic is marked met without evidence.',
    example: { characteristicId: 'r-1' },
  },
  score_out_of_scale: {
    machine: 'nlc-community',
    meaning: 'A self-assessment score lies outside its scale.',
    example: { index: 2, score: 5, min: 1, max: 4 },
  },
  readiness_incomplete: {
    machine: 'nlc-community',
    meaning:
      'The community is not ready: characteristics are not met with evidence and the self-assessment total is below the threshold.',
    example: { missing: ['r-3'], selfAssessmentTotal: 20, threshold: 24 },
  },
  kickoff_passed: {
    machine: 'nlc-community',
    meaning: 'The cohort the community would join has already kicked off.',
    example: { kickoffOn: '2026-10-07', at: '2026-11-01' },
  },
  before_kickoff: {
    machine: 'nlc-community',
    meaning: 'Year 1 cannot start before the kickoff.',
    example: { kickoffOn: '2026-10-07', at: '2026-09-30' },
  },
  profile_already_submitted: {
    machine: 'nlc-community',
    meaning: 'The community profile was already submitted.',
    example: { submittedOn: '2026-11-02' },
  },
  profile_not_submitted: {
    machine: 'nlc-community',
    meaning: 'Categories and the close of year 1 come after the community profile is submitted.',
    example: { year: 1 },
  },
  unknown_category: {
    machine: 'nlc-community',
    meaning: 'The category is not part of year 1.',
    example: { category: 7, required: [1, 2, 3, 4, 5, 6] },
  },
  category_already_completed: {
    machine: 'nlc-community',
    meaning: 'The category is already completed.',
    example: { category: 2 },
  },
  categories_incomplete: {
    machine: 'nlc-community',
    meaning: 'Year 1 cannot close before its categories are completed.',
    example: { missing: [5, 6] },
  },
  wrong_commitment_year: {
    machine: 'nlc-community',
    meaning: 'Commitments are renewed one year at a time, in order.',
    example: { year: 3, expected: 2 },
  },
  already_renewed: {
    machine: 'nlc-community',
    meaning: 'The commitment for that year was already renewed.',
    example: { year: 2, renewedOn: '2027-08-01' },
  },
  commitment_not_renewed: {
    machine: 'nlc-community',
    meaning: 'The next program year cannot start before its commitment is renewed.',
    example: { year: 2 },
  },
  year_not_finished: {
    machine: 'nlc-community',
    meaning: 'A program year cannot close before it has run its course.',
    example: { year: 1, endsOn: '2027-10-07', at: '2027-06-01' },
  },
  no_participants: {
    machine: 'intro-course',
    meaning: 'No participants are enrolled.',
    example: {},
  },
  session_out_of_sequence: {
    machine: 'intro-course',
    meaning: 'Sessions are held in order; the event names another session than the next.',
    example: { expected: 1, found: 2, sessionCount: 6 },
  },
  unknown_attendee: {
    machine: 'intro-course',
    meaning: 'Attendees of a session are not enrolled.',
    example: { participantIds: ['p-9'] },
  },
  sessions_incomplete: {
    machine: 'intro-course',
    meaning: 'The course cannot complete before all its sessions are held.',
    example: { held: 4, required: 6 },
  },
  already_member: {
    machine: 'community-of-practice',
    meaning: 'The member already belongs to the community of practice.',
    example: { memberId: 'riverbend-county' },
  },
  not_member: {
    machine: 'community-of-practice',
    meaning: 'The event names someone who is not a member.',
    example: { memberId: 'hill-county' },
  },
  members_too_few: {
    machine: 'community-of-practice',
    meaning: 'The community of practice has fewer members than it needs.',
    example: { count: 0, minimum: 3 },
  },
  coordinator_missing: {
    machine: 'community-of-practice',
    meaning: 'No coordinator is named.',
    example: {},
  },
  learning_agenda_missing: {
    machine: 'community-of-practice',
    meaning: 'No learning agenda is set.',
    example: {},
  },
  split_needs_two: {
    machine: 'community-of-practice',
    meaning: 'A split needs at least two successor communities.',
    example: { count: 1 },
  },
  already_registered: {
    machine: 'practice-season',
    meaning: 'The team is already registered for the season.',
    example: { teamId: 'team-hill' },
  },
  outside_season: {
    machine: 'practice-season',
    meaning: 'Sessions are held in the season months only.',
    example: { month: 7, seasonMonths: [9, 10, 11, 12, 1, 2, 3, 4, 5] },
  },
  session_this_month: {
    machine: 'practice-season',
    meaning: 'A session was already held this month.',
    example: { on: '2026-10-06' },
  },
  season_full: {
    machine: 'practice-season',
    meaning: 'The season has held all its sessions.',
    example: { sessions: 9, maximum: 9 },
  },
  no_plan_to_report: {
    machine: 'practice-season',
    meaning: 'The team has no action plan from the session it reports back on.',
    example: { teamId: 'team-hill', planSession: 2 },
  },
  already_reported: {
    machine: 'practice-season',
    meaning: 'The team already reported back.',
    example: { teamId: 'team-hill' },
  },
  self_assessments_missing: {
    machine: 'practice-season',
    meaning: 'Teams have not handed in their self-assessments.',
    example: { teamIds: ['team-hill'] },
  },
  empty_action_plan: {
    machine: 'practice-season',
    meaning: 'An action plan has no actions.',
    example: { teamId: 'team-hill' },
  },
  action_plans_missing: {
    machine: 'practice-season',
    meaning: 'Teams have not handed in their action plans.',
    example: { teamIds: ['team-hill'] },
  },
  duplicate_action: {
    machine: 'practice-season, breakthrough-series',
    meaning: 'The event gives an action (or change idea) whose id is already used.',
    example: { actionId: 'act-pilot' },
  },
  unknown_action: {
    machine: 'practice-season, breakthrough-series',
    meaning: 'The event names an action the team does not have.',
    example: { actionId: 'act-pilot', teamId: 'team-hill' },
  },
  origin_mismatch: {
    machine: 'practice-season, breakthrough-series',
    meaning:
      "An action's origin disagrees with the session, team or collaborative of the event that gives it.",
    example: {
      actionId: 'act-pilot',
      field: 'origin.teamId',
      expected: 'team-hill',
      found: 'team-vale',
    },
  },
  prework_incomplete: {
    machine: 'breakthrough-series',
    meaning: 'Teams have not set their aim and measures before the first learning session.',
    example: { teamIds: ['team-hill'] },
  },
  duplicate_cycle: {
    machine: 'breakthrough-series',
    meaning: 'A PDSA cycle with that id exists already.',
    example: { cycleId: 'pdsa-1' },
  },
  unknown_cycle: {
    machine: 'breakthrough-series',
    meaning: 'The event names a PDSA cycle that does not exist.',
    example: { cycleId: 'pdsa-9' },
  },
  pdsa_out_of_order: {
    machine: 'breakthrough-series',
    meaning: 'A PDSA cycle moves through plan, do, study and act in order.',
    example: { cycleId: 'pdsa-1', expected: 'study', found: 'plan' },
  },
  cycles_missing: {
    machine: 'breakthrough-series',
    meaning: 'Teams have completed too few PDSA cycles in the action period.',
    example: { period: 1, teamIds: ['team-hill'], minimum: 1 },
  },
  cycles_open: {
    machine: 'breakthrough-series',
    meaning: 'PDSA cycles are still open at the end of the series.',
    example: { cycleIds: ['pdsa-2'] },
  },
  date_in_past: {
    machine: 'special-session',
    meaning: 'The session is scheduled for a date that is already past.',
    example: { date: '2026-01-15', at: '2026-02-01' },
  },
  before_scheduled_date: {
    machine: 'special-session',
    meaning: 'The session cannot be held before its scheduled date.',
    example: { date: '2026-05-12', at: '2026-05-01' },
  },
  unknown_level: {
    machine: 'recognition-journey',
    meaning: 'The level applied for is not one of the recognition levels the machine was given.',
    example: { scopeId: 'coe-level-4', known: ['coe-level-1', 'coe-level-2', 'coe-level-3'] },
  },
  level_prerequisite_missing: {
    machine: 'recognition-journey',
    meaning:
      'The level applied for requires a previous level that has not been recognised (in this journey or before it).',
    example: {
      scopeId: 'coe-level-2',
      requires: 'coe-level-1',
      requiresName: 'Commitment to Community Excellence',
    },
  },
  level_already_recognised: {
    machine: 'recognition-journey',
    meaning: 'The community is already recognised at the level applied for.',
    example: { scopeId: 'coe-level-1' },
  },
  level_in_progress: {
    machine: 'recognition-journey',
    meaning: 'An application for the level is already in progress.',
    example: { scopeId: 'coe-level-2' },
  },
  reviewer_team_missing: {
    machine: 'recognition-journey',
    meaning: 'A review cannot start without a reviewer team.',
    example: {},
  },
  conversation_already_held: {
    machine: 'recognition-journey',
    meaning: 'The conversation with the reviewers about the feedback was already recorded.',
    example: { on: '2026-06-10' },
  },
};

/**
 * Builds a refusal reason of one of cohorts' codes from its data, with the message rendered by
 * its template in {@link cohortsReasonCodes}.
 *
 * Never throws: an unknown code or data that cannot be read gives a reason with a plain message.
 *
 * @example
 * ```ts
 * refusalReason('missing_time', { event: 'kick-off' }).message;
 * // 'Event "kick-off" has no `at` time and no clock was given.'
 * ```
 */
export function refusalReason<
  C extends CohortsReasonCode,
  const D extends CohortsReasonDataByCode[C],
>(code: C, data: D): ReasonOf<C, D> {
  try {
    const spec = Object.hasOwn(cohortsReasonCodes, code)
      ? (cohortsReasonCodes[code] as ReasonCodeSpec<CohortsReasonDataByCode[C]>)
      : undefined;
    const message = spec === undefined ? `Refused (${String(code)}).` : spec.message(data);
    return { code, ...data, message } as ReasonOf<C, D>;
  } catch {
    // Data that cannot be read (a throwing getter, a Proxy): the code alone, with a plain message.
    return { code, message: 'The event is refused.' } as ReasonOf<C, D>;
  }
}
