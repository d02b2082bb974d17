import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Action } from '@community-excellence/schemas/data';
import { addMonths } from '../core/time.js';
import { machineProperties, sendAll, start, type Driver } from '../testing/machine-properties.js';
import {
  practiceSeasonMachine as season,
  seasonActions,
  type PracticeSeasonEvent,
  type PracticeSeasonTypes,
} from './practice-season.js';

/** A planned action with an id and a title; the machine fills in its origin. */
const action = (id: string, title = 'Pilot the practice'): Action => ({
  id,
  title,
  status: 'planned',
  serves: {},
});

const SYSTEMS = [
  'Community Profile',
  'Leadership',
  'Strategy',
  'Customers',
  'Measurement',
  'Workforce',
  'Operations',
  'Results',
];
const seasonDriver: Driver<PracticeSeasonTypes> = {
  machine: season,
  input: { seasonId: 'penw-2026-27' },
  startAt: '2026-08-15',
  eventsFor: (step, snapshot, now) => {
    const c = snapshot.context;
    const n = c.sessions.length;
    switch (step.event) {
      case 'register-team':
        return [{ type: 'register-team', teamId: `team-${c.teams.length + 1}`, at: now }];
      case 'open-session': {
        const pre: PracticeSeasonEvent[] =
          c.teams.length === 0 ? [{ type: 'register-team', teamId: 'clinic-a', at: now }] : [];
        // The next season month after the last session (or September of the start year).
        const at =
          n === 0 ? `${now.slice(0, 4)}-09-16` : addMonths(c.sessions[n - 1]?.on ?? now, 1);
        return [
          ...pre,
          {
            type: 'open-session',
            system: SYSTEMS[n % SYSTEMS.length] ?? 'Leadership',
            at: at < now ? now : at,
          },
        ];
      }
      case 'report-back': {
        const plan = c.actionPlans.find((p) => p.session === n - 1);
        if (plan !== undefined)
          return [
            {
              type: 'report-back',
              teamId: plan.teamId,
              reports: plan.actions.map((a) => ({ actionId: a.id, text: 'Under way.' })),
              at: now,
            },
          ];
        // First session: run a whole cycle, open the next session, then report back on its plan.
        const next = addMonths(c.sessions[n - 1]?.on ?? now, 1);
        return [
          { type: 'present-best-practices', practices: [], at: now },
          ...c.teams.map((teamId): PracticeSeasonEvent => ({
            type: 'log-self-assessment',
            teamId,
            strengths: [],
            opportunities: [],
            at: now,
          })),
          { type: 'plan-actions', at: now },
          ...c.teams.map((teamId): PracticeSeasonEvent => ({
            type: 'log-action-plan',
            teamId,
            actions: [action(`${teamId}-s${n}-pilot`)],
            at: now,
          })),
          { type: 'close-session', at: now },
          { type: 'open-session', system: 'Leadership', at: next },
          {
            type: 'report-back',
            teamId: c.teams[0] ?? '',
            reports: [
              { actionId: `${c.teams[0] ?? ''}-s${n}-pilot`, text: 'Ran it.', status: 'done' },
            ],
            at: next,
          },
        ];
      }
      case 'present-best-practices':
        return [
          {
            type: 'present-best-practices',
            practices: ['Baldrige award recipient practice'],
            at: now,
          },
        ];
      case 'log-self-assessment':
        return [
          {
            type: 'log-self-assessment',
            teamId: c.teams[0] ?? '',
            strengths: ['s'],
            opportunities: ['o'],
            at: now,
          },
        ];
      case 'plan-actions':
        return [
          ...c.teams.map((teamId): PracticeSeasonEvent => ({
            type: 'log-self-assessment',
            teamId,
            strengths: ['s'],
            opportunities: ['o'],
            at: now,
          })),
          { type: 'plan-actions', at: now },
        ];
      case 'log-action-plan':
        return [
          {
            type: 'log-action-plan',
            teamId: c.teams[0] ?? '',
            actions: [action(`s${n}-h${snapshot.history.length}`)],
            at: now,
          },
        ];
      case 'close-session':
        return [
          ...c.teams.map((teamId): PracticeSeasonEvent => ({
            type: 'log-action-plan',
            teamId,
            actions: [action(`${teamId}-s${n}-pilot`)],
            at: now,
          })),
          { type: 'close-session', at: now },
        ];
      default:
        return [{ type: step.event, at: now } as PracticeSeasonEvent];
    }
  },
  arbitraryEvent: fc.oneof(
    fc.record({
      type: fc.constantFrom('register-team' as const, 'report-back' as const),
      teamId: fc.constantFrom('clinic-a', 'school-b'),
    }),
    fc.record({
      type: fc.constant('report-back' as const),
      teamId: fc.constantFrom('clinic-a', 'school-b'),
      reports: fc.constantFrom(
        [{ actionId: 'x', text: 'done', status: 'done' as const }],
        [{ actionId: 'clinic-a-s1-pilot', text: '' }],
        [{ actionId: 'clinic-a-s1-pilot', text: 'half', status: 'in-progress' as const }],
      ),
    }),
    fc.record({ type: fc.constant('open-session' as const), system: fc.constantFrom(...SYSTEMS) }),
    fc.record({
      type: fc.constant('present-best-practices' as const),
      practices: fc.constant(['p']),
    }),
    fc.record({
      type: fc.constant('log-self-assessment' as const),
      teamId: fc.constantFrom('clinic-a', 'school-b'),
      strengths: fc.constant([]),
      opportunities: fc.constant(['o']),
    }),
    fc.record({
      type: fc.constant('log-action-plan' as const),
      teamId: fc.constantFrom('clinic-a', 'school-b'),
      actions: fc.constantFrom(
        [],
        [action('x')],
        [action('x'), action('x')],
        [action('bad id')],
        ['x' as unknown as Action],
        [{ ...action('y'), origin: { type: 'action-network' as const, actionNetworkId: 'n' } }],
      ),
    }),
    fc.constantFrom<PracticeSeasonEvent>(
      { type: 'plan-actions' },
      { type: 'close-session' },
      { type: 'close-season' },
    ),
  ),
};

describe('community of practice: monthly season cycle', () => {
  const month = (
    s: ReturnType<typeof start<PracticeSeasonTypes>>,
    at: string,
    system: string,
    reportBack: readonly string[],
  ): ReturnType<typeof start<PracticeSeasonTypes>> =>
    sendAll(season, s, [
      { type: 'open-session', system, at },
      ...reportBack.map((teamId): PracticeSeasonEvent => ({ type: 'report-back', teamId, at })),
      {
        type: 'present-best-practices',
        practices: ['practice from a national award recipient'],
        at,
      },
      ...['clinic-a', 'school-b'].map((teamId): PracticeSeasonEvent => ({
        type: 'log-self-assessment',
        teamId,
        strengths: ['engaged staff'],
        opportunities: ['no measures'],
        at,
      })),
      { type: 'plan-actions', at },
      ...['clinic-a', 'school-b'].map((teamId): PracticeSeasonEvent => ({
        type: 'log-action-plan',
        teamId,
        actions: [action(`${teamId}-${at}`, 'Run a pilot')],
        at,
      })),
      { type: 'close-session', at },
    ]);

  it('runs one system per session and makes a missing report-back visible', () => {
    let s = sendAll(season, start(seasonDriver), [
      { type: 'register-team', teamId: 'clinic-a', at: '2026-09-01' },
      { type: 'register-team', teamId: 'school-b', at: '2026-09-01' },
    ]);
    s = month(s, '2026-09-16', 'Workforce', []);
    const opened = sendAll(season, s, [
      { type: 'open-session', system: 'Customers', at: '2026-10-21' },
      { type: 'report-back', teamId: 'clinic-a', at: '2026-10-21' },
    ]);
    const r = season.transition(opened, {
      type: 'present-best-practices',
      practices: ['p'],
      at: '2026-10-21',
    });
    expect(r.ok && r.effects).toEqual([
      { type: 'report-back-missing', planSession: 1, teamIds: ['school-b'] },
    ]);
    expect(r.ok && r.snapshot.context.missingReportBacks).toEqual([
      { planSession: 1, teamId: 'school-b' },
    ]);
  });

  it('keeps to the season months, one session a month, with every team assessed and planned', () => {
    const s = sendAll(season, start(seasonDriver), [
      { type: 'register-team', teamId: 'clinic-a', at: '2026-06-01' },
      { type: 'register-team', teamId: 'school-b', at: '2026-06-01' },
    ]);
    const june = season.transition(s, {
      type: 'open-session',
      system: 'Strategy',
      at: '2026-06-17',
    });
    expect(!june.ok && june.reasons).toEqual([
      expect.objectContaining({ code: 'outside_season', month: 6 }),
    ]);
    const sept = month(s, '2026-09-16', 'Strategy', []);
    const again = season.transition(sept, {
      type: 'open-session',
      system: 'Leadership',
      at: '2026-09-30',
    });
    expect(!again.ok && again.reasons).toEqual([
      expect.objectContaining({ code: 'session_this_month', on: '2026-09-16' }),
    ]);
    const opened = sendAll(season, sept, [
      { type: 'open-session', system: 'Leadership', at: '2026-10-21' },
      { type: 'present-best-practices', practices: [], at: '2026-10-21' },
      {
        type: 'log-self-assessment',
        teamId: 'clinic-a',
        strengths: [],
        opportunities: ['x'],
        at: '2026-10-21',
      },
    ]);
    const plan = season.transition(opened, { type: 'plan-actions', at: '2026-10-21' });
    expect(!plan.ok && plan.reasons).toEqual([
      expect.objectContaining({ code: 'self_assessments_missing', teamIds: ['school-b'] }),
    ]);
  });

  it('holds at most one session per season month (nine by default)', () => {
    let s = sendAll(season, start(seasonDriver), [
      { type: 'register-team', teamId: 'clinic-a', at: '2026-09-01' },
      { type: 'register-team', teamId: 'school-b', at: '2026-09-01' },
    ]);
    const dates = [
      '2026-09-16',
      '2026-10-21',
      '2026-11-18',
      '2026-12-16',
      '2027-01-20',
      '2027-02-17',
      '2027-03-17',
      '2027-04-21',
      '2027-05-19',
    ];
    dates.forEach((at, i) => {
      s = month(s, at, SYSTEMS[i % SYSTEMS.length] ?? 'x', i === 0 ? [] : ['clinic-a', 'school-b']);
    });
    expect(s.context.sessions).toHaveLength(9);
    expect(s.context.missingReportBacks).toEqual([]);
    const tenth = season.transition(s, {
      type: 'open-session',
      system: 'Results',
      at: '2027-09-15',
    });
    expect(!tenth.ok && tenth.reasons.map((x) => x.code)).toEqual(['season_full']);
    const closed = season.transition(s, { type: 'close-season', at: '2027-05-31' });
    expect(closed.ok && closed.effects).toEqual([
      { type: 'season-closed', sessions: 9, missingReportBacks: 0 },
    ]);
  });

  const planned = (): ReturnType<typeof start<PracticeSeasonTypes>> =>
    sendAll(season, start(seasonDriver), [
      { type: 'register-team', teamId: 'clinic-a', at: '2026-09-01' },
      { type: 'register-team', teamId: 'school-b', at: '2026-09-01' },
      { type: 'open-session', system: 'Workforce', at: '2026-09-16' },
      { type: 'present-best-practices', practices: [], at: '2026-09-16' },
      ...['clinic-a', 'school-b'].map((teamId): PracticeSeasonEvent => ({
        type: 'log-self-assessment',
        teamId,
        strengths: [],
        opportunities: ['no onboarding'],
        at: '2026-09-16',
      })),
      { type: 'plan-actions', at: '2026-09-16' },
    ]);

  it('logs action plans as action-plan actions with the session and team as their origin', () => {
    const given: Action = {
      ...action('a-onboarding', 'Write an onboarding checklist'),
      owner: 'HR lead',
      dueDate: '2026-10-15',
      serves: { items: ['5.1'] },
    };
    const s = sendAll(season, planned(), [
      { type: 'log-action-plan', teamId: 'clinic-a', actions: [given], at: '2026-09-16' },
    ]);
    expect(s.context.actionPlans).toEqual([
      {
        session: 1,
        teamId: 'clinic-a',
        actions: [
          {
            ...given,
            origin: {
              type: 'practice-session',
              seasonId: 'penw-2026-27',
              session: 1,
              teamId: 'clinic-a',
            },
          },
        ],
      },
    ]);
    expect(given.origin).toBeUndefined();
  });

  it('refuses malformed actions, reused ids and origins of another session, team or kind', () => {
    const s = sendAll(season, planned(), [
      { type: 'log-action-plan', teamId: 'clinic-a', actions: [action('a1')], at: '2026-09-16' },
    ]);
    const send = (actions: unknown): ReturnType<typeof season.transition> =>
      season.transition(s, {
        type: 'log-action-plan',
        teamId: 'school-b',
        actions: actions as Action[],
        at: '2026-09-16',
      });
    const codes = (r: ReturnType<typeof season.transition>): unknown =>
      r.ok ? 'accepted' : r.reasons.map((x) => x.code);
    const missingTitle = send([{ id: 'b1', status: 'planned', serves: {} }]);
    expect(!missingTitle.ok && missingTitle.reasons[0]).toMatchObject({
      code: 'invalid_event',
      issues: [expect.objectContaining({ code: 'invalid_type', path: ['actions', 0, 'title'] })],
    });
    const wrongStatus = send([{ ...action('b1'), status: 'finished' }]);
    expect(!wrongStatus.ok && wrongStatus.reasons[0]).toMatchObject({
      code: 'invalid_event',
      issues: [expect.objectContaining({ code: 'invalid_value', path: ['actions', 0, 'status'] })],
    });
    const badOrigin = send([{ ...action('b1'), origin: { type: 'hallway' } }]);
    expect(!badOrigin.ok && badOrigin.reasons[0]).toMatchObject({
      code: 'invalid_event',
      issues: [expect.objectContaining({ path: ['actions', 0, 'origin', 'type'] })],
    });
    const badText = send([{ ...action('b 1', ''), dueDate: '2026-10-15T10:00:00Z' }]);
    expect(!badText.ok && badText.reasons).toEqual([
      expect.objectContaining({
        code: 'invalid_event',
        issues: [
          expect.objectContaining({ code: 'invalid_format', path: ['actions', 0, 'id'] }),
          expect.objectContaining({ code: 'too_small', path: ['actions', 0, 'title'] }),
          expect.objectContaining({ code: 'invalid_format', path: ['actions', 0, 'dueDate'] }),
        ],
      }),
    ]);
    expect(!badText.ok && badText.reasons[0]?.message).toBe(
      'The event is malformed: actions.0.id: Invalid format: expected id (letters, digits, ".", "_", ":" or "-").; actions.0.title: Too small: expected string >= 1.; actions.0.dueDate: Invalid format: expected date (YYYY-MM-DD).',
    );
    const reused = send([action('a1'), action('b1'), action('b1')]);
    expect(!reused.ok && reused.reasons).toEqual([
      expect.objectContaining({ code: 'duplicate_action', actionId: 'a1' }),
      expect.objectContaining({ code: 'duplicate_action', actionId: 'b1' }),
    ]);
    expect(!reused.ok && reused.reasons[0]?.message).toBe('Action a1 exists already.');
    const elsewhere = send([
      {
        ...action('b1'),
        origin: { type: 'practice-session', seasonId: 'other', session: 2, teamId: 'clinic-a' },
      },
      { ...action('b2'), origin: { type: 'collaborative', teamId: 'school-b' } },
    ]);
    expect(!elsewhere.ok && elsewhere.reasons).toEqual([
      expect.objectContaining({
        code: 'origin_mismatch',
        actionId: 'b1',
        field: 'origin.session',
        expected: '1',
        found: '2',
      }),
      expect.objectContaining({ field: 'origin.teamId', expected: 'school-b', found: 'clinic-a' }),
      expect.objectContaining({
        field: 'origin.seasonId',
        expected: 'penw-2026-27',
        found: 'other',
      }),
      expect.objectContaining({
        actionId: 'b2',
        field: 'origin.type',
        expected: 'practice-session',
        found: 'collaborative',
      }),
    ]);
    expect(!elsewhere.ok && elsewhere.reasons[0]?.message).toBe(
      'Action b1 has origin.session "2"; expected "1".',
    );
    const agreeing = send([
      { ...action('b1'), origin: { type: 'practice-session', session: 1, teamId: 'school-b' } },
    ]);
    expect(codes(agreeing)).toBe('accepted');
    // Re-logging a team's plan replaces it, so its own ids may be given again.
    const again = season.transition(s, {
      type: 'log-action-plan',
      teamId: 'clinic-a',
      actions: [action('a1', 'Revised pilot')],
      at: '2026-09-16',
    });
    expect(again.ok && again.snapshot.context.actionPlans.map((p) => p.actions[0]?.title)).toEqual([
      'Revised pilot',
    ]);
  });

  it('keeps hostile keys of actions away from prototypes', () => {
    const s = planned();
    const hostile = JSON.parse(
      '[{"id":"h1","title":"t","status":"planned","serves":{"__proto__":{"polluted":true}},"__proto__":{"polluted":true}}]',
    ) as Action[];
    const r = season.transition(s, {
      type: 'log-action-plan',
      teamId: 'clinic-a',
      actions: hostile,
      at: '2026-09-16',
    });
    expect(!r.ok && r.reasons[0]).toMatchObject({
      code: 'invalid_event',
      issues: [
        expect.objectContaining({ code: 'forbidden_key', path: ['actions', 0, '__proto__'] }),
        expect.objectContaining({
          code: 'forbidden_key',
          path: ['actions', 0, 'serves', '__proto__'],
        }),
      ],
    });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    const report = season.transition(s, {
      type: 'report-back',
      teamId: 'clinic-a',
      reports: JSON.parse('[{"actionId":"h1","text":"t","__proto__":{"polluted":true}}]') as [],
      at: '2026-09-16',
    });
    expect(!report.ok && report.reasons.map((x) => x.code)).toEqual(['invalid_event']);
  });

  it('takes report-backs on named actions, sets their status, and still finds the missing ones', () => {
    let s = sendAll(season, planned(), [
      {
        type: 'log-action-plan',
        teamId: 'clinic-a',
        actions: [action('a1', 'Onboarding checklist'), action('a2', 'Mentor new staff')],
        at: '2026-09-16',
      },
      { type: 'log-action-plan', teamId: 'school-b', actions: [action('b1')], at: '2026-09-16' },
      { type: 'close-session', at: '2026-09-16' },
      { type: 'open-session', system: 'Customers', at: '2026-10-21' },
    ]);
    const foreign = season.transition(s, {
      type: 'report-back',
      teamId: 'clinic-a',
      reports: [{ actionId: 'b1', text: 'Not ours.' }],
      at: '2026-10-21',
    });
    expect(!foreign.ok && foreign.reasons).toEqual([
      expect.objectContaining({ code: 'unknown_action', actionId: 'b1', teamId: 'clinic-a' }),
    ]);
    expect(!foreign.ok && foreign.reasons[0]?.message).toBe('Team clinic-a has no action b1.');
    const empty = season.transition(s, {
      type: 'report-back',
      teamId: 'clinic-a',
      reports: [{ actionId: 'a1', text: '' }],
      at: '2026-10-21',
    });
    expect(!empty.ok && empty.reasons[0]).toMatchObject({
      code: 'invalid_event',
      issues: [expect.objectContaining({ code: 'too_small', path: ['reports', 0, 'text'] })],
    });
    s = sendAll(season, s, [
      {
        type: 'report-back',
        teamId: 'clinic-a',
        reports: [
          { actionId: 'a1', text: 'Checklist in use.', status: 'done', by: 'HR lead' },
          { actionId: 'a2', text: 'Two mentors named.', status: 'in-progress' },
        ],
        at: '2026-10-21',
      },
    ]);
    const r = season.transition(s, {
      type: 'present-best-practices',
      practices: [],
      at: '2026-10-21',
    });
    expect(r.ok && r.effects).toEqual([
      { type: 'report-back-missing', planSession: 1, teamIds: ['school-b'] },
    ]);
    if (!r.ok) return;
    const rolled = seasonActions(r.snapshot);
    expect(rolled.actions.map((a) => [a.id, a.status, a.startedOn, a.completedOn])).toEqual([
      ['a1', 'done', undefined, '2026-10-21'],
      ['a2', 'in-progress', '2026-10-21', undefined],
      ['b1', 'planned', undefined, undefined],
    ]);
    expect(rolled.reportBacks).toEqual([
      {
        actionId: 'a1',
        date: '2026-10-21',
        text: 'Checklist in use.',
        status: 'done',
        by: 'HR lead',
      },
      { actionId: 'a2', date: '2026-10-21', text: 'Two mentors named.', status: 'in-progress' },
    ]);
    expect(rolled.actions[0]?.origin).toEqual({
      type: 'practice-session',
      seasonId: 'penw-2026-27',
      session: 1,
      teamId: 'clinic-a',
    });
    // A later report-back can reopen an action of an earlier session.
    const later = sendAll(season, r.snapshot, [
      ...['clinic-a', 'school-b'].map((teamId): PracticeSeasonEvent => ({
        type: 'log-self-assessment',
        teamId,
        strengths: [],
        opportunities: [],
        at: '2026-10-21',
      })),
      { type: 'plan-actions', at: '2026-10-21' },
      { type: 'log-action-plan', teamId: 'clinic-a', actions: [action('a3')], at: '2026-10-21' },
      { type: 'log-action-plan', teamId: 'school-b', actions: [action('b2')], at: '2026-10-21' },
      { type: 'close-session', at: '2026-10-21' },
      { type: 'open-session', system: 'Strategy', at: '2026-11-18' },
      {
        type: 'report-back',
        teamId: 'clinic-a',
        reports: [{ actionId: 'a1', text: 'Checklist needs a new step.', status: 'planned' }],
        at: '2026-11-18',
      },
    ]);
    expect(seasonActions(later).actions[0]).toMatchObject({ id: 'a1', status: 'planned' });
    expect(seasonActions(later).actions[0]?.completedOn).toBeUndefined();
  });

  it('seasonActions never throws', () => {
    expect(seasonActions(null as never)).toEqual({ actions: [], reportBacks: [] });
    expect(seasonActions({ context: { actionPlans: 7 } } as never)).toEqual({
      actions: [],
      reportBacks: [],
    });
  });

  machineProperties(seasonDriver);
});
