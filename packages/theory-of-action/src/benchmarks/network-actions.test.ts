import { readFileSync } from 'node:fs';
import type { PartnershipEvidence } from '@community-excellence/schemas/data';
import { describe, expect, it } from 'vitest';
import { assessPartnership } from './assess-partnership.js';
import {
  networkActionsNote,
  networkPdsaCycles,
  runsContinuousImprovement,
} from './network-actions.js';

const ex = (n: string): never =>
  JSON.parse(
    readFileSync(new URL(`../../../../examples/riverbend/${n}`, import.meta.url), 'utf8'),
  ) as never;
const evidence: PartnershipEvidence = ex('partnership-evidence.json');
const input = {
  evidence,
  indicators: ex('indicators.json'),
  observations: ex('observations.json'),
};

type Network = NonNullable<PartnershipEvidence['actionNetworks']>[number];
const quiet: Network = {
  id: 'an-quiet',
  name: 'Quiet network',
  usesData: true,
  actions: [
    {
      id: 'a1',
      title: 'Reminders',
      status: 'done',
      serves: {},
      pdsaCycles: [
        { id: 'p1', change: 'Reminders', prediction: 'Fewer absences', startedOn: '2026-01-05' },
      ],
    },
    { id: 'a2', title: 'Home calls', status: 'planned', serves: {} },
  ],
};

describe('action network actions as benchmark evidence', () => {
  it('counts PDSA cycles on a network’s actions as continuous improvement at work', () => {
    expect(networkPdsaCycles(quiet)).toBe(1);
    expect(runsContinuousImprovement(quiet)).toBe(true);
    expect(runsContinuousImprovement({ ...quiet, actions: [] })).toBe(false);
    expect(networkActionsNote(quiet)).toBe('; 2 action(s) (1 done), 1 PDSA cycle(s)');
    expect(networkActionsNote({ id: 'n', name: 'N' })).toBe('');
  });

  it('names the Riverbend networks’ actions and PDSA cycles in the evidence, verdicts unchanged', () => {
    const report = assessPartnership(input);
    const result = (id: string) => report.results.find((r) => r.id === id);
    expect(result('E.3.1')?.status).toBe('met');
    expect(result('E.3.1')?.reasons).toEqual([
      '3 action network(s) run continuous improvement; 3 PDSA cycle(s) recorded on their actions',
    ]);
    expect(result('E.3.1')?.evidence.map((e) => e.note)).toEqual([
      'an-ready-for-k: RBA turn-the-curve',
      'an-attendance: PDSA; 2 action(s) (0 done), 2 PDSA cycle(s)',
      'an-on-track: PDSA; 1 action(s) (1 done), 1 PDSA cycle(s)',
    ]);
    expect(result('PR.3')?.evidence.map((e) => e.note)).toContain(
      'an-attendance: true; 2 action(s) (0 done), 2 PDSA cycle(s)',
    );
    expect(result('S.3.1')?.evidence.map((e) => e.note)).toContain(
      'an-on-track: usesData true, continuousImprovement true; 1 action(s) (1 done), 1 PDSA cycle(s)',
    );
    // Without the actions, every verdict is the same: the example's networks already say they improve.
    const without = assessPartnership({
      ...input,
      evidence: {
        ...evidence,
        actionNetworks: evidence.actionNetworks?.map(({ actions: _actions, ...n }) => n),
      },
    });
    expect(without.results.map((r) => [r.id, r.status])).toEqual(
      report.results.map((r) => [r.id, r.status]),
    );
  });

  it('lets a network that does not say so show continuous improvement by its PDSA cycles', () => {
    const only: PartnershipEvidence = { ...evidence, actionNetworks: [quiet] };
    const report = assessPartnership({ ...input, evidence: only });
    const result = (id: string) => report.results.find((r) => r.id === id);
    expect(result('E.3.1')).toMatchObject({
      status: 'met',
      reasons: [
        '1 action network(s) run continuous improvement; 1 PDSA cycle(s) recorded on their actions',
      ],
    });
    expect(result('E.3.1')?.evidence[0]).toMatchObject({
      path: ['actionNetworks', 0, 'actions'],
      note: 'an-quiet: method not named; 2 action(s) (1 done), 1 PDSA cycle(s)',
    });
    expect(result('PR.3')?.status).toBe('met');
    expect(result('S.3.1')?.status).toBe('met');
    const none = assessPartnership({
      ...input,
      evidence: { ...evidence, actionNetworks: [{ ...quiet, actions: [] }] },
    });
    expect(none.results.find((r) => r.id === 'PR.3')?.status).toBe('not-met');
  });
});
