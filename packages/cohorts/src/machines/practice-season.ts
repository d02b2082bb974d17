import { createMachine } from '../core/create-machine.js';
import {
  refusalReason,
  type CohortsReasonCode,
  type CohortsReasonDataByCode,
  type ReasonOf,
} from '../issue-codes.js';
import { createIssue, shape } from '@community-excellence/schemas/data';
import type { Action, Issue, ReportBack } from '@community-excellence/schemas/data';
import {
  actionIssues,
  actionReportShape,
  actionShape,
  reportBackShape,
  copyAction,
  type ActionReport,
} from '../core/action-shape.js';
import { calendarDate, monthOf } from '../core/time.js';
import type {
  EventBase,
  GuardDefinition,
  Machine,
  MachineDefinition,
  Snapshot,
} from '../core/types.js';

/** The states of a community-of-practice season and of the monthly cycle inside it. */
export type PracticeSeasonState =
  | 'planned'
  | 'best-practice'
  | 'self-assessment'
  | 'action-planning'
  | 'applying'
  | 'season-closed';

/** The context of {@link practiceSeasonMachine}. */
export interface PracticeSeasonContext {
  seasonId: string;
  /** Calendar months sessions may be held in (September to May by default). */
  seasonMonths: number[];
  teams: string[];
  sessions: { number: number; on: string; system: string; bestPractices: string[] }[];
  selfAssessments: {
    session: number;
    teamId: string;
    strengths: string[];
    opportunities: string[];
  }[];
  /**
   * Each team's action plan of each session: actions of the action-plan type (`Action` of
   * `@community-excellence/schemas`) with origin `practice-session`; report-backs update their
   * status.
   */
  actionPlans: { session: number; teamId: string; actions: Action[] }[];
  /** The report-backs given at each session, with a `ReportBack` per action reported on. */
  reportBacks: { session: number; planSession: number; teamId: string; reports: ReportBack[] }[];
  /** Action plans that got no report-back at the next session: the broken cycles. */
  missingReportBacks: { planSession: number; teamId: string }[];
}

type E<T extends string, P = object> = EventBase<T> & Readonly<P>;

/** The events of {@link practiceSeasonMachine}. */
export type PracticeSeasonEvent =
  | E<'register-team', { teamId: string }>
  | E<'open-session', { system: string }>
  | E<'report-back', { teamId: string; reports?: readonly ActionReport[] }>
  | E<'present-best-practices', { practices: readonly string[] }>
  | E<
      'log-self-assessment',
      { teamId: string; strengths: readonly string[]; opportunities: readonly string[] }
    >
  | E<'plan-actions'>
  | E<'log-action-plan', { teamId: string; actions: readonly Action[] }>
  | E<'close-session'>
  | E<'close-season'>;

type R<
  C extends CohortsReasonCode,
  D extends CohortsReasonDataByCode[C] = CohortsReasonDataByCode[C],
> = ReasonOf<C, Readonly<D>>;

/** The type bundle of {@link practiceSeasonMachine}. */
export interface PracticeSeasonTypes {
  state: PracticeSeasonState;
  context: PracticeSeasonContext;
  event: PracticeSeasonEvent;
  /** Why the season machine refuses an event. */
  reason:
    | R<'already_registered', { teamId: string }>
    | R<'unknown_team', { teamId: string }>
    | R<'no_teams'>
    | R<'outside_season', { month: number; seasonMonths: readonly number[] }>
    | R<'session_this_month', { on: string }>
    | R<'season_full', { sessions: number; maximum: number }>
    | R<'no_plan_to_report', { teamId: string; planSession: number }>
    | R<'already_reported', { teamId: string }>
    | R<'self_assessments_missing', { teamIds: readonly string[] }>
    | R<'empty_action_plan', { teamId: string }>
    | R<'action_plans_missing', { teamIds: readonly string[] }>
    | R<'invalid_event', { issues: readonly Issue[] }>
    | R<'duplicate_action', { actionId: string }>
    | R<'unknown_action', { actionId: string; teamId: string }>
    | R<'origin_mismatch', { actionId: string; field: string; expected: string; found: string }>;
  /** Effects of the season machine. */
  effect:
    | {
        readonly type: 'report-back-missing';
        readonly planSession: number;
        readonly teamIds: readonly string[];
      }
    | {
        readonly type: 'season-closed';
        readonly sessions: number;
        readonly missingReportBacks: number;
      };
  /** What starts a season. */
  input: {
    readonly seasonId: string;
    readonly seasonMonths?: readonly number[];
    readonly teams?: readonly string[];
  };
}
type T = PracticeSeasonTypes;
type PracticeSeasonEffect = T['effect'];
type PracticeSeasonReason = T['reason'];
type PracticeSeasonInput = T['input'];
type Guard<Ev extends PracticeSeasonEvent = PracticeSeasonEvent> = GuardDefinition<T, Ev>;

/**
 * The default season: monthly sessions from September to May (9 sessions) [verified, PENW].
 *
 * @example
 * ```ts
 * DEFAULT_SEASON_MONTHS.length; // 9
 * ```
 */
export const DEFAULT_SEASON_MONTHS: readonly number[] = [9, 10, 11, 12, 1, 2, 3, 4, 5];

const current = (c: PracticeSeasonContext): number => c.sessions.length;

const registered = <Ev extends PracticeSeasonEvent & { readonly teamId: string }>(): Guard<Ev> => ({
  id: 'team-registered',
  description: 'The team is registered for the season.',
  needs: 'event',
  check: ({ context, event }) =>
    context.teams.includes(event.teamId)
      ? []
      : [refusalReason('unknown_team', { teamId: event.teamId })],
});

// Two consts, not one object: a property read would keep the machine in bundles that do not use it.
const openSessionGuards = [
  {
    id: 'has-teams',
    description: 'At least one team is registered.',
    check: ({ context }: { context: PracticeSeasonContext }): PracticeSeasonReason[] =>
      context.teams.length > 0 ? [] : [refusalReason('no_teams', {})],
  },
  {
    id: 'in-season',
    description:
      'Sessions are held in the season months (September to May by default), one a month, one per season month at most.',
    check: ({
      context,
      at,
    }: {
      context: PracticeSeasonContext;
      at: string;
    }): PracticeSeasonReason[] => {
      const month = monthOf(at);
      if (!context.seasonMonths.includes(month))
        return [refusalReason('outside_season', { month, seasonMonths: context.seasonMonths })];
      const last = context.sessions.at(-1);
      if (last !== undefined && last.on.slice(0, 7) === calendarDate(at).slice(0, 7))
        return [refusalReason('session_this_month', { on: last.on })];
      if (context.sessions.length >= context.seasonMonths.length)
        return [
          refusalReason('season_full', {
            sessions: context.sessions.length,
            maximum: context.seasonMonths.length,
          }),
        ];
      return [];
    },
  },
];
const openSessionUpdate = (
  draft: PracticeSeasonContext,
  { event, at }: { event: { system: string }; at: string },
): void => {
  draft.sessions.push({
    number: draft.sessions.length + 1,
    on: calendarDate(at),
    system: event.system,
    bestPractices: [],
  });
};

type LogActionPlan = Extract<PracticeSeasonEvent, { type: 'log-action-plan' }>;
type ReportBackEvent = Extract<PracticeSeasonEvent, { type: 'report-back' }>;

/** Where an action given with an origin disagrees with the session and team that log it. */
function originProblems(
  action: Action,
  context: PracticeSeasonContext,
  session: number,
  teamId: string,
): PracticeSeasonReason[] {
  const origin = action.origin;
  if (origin === undefined) return [];
  const mismatch = (field: string, expected: string, found: string): PracticeSeasonReason =>
    refusalReason('origin_mismatch', { actionId: action.id, field, expected, found });
  if (origin.type !== 'practice-session')
    return [mismatch('origin.type', 'practice-session', origin.type)];
  const out: PracticeSeasonReason[] = [];
  if (origin.session !== session)
    out.push(mismatch('origin.session', String(session), String(origin.session)));
  if (origin.teamId !== teamId) out.push(mismatch('origin.teamId', teamId, origin.teamId));
  if (origin.seasonId !== undefined && origin.seasonId !== context.seasonId)
    out.push(mismatch('origin.seasonId', context.seasonId, origin.seasonId));
  return out;
}

const actionsWellFormed: Guard<LogActionPlan> = {
  id: 'actions-well-formed',
  description:
    'Each action has a well-formed id, a title and calendar dates; its id is new in the season; its origin, when given, is this session and team.',
  needs: 'event',
  check: ({ context, event }) => {
    const issues = event.actions.flatMap((a, i) => actionIssues(a, ['actions', i]));
    if (issues.length > 0) return [refusalReason('invalid_event', { issues })];
    const session = current(context);
    const taken = new Set<string>();
    for (const plan of context.actionPlans)
      if (!(plan.session === session && plan.teamId === event.teamId))
        for (const action of plan.actions) taken.add(action.id);
    const reasons: PracticeSeasonReason[] = [];
    for (const action of event.actions) {
      if (taken.has(action.id))
        reasons.push(refusalReason('duplicate_action', { actionId: action.id }));
      taken.add(action.id);
      reasons.push(...originProblems(action, context, session, event.teamId));
    }
    return reasons;
  },
};

const reportsOnOwnActions: Guard<ReportBackEvent> = {
  id: 'reports-on-own-actions',
  description:
    "Each report has a text and names an action of one of the team's action plans from an earlier session.",
  needs: 'event',
  check: ({ context, event }) => {
    const reports = event.reports ?? [];
    const issues: Issue[] = [];
    reports.forEach((r, i) => {
      if (r.text.length === 0)
        issues.push(
          createIssue({
            code: 'too_small',
            path: ['reports', i, 'text'],
            minimum: 1,
            origin: 'string',
            inclusive: true,
          }),
        );
    });
    if (issues.length > 0) return [refusalReason('invalid_event', { issues })];
    const own = new Set<string>();
    for (const plan of context.actionPlans)
      if (plan.teamId === event.teamId && plan.session < current(context))
        for (const action of plan.actions) own.add(action.id);
    return reports
      .filter((r) => !own.has(r.actionId))
      .map((r) => refusalReason('unknown_action', { actionId: r.actionId, teamId: event.teamId }));
  },
};

/** The report-back record of one report, dated by the event. */
function reportBackOf(report: ActionReport, date: string): ReportBack {
  const out: ReportBack = { actionId: report.actionId, date, text: report.text };
  if (report.status !== undefined) out.status = report.status;
  if (report.by !== undefined) out.by = report.by;
  return out;
}

/** Sets the status a report leaves its action in, with the start or completion date. */
function applyReport(action: Action, report: ReportBack): void {
  const status = report.status;
  if (status === undefined) return;
  action.status = status;
  if (status === 'done' || status === 'dropped') action.completedOn ??= report.date;
  else delete action.completedOn;
  if (status === 'in-progress') action.startedOn ??= report.date;
}

/**
 * The definition of a community-of-practice season and its monthly cycle (PENW model [verified]):
 * each session covers one organizational system; the host presents best practices; each team
 * self-assesses (strengths, opportunities), writes an action plan, applies it at work, and reports
 * back at the next session. A missing report-back is recorded and returned as an effect when the
 * next session moves on to its best practices.
 *
 * @example
 * ```ts
 * practiceSeasonDefinition.initial; // 'planned'
 * ```
 */
export const practiceSeasonDefinition: MachineDefinition<T> = {
  id: 'practice-season',
  description: 'A season of monthly review-assess-plan-report sessions of a community of practice.',
  initial: 'planned',
  states: {
    planned: { description: 'Teams register; no session yet.' },
    'best-practice': {
      description:
        'Session opened on one organizational system; teams report back on last month\u2019s plans; best practices are presented.',
    },
    'self-assessment': {
      description: 'Each team assesses its strengths and opportunities in the system.',
    },
    'action-planning': { description: 'Each team writes its action plan.' },
    applying: { description: 'Between sessions: teams apply their plans at work.' },
    'season-closed': { description: 'The season is over.', terminal: true },
  },
  events: {
    'register-team': {
      description: 'Register a team from a member organization.',
      payload: { teamId: 'string' },
      transitions: [
        {
          from: ['planned', 'applying'],
          guards: [
            {
              id: 'new-team',
              description: 'Not registered yet.',
              needs: 'event',
              check: ({ context, event }) =>
                context.teams.includes(event.teamId)
                  ? [refusalReason('already_registered', { teamId: event.teamId })]
                  : [],
            },
          ],
          update: (draft, { event }) => void draft.teams.push(event.teamId),
        },
      ],
    },
    'open-session': {
      description: "Open the month's session on one organizational system.",
      payload: { system: 'string' },
      transitions: [
        // No spreads or property reads here: they would keep the machine in bundles that do not use it.
        {
          from: ['planned'],
          to: 'best-practice',
          guards: openSessionGuards,
          update: openSessionUpdate,
        },
        {
          from: ['applying'],
          to: 'best-practice',
          guards: openSessionGuards,
          update: openSessionUpdate,
        },
      ],
    },
    'report-back': {
      description:
        "A team reports back on last session's action plan; each report names an action and may set its status.",
      payload: { teamId: 'string', reports: /* @__PURE__ */ shape.array(actionReportShape) },
      optional: ['reports'],
      transitions: [
        {
          from: ['best-practice'],
          guards: [
            {
              id: 'plan-to-report',
              description:
                'The team had an action plan in the previous session and has not reported yet.',
              needs: 'event',
              check: ({ context, event }) => {
                const planSession = current(context) - 1;
                if (
                  !context.actionPlans.some(
                    (p) => p.session === planSession && p.teamId === event.teamId,
                  )
                )
                  return [
                    refusalReason('no_plan_to_report', { teamId: event.teamId, planSession }),
                  ];
                if (
                  context.reportBacks.some(
                    (r) => r.session === current(context) && r.teamId === event.teamId,
                  )
                )
                  return [refusalReason('already_reported', { teamId: event.teamId })];
                return [];
              },
            },
            reportsOnOwnActions,
          ],
          update: (draft, { event, at }) => {
            const reports = (event.reports ?? []).map((r) => reportBackOf(r, calendarDate(at)));
            draft.reportBacks.push({
              session: current(draft),
              planSession: current(draft) - 1,
              teamId: event.teamId,
              reports,
            });
            for (const report of reports)
              for (const plan of draft.actionPlans)
                if (plan.teamId === event.teamId)
                  for (const action of plan.actions)
                    if (action.id === report.actionId) applyReport(action, report);
          },
        },
      ],
    },
    'present-best-practices': {
      description: 'The host presents best practices from high performers; report-backs close.',
      payload: { practices: /* @__PURE__ */ shape.array('string') },
      transitions: [
        {
          from: ['best-practice'],
          to: 'self-assessment',
          update: (draft, { event }) => {
            const session = draft.sessions[draft.sessions.length - 1];
            if (session !== undefined) session.bestPractices = [...event.practices];
            const planSession = current(draft) - 1;
            for (const plan of draft.actionPlans) {
              if (plan.session !== planSession) continue;
              if (
                !draft.reportBacks.some(
                  (r) => r.planSession === planSession && r.teamId === plan.teamId,
                )
              )
                draft.missingReportBacks.push({ planSession, teamId: plan.teamId });
            }
          },
          effects: ({ next }) => {
            const planSession = current(next) - 1;
            const teamIds = next.missingReportBacks
              .filter((m) => m.planSession === planSession)
              .map((m) => m.teamId);
            return teamIds.length === 0
              ? []
              : [{ type: 'report-back-missing', planSession, teamIds }];
          },
        },
      ],
    },
    'log-self-assessment': {
      description: "Log a team's self-assessment: strengths and opportunities for improvement.",
      payload: {
        teamId: 'string',
        strengths: /* @__PURE__ */ shape.array('string'),
        opportunities: /* @__PURE__ */ shape.array('string'),
      },
      transitions: [
        {
          from: ['self-assessment'],
          guards: [/* @__PURE__ */ registered()],
          update: (draft, { event }) => {
            const session = current(draft);
            draft.selfAssessments = draft.selfAssessments.filter(
              (s) => !(s.session === session && s.teamId === event.teamId),
            );
            draft.selfAssessments.push({
              session,
              teamId: event.teamId,
              strengths: [...event.strengths],
              opportunities: [...event.opportunities],
            });
          },
        },
      ],
    },
    'plan-actions': {
      description: 'Move on to action planning.',
      transitions: [
        {
          from: ['self-assessment'],
          to: 'action-planning',
          guards: [
            {
              id: 'every-team-assessed',
              description: 'Every team logged its self-assessment.',
              check: ({ context }) => {
                const teamIds = context.teams.filter(
                  (t) =>
                    !context.selfAssessments.some(
                      (s) => s.session === current(context) && s.teamId === t,
                    ),
                );
                return teamIds.length === 0
                  ? []
                  : [refusalReason('self_assessments_missing', { teamIds })];
              },
            },
          ],
        },
      ],
    },
    'log-action-plan': {
      description:
        "Log a team's action plan: actions of the action-plan type; the machine sets their origin to this session and team.",
      payload: { teamId: 'string', actions: /* @__PURE__ */ shape.array(actionShape) },
      transitions: [
        {
          from: ['action-planning'],
          guards: [
            /* @__PURE__ */ registered(),
            {
              id: 'actions-given',
              description: 'The plan has at least one action.',
              needs: 'event',
              check: ({ event }) =>
                event.actions.length > 0
                  ? []
                  : [refusalReason('empty_action_plan', { teamId: event.teamId })],
            },
            actionsWellFormed,
          ],
          update: (draft, { event }) => {
            const session = current(draft);
            draft.actionPlans = draft.actionPlans.filter(
              (p) => !(p.session === session && p.teamId === event.teamId),
            );
            const actions = event.actions.map((a) => {
              const action = copyAction(a);
              action.origin = {
                type: 'practice-session',
                seasonId: draft.seasonId,
                session,
                teamId: event.teamId,
              };
              return action;
            });
            draft.actionPlans.push({ session, teamId: event.teamId, actions });
          },
        },
      ],
    },
    'close-session': {
      description: 'Close the session; teams apply their plans at work until the next one.',
      transitions: [
        {
          from: ['action-planning'],
          to: 'applying',
          guards: [
            {
              id: 'every-team-planned',
              description: 'Every team logged an action plan.',
              check: ({ context }) => {
                const teamIds = context.teams.filter(
                  (t) =>
                    !context.actionPlans.some(
                      (p) => p.session === current(context) && p.teamId === t,
                    ),
                );
                return teamIds.length === 0
                  ? []
                  : [refusalReason('action_plans_missing', { teamIds })];
              },
            },
          ],
        },
      ],
    },
    'close-season': {
      description: 'Close the season.',
      transitions: [
        {
          from: ['planned', 'applying'],
          to: 'season-closed',
          effects: ({ next }) => [
            {
              type: 'season-closed',
              sessions: next.sessions.length,
              missingReportBacks: next.missingReportBacks.length,
            },
          ],
        },
      ],
    },
  },
  createContext: (input) => ({
    seasonId: input.seasonId,
    seasonMonths: [...(input.seasonMonths ?? DEFAULT_SEASON_MONTHS)],
    teams: [...new Set(input.teams ?? [])],
    sessions: [],
    selfAssessments: [],
    actionPlans: [],
    reportBacks: [],
    missingReportBacks: [],
  }),
  context: /* @__PURE__ */ shape.object({
    seasonId: 'string',
    seasonMonths: /* @__PURE__ */ shape.array('integer'),
    teams: /* @__PURE__ */ shape.array('string'),
    sessions: /* @__PURE__ */ shape.array(
      /* @__PURE__ */ shape.object({
        number: 'integer',
        on: 'timestamp',
        system: 'string',
        bestPractices: /* @__PURE__ */ shape.array('string'),
      }),
    ),
    selfAssessments: /* @__PURE__ */ shape.array(
      /* @__PURE__ */ shape.object({
        session: 'integer',
        teamId: 'string',
        strengths: /* @__PURE__ */ shape.array('string'),
        opportunities: /* @__PURE__ */ shape.array('string'),
      }),
    ),
    actionPlans: /* @__PURE__ */ shape.array(
      /* @__PURE__ */ shape.object({
        session: 'integer',
        teamId: 'string',
        actions: /* @__PURE__ */ shape.array(actionShape),
      }),
    ),
    reportBacks: /* @__PURE__ */ shape.array(
      /* @__PURE__ */ shape.object({
        session: 'integer',
        planSession: 'integer',
        teamId: 'string',
        reports: /* @__PURE__ */ shape.array(reportBackShape),
      }),
    ),
    missingReportBacks: /* @__PURE__ */ shape.array(
      /* @__PURE__ */ shape.object({ planSession: 'integer', teamId: 'string' }),
    ),
  }),
};

/**
 * The community-of-practice season machine (its definition, with every guard and effect, is `.definition`).
 *
 * @example
 * ```ts
 * const s = practiceSeasonMachine.initialSnapshot({ seasonId: 'penw-2026-27', teams: ['clinic-a', 'school-b'] });
 * if (s.ok) practiceSeasonMachine.transition(s.value, { type: 'open-session', system: 'Workforce', at: '2026-09-16' });
 * ```
 */
export const practiceSeasonMachine: Machine<T> =
  /* @__PURE__ */ createMachine(practiceSeasonDefinition);

/** The actions and report-backs of a season, ready to roll up with an action plan. */
export interface SeasonActions {
  /** Every team's actions of every session, with the status their report-backs left them in. */
  readonly actions: Action[];
  /** Every report-back on an action, in the order given. */
  readonly reportBacks: ReportBack[];
}

/**
 * The actions of a community-of-practice season as action-plan actions (origin
 * `practice-session` with the season, session and team) and its report-backs, so that they roll
 * up with the community's action plan (`ActionPlan` of `@community-excellence/schemas`: put them in
 * its `actions` and `reportBacks`). The lists are copies.
 *
 * Never throws: a snapshot it cannot read gives empty lists.
 *
 * @example
 * ```ts
 * declare const snapshot: Snapshot<PracticeSeasonTypes>;
 * const { actions, reportBacks } = seasonActions(snapshot);
 * ```
 */
export function seasonActions(snapshot: Snapshot<PracticeSeasonTypes>): SeasonActions {
  try {
    const context = snapshot.context;
    return {
      actions: context.actionPlans.flatMap((p) => p.actions.map(copyAction)),
      reportBacks: context.reportBacks.flatMap((r) => r.reports.map((b) => ({ ...b }))),
    };
  } catch {
    return { actions: [], reportBacks: [] };
  }
}
