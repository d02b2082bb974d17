import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths } from '../core/time.js';
import { machineProperties, sendAll, start, type Driver } from '../testing/machine-properties.js';
import {
  communityOfPracticeMachine as machine,
  type CommunityOfPracticeEvent,
  type CommunityOfPracticeTypes,
} from './community-of-practice.js';
import {
  practiceSeasonMachine as season,
  type PracticeSeasonEvent,
  type PracticeSeasonTypes,
} from './practice-season.js';

const driver: Driver<CommunityOfPracticeTypes> = {
  machine,
  input: { practiceId: 'class-of-2029' },
  startAt: '2029-11-01',
  eventsFor: (step, snapshot, now) => {
    const c = snapshot.context;
    const prep: CommunityOfPracticeEvent[] = [];
    for (let i = c.members.length; i < c.minimumMembers; i += 1)
      prep.push({ type: 'add-member', memberId: `m${i}`, at: now });
    const first = c.members[0] ?? 'm0';
    if (c.coordinatorId === null) prep.push({ type: 'name-coordinator', memberId: first, at: now });
    if (c.learningAgenda === null)
      prep.push({ type: 'set-learning-agenda', agenda: 'data sharing across sectors', at: now });
    switch (step.event) {
      case 'add-member':
        return [{ type: 'add-member', memberId: `x${snapshot.history.length}`, at: now }];
      case 'remove-member':
        return (
          [
            ...prep,
            { type: 'remove-member', memberId: 'm0', at: now },
          ] as CommunityOfPracticeEvent[]
        ).slice(c.members.includes('m0') ? -1 : 0);
      case 'name-coordinator':
        return [
          ...prep.filter((e) => e.type === 'add-member'),
          { type: 'name-coordinator', memberId: first, at: now },
        ];
      case 'set-learning-agenda':
        return [{ type: 'set-learning-agenda', agenda: 'revised agenda', at: now }];
      case 'merge':
      case 'institutionalize':
        return [{ type: step.event, into: 'regional-network', at: now }];
      case 'split':
        return [{ type: 'split', into: ['north', 'south'], at: now }];
      default:
        return [...prep, { type: step.event, at: addMonths(now, 6) } as CommunityOfPracticeEvent];
    }
  },
  arbitraryEvent: fc.oneof(
    fc.record({
      type: fc.constantFrom(
        'add-member' as const,
        'remove-member' as const,
        'name-coordinator' as const,
      ),
      memberId: fc.constantFrom('a', 'b', 'c', 'd'),
    }),
    fc.record({ type: fc.constant('set-learning-agenda' as const), agenda: fc.string() }),
    fc.constantFrom<CommunityOfPracticeEvent>(
      { type: 'coalesce' },
      { type: 'mature' },
      { type: 'steward' },
      { type: 'renew' },
      { type: 'transform' },
      { type: 'close' },
    ),
    fc.record({
      type: fc.constantFrom('merge' as const, 'institutionalize' as const),
      into: fc.constant('x'),
    }),
    fc.record({
      type: fc.constant('split' as const),
      into: fc.array(fc.constantFrom('n', 's'), { maxLength: 3 }),
    }),
  ),
};

describe('community of practice: stages', () => {
  it('coalesces with enough members and a coordinator, matures with a learning agenda, renews from stewardship', () => {
    const s = start(driver);
    const r = machine.transition(s, { type: 'coalesce', at: '2029-12-01' });
    expect(!r.ok && r.reasons).toEqual([
      {
        code: 'members_too_few',
        count: 0,
        minimum: 3,
        message: '0 members; at least 3 are needed.',
      },
      { code: 'coordinator_missing', message: 'No coordinator is named.' },
    ]);
    const grown = sendAll(machine, s, [
      ...['riverbend-county', 'hill-county', 'lake-city'].map(
        (memberId): CommunityOfPracticeEvent => ({
          type: 'add-member',
          memberId,
          at: '2029-12-01',
        }),
      ),
      { type: 'name-coordinator', memberId: 'lake-city', at: '2029-12-01' },
      { type: 'coalesce', at: '2030-01-10' },
    ]);
    const noAgenda = machine.transition(grown, { type: 'mature', at: '2030-06-01' });
    expect(!noAgenda.ok && noAgenda.reasons.map((x) => x.code)).toEqual([
      'learning_agenda_missing',
    ]);
    const mature = sendAll(machine, grown, [
      { type: 'set-learning-agenda', agenda: 'Shared measures', at: '2030-06-01' },
      { type: 'mature', at: '2030-06-01' },
      { type: 'steward', at: '2034-06-01' },
      { type: 'renew', at: '2035-01-01' },
    ]);
    expect(mature.state).toBe('maturing');
    expect(mature.context.renewals).toBe(1);
    const leaving = sendAll(machine, mature, [
      { type: 'remove-member', memberId: 'lake-city', at: '2035-02-01' },
    ]);
    expect(leaving.context.coordinatorId).toBeNull();
    const steward = machine.transition(leaving, { type: 'steward', at: '2035-03-01' });
    expect(!steward.ok && steward.reasons.map((x) => x.code)).toEqual(['coordinator_missing']);
  });

  it('ends by closing, merging, splitting (two successors at least) or being institutionalized', () => {
    const s = sendAll(machine, start(driver), [
      ...['a', 'b', 'c'].map((memberId): CommunityOfPracticeEvent => ({
        type: 'add-member',
        memberId,
        at: '2030-01-01',
      })),
      { type: 'name-coordinator', memberId: 'a', at: '2030-01-01' },
      { type: 'set-learning-agenda', agenda: 'x', at: '2030-01-01' },
      { type: 'coalesce', at: '2030-01-01' },
      { type: 'mature', at: '2030-01-02' },
      { type: 'steward', at: '2030-01-03' },
      { type: 'transform', at: '2036-01-01' },
    ]);
    const one = machine.transition(s, { type: 'split', into: ['north'], at: '2036-02-01' });
    expect(!one.ok && one.reasons.map((x) => x.code)).toEqual(['split_needs_two']);
    const merged = machine.transition(s, {
      type: 'merge',
      into: 'state-network',
      at: '2036-02-01',
    });
    expect(merged.ok && merged.effects).toEqual([
      { type: 'practice-ended', kind: 'merged', into: ['state-network'] },
    ]);
  });

  machineProperties(driver);
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
        if (plan !== undefined) return [{ type: 'report-back', teamId: plan.teamId, at: now }];
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
            actions: ['pilot'],
            at: now,
          })),
          { type: 'close-session', at: now },
          { type: 'open-session', system: 'Leadership', at: next },
          { type: 'report-back', teamId: c.teams[0] ?? '', at: next },
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
        return [{ type: 'log-action-plan', teamId: c.teams[0] ?? '', actions: ['a'], at: now }];
      case 'close-session':
        return [
          ...c.teams.map((teamId): PracticeSeasonEvent => ({
            type: 'log-action-plan',
            teamId,
            actions: ['pilot'],
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
      actions: fc.constantFrom([], ['x']),
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
        actions: ['run a pilot'],
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
