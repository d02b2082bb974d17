import { describe, expect, it } from 'vitest';
import type { Assessment } from '../assessment/assessment.js';
import { BUILT_IN_FRAMEWORKS } from '../built-in-frameworks.js';
import type { IndicatorSet } from '../outcome/indicator.js';
import { validateDocumentSet } from '../validate-document-set.js';
import type { ActionPlan } from './action-plan.js';
import {
  checkActionPlanReferences,
  type ActionPlanReferenceContext,
} from './check-action-plan-references.js';
import { readRiverbend, riverbendPlan } from './test-fixtures.js';

const assessment = readRiverbend('assessment.json') as Assessment;
const indicatorSet = readRiverbend('indicators.json') as IndicatorSet;
const context: ActionPlanReferenceContext = {
  assessments: [assessment],
  assessmentIds: new Set([assessment.id]),
  indicators: indicatorSet.indicators,
  outcomeTargets: [{ indicatorId: 'chronic-absence-k3', period: '2027-28' }],
  frameworks: new Map(BUILT_IN_FRAMEWORKS.map((framework) => [framework.id, framework] as const)),
};

const summary = (
  issues: readonly { code: string; path: readonly (string | number)[]; severity: string }[],
) => issues.map((issue) => `${issue.severity} ${issue.code} ${issue.path.join('.')}`);

function withServes(
  serves: ActionPlan['actions'][number]['serves'],
  extra: Partial<ActionPlan> = {},
): ActionPlan {
  const plan = riverbendPlan();
  return { ...plan, ...extra, actions: [{ ...plan.actions[0]!, serves }] };
}

describe('checkActionPlanReferences', () => {
  it('finds every reference of the Riverbend plan', () => {
    expect(checkActionPlanReferences(riverbendPlan(), context)).toEqual([]);
  });

  it('reports a finding id the assessment does not have, at its findingId', () => {
    const issues = checkActionPlanReferences(
      withServes({
        findings: [{ findingId: 'consensus-1.1-o1' }, { findingId: 'consensus-9.9-o1' }],
      }),
      context,
    );
    expect(summary(issues)).toEqual([
      'error unknown_finding actions.0.serves.findings.1.findingId',
    ]);
    expect(issues[0]?.message).toBe(
      'Finding consensus-9.9-o1 is not a finding of riverbend-2026-baseline-level-3.',
    );
  });

  it('accepts a strength and a review finding, and an explicit assessment id', () => {
    const reviewFinding = assessment.reviews[0]?.items[0]?.opportunities?.[0]?.id;
    expect(reviewFinding).toBeDefined();
    const issues = checkActionPlanReferences(
      withServes({
        findings: [
          { findingId: 'consensus-1.1-s1' },
          { findingId: reviewFinding!, assessmentId: assessment.id },
        ],
      }),
      context,
    );
    expect(issues).toEqual([]);
  });

  it('reports an assessment that is not in the set, and leaves its findings unchecked', () => {
    const issues = checkActionPlanReferences(
      withServes(
        { findings: [{ findingId: 'anything', assessmentId: 'riverbend-2024' }] },
        { assessmentIds: [assessment.id, 'riverbend-2024'] },
      ),
      context,
    );
    expect(summary(issues)).toEqual([
      'warning unknown_reference assessmentIds.1',
      'warning unknown_reference actions.0.serves.findings.0.assessmentId',
    ]);
  });

  it('does not check findings of an assessment that is in the set but failed validation', () => {
    const issues = checkActionPlanReferences(
      withServes({ findings: [{ findingId: 'anything' }] }),
      {
        ...context,
        assessments: [],
      },
    );
    expect(issues).toEqual([]);
  });

  it('falls back on the assessments of the plan community when the plan names none', () => {
    const plan = withServes({ findings: [{ findingId: 'consensus-9.9-o1' }] });
    delete (plan as { assessmentIds?: unknown }).assessmentIds;
    expect(summary(checkActionPlanReferences(plan, context))).toEqual([
      'error unknown_finding actions.0.serves.findings.0.findingId',
    ]);
    const other = { ...plan, communityId: 'elsewhere' };
    expect(checkActionPlanReferences(other, context)).toEqual([]);
  });

  it('reports unknown indicators and target periods no indicator or outcome target sets', () => {
    const issues = checkActionPlanReferences(
      withServes({
        indicators: ['kindergarten-readiness', 'rainfall'],
        targets: [
          { indicatorId: 'hs-graduation-4yr', period: '2027-28' },
          { indicatorId: 'chronic-absence-k3', period: '2027-28' },
          { indicatorId: 'hs-graduation-4yr', period: '2031-32' },
          { indicatorId: 'rainfall', period: '2027-28' },
          { indicatorId: 'kindergarten-readiness' },
        ],
      }),
      context,
    );
    expect(summary(issues)).toEqual([
      'error unknown_reference actions.0.serves.indicators.1',
      'error unknown_target_period actions.0.serves.targets.2.period',
      'error unknown_reference actions.0.serves.targets.3.indicatorId',
    ]);
    expect(issues[1]?.message).toBe(
      'Indicator hs-graduation-4yr has no target for period 2031-32.',
    );
  });

  it('leaves indicators unchecked when the set has no indicator set', () => {
    const { indicators: _ignored, ...noIndicators } = context;
    expect(
      checkActionPlanReferences(withServes({ indicators: ['rainfall'] }), noIndicators),
    ).toEqual([]);
  });

  it("reports framework codes unknown to the assessment's framework, in serves and the expected effect", () => {
    const plan = withServes({
      findings: [{ findingId: 'consensus-1.1-o1' }],
      items: ['1.1', '1', '7.4', '1.1a', '9.9'],
    });
    plan.actions[0] = { ...plan.actions[0]!, expectedEffect: { description: 'x', item: '8.1' } };
    const issues = checkActionPlanReferences(plan, context);
    expect(summary(issues)).toEqual([
      'error unknown_item actions.0.serves.items.4',
      'error unknown_item actions.0.expectedEffect.item',
    ]);
    expect(issues[0]?.message).toContain('9.9');
  });

  it('never throws', () => {
    expect(
      checkActionPlanReferences(null as unknown as ActionPlan, context).map((issue) => issue.code),
    ).toEqual(['unexpected_shape']);
  });
});

describe('validateDocumentSet with an action plan', () => {
  const files = [
    'community.json',
    'assessment.json',
    'indicators.json',
    'partnership-evidence.json',
    'action-plan.json',
  ];

  it('validates the Riverbend plan with its assessment, indicators and evidence: no errors, the overdue warning', () => {
    const result = validateDocumentSet(files.map(readRiverbend));
    expect(result.ok).toBe(true);
    expect(summary(result.issues)).toEqual(['warning action_overdue 4.actions.2.dueDate']);
  });

  it('reports broken references with paths that start at the plan', () => {
    const plan = riverbendPlan();
    plan.actions[0] = {
      ...plan.actions[0]!,
      serves: {
        findings: [{ findingId: 'consensus-1.1-o9' }],
        indicators: ['rainfall'],
        items: ['1.9'],
      },
    };
    const result = validateDocumentSet([
      ...files.slice(0, 4).map(readRiverbend),
      { ...plan, communityId: 'elsewhere' },
    ]);
    expect(result.ok).toBe(false);
    expect(summary(result.issues)).toEqual([
      'warning action_overdue 4.actions.2.dueDate',
      'warning unknown_reference 4.communityId',
      'error unknown_finding 4.actions.0.serves.findings.0.findingId',
      'error unknown_item 4.actions.0.serves.items.0',
      'error unknown_reference 4.actions.0.serves.indicators.0',
    ]);
  });
});
