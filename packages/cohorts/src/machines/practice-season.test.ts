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
            reports: [{ actionId: `${c.teams[0] ?? ''}-s${n}-pilot`, text: 'Ran it.', status: 'done' }],
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

  machineProperties(seasonDriver);
});
