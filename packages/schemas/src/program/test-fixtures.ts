import type { Cohort } from './cohort.js';
import type { ProgramParticipation } from './program-participation.js';

/**
 * A realistic (fictional) NLC cohort used by tests and docs.
 *
 * @example
 * ```ts
 * validateCohort(nlcCohort()).ok; // true
 * ```
 */
export function nlcCohort(): Cohort {
  return {
    kind: 'cohort',
    formatVersion: 1,
    id: 'nlc-2026-10',
    program: 'coe-nlc',
    name: 'National Learning Collaborative 2026-2027',
    cohortNumber: 10,
    classLabel: 'Class of 2029',
    kickoffOn: '2026-10-07',
    capacity: 6,
    stage: 'kickoff',
    communities: [
      {
        communityId: 'riverbend-county',
        joinedOn: '2026-09-01',
        mentorIds: ['mentor-kim'],
        status: 'active',
      },
      { communityId: 'maple-falls', joinedOn: '2026-09-03', mentorIds: ['mentor-okafor'] },
      {
        communityId: 'lakeside-region',
        joinedOn: '2026-09-10',
        mentorIds: ['mentor-kim', 'coach-baker'],
      },
      { communityId: 'hill-county', status: 'withdrawn' },
    ],
    faculty: [
      { id: 'fac-lee', name: 'Pat Lee', role: 'Lead faculty' },
      { id: 'fac-rao', name: 'Meera Rao', role: 'Faculty' },
    ],
    coaches: [{ id: 'coach-baker', name: 'Jordan Baker', role: 'Baldrige expert coach' }],
    mentors: [
      { id: 'mentor-kim', name: 'Sun Kim' },
      { id: 'mentor-okafor', name: 'Chidi Okafor' },
    ],
    sessions: [
      {
        id: 's-kickoff',
        date: '2026-10-07',
        topic: 'Kickoff: the Community Profile',
        kind: 'kickoff',
        mode: 'virtual',
        facilitatorIds: ['fac-lee'],
      },
      {
        id: 's-2',
        date: '2026-10-21',
        topic: 'P.1 Community Environment',
        kind: 'regular',
        durationMinutes: 60,
        facilitatorIds: ['fac-rao'],
      },
      {
        date: '2026-11-04',
        topic: 'Introductory course',
        kind: 'introductory-course',
        courseSession: { number: 1, of: 6 },
      },
    ],
  };
}

/**
 * A realistic (fictional) NLC participation record used by tests and docs.
 *
 * @example
 * ```ts
 * validateProgramParticipation(riverbendParticipation()).ok; // true
 * ```
 */
export function riverbendParticipation(): ProgramParticipation {
  return {
    kind: 'program-participation',
    formatVersion: 1,
    id: 'riverbend-county-nlc',
    communityId: 'riverbend-county',
    program: 'coe-nlc',
    cohortId: 'nlc-2026-10',
    stage: 'year-2',
    readinessChecklist: [
      {
        characteristicId: 'R1',
        status: 'met',
        evidence: [{ note: 'Excellence council with 7 sectors', date: '2026-03-12' }],
      },
      {
        characteristicId: 'R2',
        status: 'met',
        evidence: [
          { note: 'United Way board resolution', date: '2026-04-02', source: 'board minutes' },
        ],
      },
      { characteristicId: 'R6', status: 'not-met', assessedOn: '2026-05-01' },
      { characteristicId: 'R8', status: 'unknown' },
    ],
    readinessSelfAssessment: {
      date: '2026-03-01',
      scores: [3, 4, 3, 3, 4, 2, 3, 4, 3, 3],
      respondents: 9,
    },
    commitments: [
      {
        year: 1,
        startsOn: '2026-10-01',
        endsOn: '2027-09-30',
        renewed: true,
        renewedOn: '2027-08-15',
      },
      { year: 2, startsOn: '2027-10-01', endsOn: '2028-09-30' },
    ],
    history: [
      { date: '2026-02-10', to: 'inquiry', actor: 'Dana Ortiz' },
      { date: '2026-03-20', from: 'inquiry', to: 'application' },
      {
        date: '2026-05-01',
        from: 'application',
        to: 'readiness',
        note: 'Checklist reviewed with staff',
      },
      { date: '2026-06-15', from: 'readiness', to: 'preparatory' },
      { date: '2026-10-07', from: 'preparatory', to: 'year-1', note: 'Kickoff' },
      { date: '2027-10-01', from: 'year-1', to: 'year-2', actor: 'program staff' },
    ],
  };
}
