// Cohort machine speed: transitions per second and persisted-snapshot restore time, compared in the
// same run with a hand-written reducer (object spread, no guards, no validation, no history) and with
// JSON.parse alone. Imports the built package (run `pnpm build` first, or `pnpm bench`).
import { cohortMachine, communityJourneyMachine } from '../packages/cohorts/dist/index.js';
import { measure, table } from './measure.mjs';

const COHORTS = 1_000;
const EVENTS_PER_COHORT = 100;

/** A formed cohort in phase one: 6 communities with mentors, faculty, coach. */
function phaseOne(id) {
  let s = cohortMachine.initialSnapshot({ cohortId: id }).value;
  const events = [
    ...['a', 'b', 'c', 'd', 'e', 'f'].map((c) => ({
      type: 'enroll',
      communityId: c,
      at: '2026-08-01',
    })),
    ...['a', 'b', 'c', 'd', 'e', 'f'].map((c) => ({
      type: 'assign-mentor',
      communityId: c,
      mentorId: `m-${c}`,
      at: '2026-09-01',
    })),
    { type: 'assign-faculty', facultyId: 'fac', at: '2026-09-01' },
    { type: 'assign-coach', coachId: 'coach', at: '2026-09-01' },
    { type: 'kick-off', at: '2026-10-07' },
    { type: 'advance', at: '2026-10-08' },
  ];
  for (const e of events) s = cohortMachine.transition(s, e).snapshot;
  return s;
}

/** The activity events a year of a cohort produces: sessions twice a month, mentor sessions, reviews. */
const activity = Array.from({ length: EVENTS_PER_COHORT }, (_, i) => ({
  type: 'record-activity',
  kind: i % 10 === 0 ? 'expert-review' : i % 2 === 0 ? 'session' : 'mentor-session',
  ...(i % 2 === 1 ? { communityId: 'abcdef'[i % 6] } : {}),
  at: `2027-${String(1 + Math.floor(i / 10)).padStart(2, '0')}-${String(1 + (i % 10) * 2).padStart(2, '0')}`,
}));

const starts = Array.from({ length: COHORTS }, (_, i) => phaseOne(`cohort-${i}`));
const count = COHORTS * EVENTS_PER_COHORT;

// What a user would otherwise write: a reducer with spreads, no guards, validation or history.
function handReducer(state, event) {
  if (event.type !== 'record-activity') return state;
  return {
    ...state,
    context: {
      ...state.context,
      activities: [
        ...state.context.activities,
        { kind: event.kind, on: event.at.slice(0, 10), communityId: event.communityId ?? null },
      ],
    },
  };
}

const results = [
  measure('hand-written reducer (spread, no checks)', count, () => {
    for (const s0 of starts) {
      let s = s0;
      for (const e of activity) s = handReducer(s, e);
    }
  }),
  measure('cohortMachine.transition (accepted)', count, () => {
    for (const s0 of starts) {
      let s = s0;
      for (const e of activity) s = cohortMachine.transition(s, e).snapshot;
    }
  }),
  measure('cohortMachine.transition (recordPatches)', count, () => {
    for (const s0 of starts) {
      let s = s0;
      for (const e of activity)
        s = cohortMachine.transition(s, e, { recordPatches: true }).snapshot;
    }
  }),
  measure('cohortMachine.transition (refused by guards)', count, () => {
    for (const s0 of starts)
      for (let i = 0; i < EVENTS_PER_COHORT; i += 1)
        cohortMachine.transition(s0, { type: 'advance', at: '2027-01-01' });
  }),
  measure('cohortMachine.allowedEvents', COHORTS * 10, () => {
    for (const s0 of starts) for (let i = 0; i < 10; i += 1) cohortMachine.allowedEvents(s0);
  }),
];
console.log(
  `### Transitions (${COHORTS.toLocaleString('en-US')} cohorts x ${EVENTS_PER_COHORT} events)\n`,
);
console.log(table(results, 'hand-written reducer (spread, no checks)'));

// Restore: persisted snapshots after a year of activity (each ~120 history entries), and one long-lived
// community-journey snapshot with a long history.
const persisted = starts.map((s0) => {
  let s = s0;
  for (const e of activity) s = cohortMachine.transition(s, e).snapshot;
  return cohortMachine.persist(s);
});
const bytes = persisted.reduce((n, p) => n + p.length, 0);
let long = communityJourneyMachine.initialSnapshot({ communityId: 'c' }).value;
long = communityJourneyMachine.transition(long, { type: 'apply', at: '2026-01-01' }).snapshot;
for (let i = 0; i < 5_000; i += 1) {
  long = communityJourneyMachine.transition(long, {
    type: 'record-readiness',
    characteristicId: `R${1 + (i % 9)}`,
    status: 'met',
    evidence: [{ note: `minutes ${i}`, date: '2026-01-01' }],
    at: '2026-01-01',
  }).snapshot;
}
const longText = communityJourneyMachine.persist(long);
const restoreResults = [
  measure('JSON.parse only', COHORTS, () => {
    for (const p of persisted) JSON.parse(p);
  }),
  measure('cohortMachine.restore (parse + full validation)', COHORTS, () => {
    for (const p of persisted) if (!cohortMachine.restore(p).ok) throw new Error('restore failed');
  }),
  measure('communityJourneyMachine.restore, 5,000-entry history', 10, () => {
    for (let i = 0; i < 10; i += 1)
      if (!communityJourneyMachine.restore(longText).ok) throw new Error('restore failed');
  }),
];
console.log(
  `\n### Restore (${COHORTS.toLocaleString('en-US')} persisted cohorts, ${(bytes / 1e6).toFixed(1)} MB; one journey snapshot of ${(longText.length / 1e6).toFixed(1)} MB)\n`,
);
console.log(table(restoreResults, 'JSON.parse only'));
