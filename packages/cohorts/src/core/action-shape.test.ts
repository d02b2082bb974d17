import { describe, expect, it } from 'vitest';
import {
  ActionSchema,
  PdsaCycleRecordSchema,
  ReportBackSchema,
} from '@community-excellence/schemas';
import { checkShape, type Shape } from '@community-excellence/schemas/data';
import {
  actionIssues,
  actionReportShape,
  actionShape,
  copyAction,
  pdsaCycleRecordShape,
  reportBackShape,
} from './action-shape.js';

const fieldsOf = (s: Shape): string[] =>
  typeof s === 'object' && s.kind === 'object' ? Object.keys(s.fields).sort() : [];
const optionalOf = (s: Shape): string[] =>
  typeof s === 'object' && s.kind === 'object' ? [...s.optional].sort() : [];

const full = {
  id: 'act-onboarding',
  title: 'Write an onboarding checklist',
  description: 'For every new staff member.',
  owner: 'HR lead',
  dueDate: '2026-10-15',
  status: 'in-progress',
  startedOn: '2026-09-20',
  priority: 'high',
  phase: 'Phase 1',
  origin: { type: 'practice-session', seasonId: 'penw-2026-27', session: 1, teamId: 'clinic-a' },
  serves: {
    findings: [{ assessmentId: 'riverbend-2025', findingId: 'consensus-5.1-o1' }],
    items: ['5.1'],
    indicators: ['ind-retention'],
    targets: [{ indicatorId: 'ind-retention', period: '2027' }],
  },
  expectedEffect: {
    description: 'New staff stay.',
    item: '5.1',
    range: '30-45',
    byDate: '2027-06-30',
  },
  pdsaCycles: [
    {
      id: 'pdsa-1',
      aim: 'Retention',
      change: 'Checklist on day one',
      prediction: 'Fewer early leavers',
      startedOn: '2026-09-21',
      observations: 'Used for 4 hires',
      study: 'As predicted',
      decision: 'adopt',
      decidedOn: '2026-10-10',
    },
  ],
  note: 'From the September session.',
};

describe('action shapes', () => {
  it('name exactly the fields of the zod action-plan schemas', () => {
    expect(fieldsOf(actionShape)).toEqual(Object.keys(ActionSchema.shape).sort());
    expect(fieldsOf(pdsaCycleRecordShape)).toEqual(Object.keys(PdsaCycleRecordSchema.shape).sort());
    expect(fieldsOf(reportBackShape)).toEqual(Object.keys(ReportBackSchema.shape).sort());
    expect(optionalOf(actionShape)).toEqual(
      Object.entries(ActionSchema.shape)
        .filter(([, v]) => v.safeParse(undefined).success)
        .map(([k]) => k)
        .sort(),
    );
  });

  it('accept what the zod schema accepts and refuse what it refuses', () => {
    const samples: unknown[] = [
      full,
      { id: 'a', title: 't', status: 'planned', serves: {} },
      { id: 'a', title: 't', status: 'planned' },
      { id: 'a', title: 't', status: 'later', serves: {} },
      { id: 'a', title: 't', status: 'planned', serves: {}, extra: 1 },
      { ...full, origin: { type: 'collaborative', teamId: 'x', session: 1 } },
      { ...full, origin: { type: 'action-network' } },
      {
        ...full,
        pdsaCycles: [
          { id: 'p', change: 'c', prediction: 'p', startedOn: '2026-01-01', decision: 'keep' },
        ],
      },
      { ...full, id: 'has space' },
      { ...full, title: '' },
      { ...full, dueDate: '2026-13-01T00:00:00Z' },
      { ...full, pdsaCycles: [{ id: 'p', change: 'c', prediction: '', startedOn: '2026-01-01' }] },
      { ...full, origin: { type: 'practice-session', session: 0, teamId: 'x' } },
    ];
    for (const sample of samples) {
      const shaped = checkShape(sample, actionShape);
      const ours = shaped.length === 0 ? actionIssues(sample as never, []).length === 0 : false;
      expect(ours, JSON.stringify(sample)).toBe(ActionSchema.safeParse(sample).success);
    }
  });

  it('check report entries of report-back events', () => {
    expect(
      checkShape({ actionId: 'a', text: 't', status: 'done', by: 'me' }, actionReportShape),
    ).toEqual([]);
    expect(
      checkShape({ actionId: 'a', text: 't', date: '2026-01-01' }, actionReportShape).map(
        (i) => i.code,
      ),
    ).toEqual(['unrecognized_key']);
  });

  it('actionIssues never throws and copyAction copies', () => {
    expect(actionIssues(null as never, ['a']).map((i) => i.code)).toEqual(['unexpected_shape']);
    const copy = copyAction(full as never);
    expect(copy).toEqual(full);
    expect(copy).not.toBe(full);
    expect(copy.serves).not.toBe(full.serves);
  });
});
