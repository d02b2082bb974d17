import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  NLC_READINESS,
  baldrigeScoringGuidelines,
  coeBaldrigeDerivedPoints,
  createValueCodec,
  itemsInScope,
  rangeForPercent,
  validateDocument,
  validateDocumentSet,
  type Assessment,
  type Cohort,
  type Community,
  type Indicator,
  type IndicatorSet,
  type Issue,
  type ObservationSet,
  type PartnershipEvidence,
  type ProgramParticipation,
} from '@community-excellence/schemas';

// The fictional Riverbend example, read from the repository as the CLI bundles it.
const EXAMPLE_DIR = new URL('../examples/riverbend/', import.meta.url);

const FILES = [
  'community.json',
  'assessment.json',
  'indicators.json',
  'observations.json',
  'cohort.json',
  'participation.json',
  'partnership-evidence.json',
] as const;
type FileName = (typeof FILES)[number];

/** Position of each document in the set that {@link loadSet} returns; set-level issue paths start with it. */
const AT = {
  community: 0,
  assessment: 1,
  indicators: 2,
  observations: 3,
  cohort: 4,
  participation: 5,
  evidence: 6,
} as const;

const readJson = (name: FileName): unknown =>
  JSON.parse(readFileSync(new URL(name, EXAMPLE_DIR), 'utf8')) as unknown;

/** Fresh, mutable copies of every example document (typed by kind). */
function load(): {
  community: Community;
  assessment: Assessment;
  indicators: IndicatorSet;
  observations: ObservationSet;
  cohort: Cohort;
  participation: ProgramParticipation;
  evidence: PartnershipEvidence;
} {
  return {
    community: readJson('community.json') as Community,
    assessment: readJson('assessment.json') as Assessment,
    indicators: readJson('indicators.json') as IndicatorSet,
    observations: readJson('observations.json') as ObservationSet,
    cohort: readJson('cohort.json') as Cohort,
    participation: readJson('participation.json') as ProgramParticipation,
    evidence: readJson('partnership-evidence.json') as PartnershipEvidence,
  };
}

type Docs = ReturnType<typeof load>;

/** The set-level issues when no indicator set is in the set: outcome indicator ids of the evidence become warnings. */
const outcomeIndicatorWarnings = (
  evidence: PartnershipEvidence,
  at: number,
): { code: string; path: (string | number)[]; severity: string }[] =>
  (evidence.outcomes ?? []).flatMap((outcome, position) =>
    (['coreIndicatorIds', 'contributingIndicatorIds'] as const).flatMap((field) =>
      (outcome[field] ?? []).map((_, k) => ({
        code: 'unknown_reference',
        path: [at, 'outcomes', position, field, k],
        severity: 'warning',
      })),
    ),
  );

/** The warnings when the community document is missing from the set (positions as in the full set). */
const communityWarnings = [
  { code: 'unknown_reference', path: [1, 'communityId'], severity: 'warning' },
  { code: 'unknown_reference', path: [4, 'communities', 0, 'communityId'], severity: 'warning' },
  { code: 'unknown_reference', path: [5, 'communityId'], severity: 'warning' },
  { code: 'unknown_reference', path: [6, 'communityId'], severity: 'warning' },
];
const asSet = (d: Docs): unknown[] => [
  d.community,
  d.assessment,
  d.indicators,
  d.observations,
  d.cohort,
  d.participation,
  d.evidence,
];

/** The comparable part of an issue: code, path and severity. */
const brief = (
  issues: readonly Issue[],
): { code: string; path: readonly (string | number)[]; severity: string }[] =>
  issues.map((issue) => ({ code: issue.code, path: issue.path, severity: issue.severity }));

// Mutable views used by the broken variants (the parsed types are readonly).
type Mutable<T> = { -readonly [K in keyof T]: T[K] };
const mutable = <T>(value: T): Mutable<T> => value as Mutable<T>;

const KIND_BY_FILE: Record<FileName, string> = {
  'community.json': 'community',
  'assessment.json': 'assessment',
  'indicators.json': 'indicator-set',
  'observations.json': 'observation-set',
  'cohort.json': 'cohort',
  'participation.json': 'program-participation',
  'partnership-evidence.json': 'partnership-evidence',
};

describe('examples/riverbend: every document is valid', () => {
  const indicators = (): readonly Indicator[] => load().indicators.indicators;

  it.each(FILES.filter((f) => f !== 'observations.json'))(
    '%s validates alone with zero issues',
    (file) => {
      const doc = readJson(file);
      const result = validateDocument(doc);
      expect(brief(result.issues)).toEqual([]);
      expect(result.ok).toBe(true);
      expect((doc as { kind: string }).kind).toBe(KIND_BY_FILE[file]);
    },
  );

  it('observations.json validates alone with zero issues, given the indicator catalogue of indicators.json', () => {
    const result = validateDocument(readJson('observations.json'), { indicators: indicators() });
    expect(brief(result.issues)).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('observations.json without any indicator catalogue reports each row as an unknown indicator (it embeds none on purpose)', () => {
    const doc = load().observations;
    const result = validateDocument(doc);
    expect(result.ok).toBe(false);
    expect(brief(result.issues)).toEqual(
      doc.observations.map((_, index) => ({
        code: 'unknown_reference',
        path: ['observations', index, 'indicatorId'],
        severity: 'error',
      })),
    );
  });

  it('the whole set validates with ok: true and zero issues of any severity', () => {
    const result = validateDocumentSet(asSet(load()));
    expect(brief(result.issues)).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.documents.map((entry) => entry.result.ok)).toEqual(FILES.map(() => true));
  });

  it('the set validates in any order (indicator sets are resolved before observation sets)', () => {
    const docs = asSet(load()).reverse();
    const result = validateDocumentSet(docs);
    expect(brief(result.issues)).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('ids and references agree across documents', () => {
    const d = load();
    expect(d.community.id).toBe('riverbend');
    expect(d.assessment.communityId).toBe(d.community.id);
    expect(d.cohort.communities.map((c) => c.communityId)).toContain(d.community.id);
    expect(d.participation.communityId).toBe(d.community.id);
    expect(d.participation.cohortId).toBe(d.cohort.id);
    expect(d.participation.program).toBe(d.cohort.program);
    expect(d.evidence.communityId).toBe(d.community.id);
    expect(d.participation.notes).toContain(d.assessment.id);
  });
});

describe('examples/riverbend: community.json', () => {
  const { community } = load();
  const members = community.excellenceGroup?.members ?? [];

  it('has partners across the sectors the brief asks for', () => {
    const sectors = new Set((community.partners ?? []).map((p) => p.sector));
    for (const sector of [
      'k-12',
      'early-childhood',
      'postsecondary',
      'health',
      'business',
      'government',
      'nonprofit',
      'faith',
      'philanthropy',
      'residents',
      'youth',
    ]) {
      expect(sectors, sector).toContain(sector);
    }
  });

  it('has a backbone and an excellence group of about ten members of different sectors, roles and generations', () => {
    expect(community.backbone.organizations.map((o) => o.id)).toEqual(['riverbend-thrives']);
    expect(members.length).toBeGreaterThanOrEqual(9);
    expect(members.length).toBeLessThanOrEqual(12);
    expect(new Set(members.map((m) => m.sector)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(members.map((m) => m.generation))).toEqual(
      new Set(['youth', 'young-adult', 'adult', 'elder']),
    );
    const roles = new Set(members.flatMap((m) => m.roles));
    for (const role of ['chair', 'co-chair', 'coordinator', 'resident', 'youth'])
      expect(roles, role).toContain(role);
  });

  it('fills in both parts of the Community Profile and the key factors', () => {
    expect(Object.keys(community.profile?.description?.environment ?? {}).sort()).toEqual(
      [
        'definitionAndIdentity',
        'offerings',
        'peopleResources',
        'regulatoryEnvironment',
        'residentsAndStakeholders',
      ].sort(),
    );
    expect(community.profile?.description?.relationships?.narrative).toBeTruthy();
    expect(Object.keys(community.profile?.situation ?? {}).length).toBe(5);
    expect(community.keyAssets?.length).toBeGreaterThanOrEqual(3);
    expect(community.keyChallenges?.length).toBeGreaterThanOrEqual(3);
    expect(community.keyAdvantages?.length).toBeGreaterThanOrEqual(2);
  });

  it('has population breakdowns whose counts match their shares of the total', () => {
    const population = community.population;
    expect(population).toBeDefined();
    for (const group of population?.breakdowns ?? []) {
      if (group.dimension === 'income') continue; // a share of children, not of all residents
      if (group.count === undefined || group.share === undefined) continue;
      expect(
        Math.abs(group.count / (population?.total ?? 1) - group.share),
        group.group,
      ).toBeLessThan(0.001);
    }
    const race = (population?.breakdowns ?? []).filter((g) => g.dimension === 'race-ethnicity');
    expect(race.reduce((sum, g) => sum + (g.count ?? 0), 0)).toBe(population?.total);
  });
});

describe('examples/riverbend: assessment.json', () => {
  const { assessment, community } = load();
  const scope = coeBaldrigeDerivedPoints.scopes?.find((s) => s.id === 'coe-level-3');
  const inScope = itemsInScope(coeBaldrigeDerivedPoints, scope?.codes ?? []);
  const RANGES = baldrigeScoringGuidelines.ranges.map((r) => r.id);

  it('is a level-3 assessment against the COE framework with derived points', () => {
    expect(assessment.framework.id).toBe(coeBaldrigeDerivedPoints.id);
    expect(assessment.scope).toEqual({ type: 'scope', scopeId: 'coe-level-3' });
    expect(inScope.map((i) => i.code)).toHaveLength(17);
  });

  it('has three reviewers, each with one submitted review of every in-scope item', () => {
    expect(assessment.reviewers).toHaveLength(3);
    expect(assessment.reviews.map((r) => r.reviewerId)).toEqual(
      assessment.reviewers.map((r) => r.id),
    );
    for (const review of assessment.reviews) {
      expect(review.status).toBe('submitted');
      expect(review.items.map((e) => e.item)).toEqual(inScope.map((i) => i.code));
    }
  });

  it('scores every evaluation as a multiple of 5 inside its range, with the findings an examiner writes', () => {
    for (const review of assessment.reviews) {
      for (const evaluation of review.items) {
        const label = `${review.id} ${evaluation.item}`;
        const percent = evaluation.percent ?? -1;
        expect(percent % 5, label).toBe(0);
        expect(rangeForPercent(baldrigeScoringGuidelines, percent)?.id, label).toBe(
          evaluation.range,
        );
        const kind = inScope.find((i) => i.code === evaluation.item)?.kind;
        expect(evaluation.factors, label).toBe(kind === 'results' ? 'LeTCI' : 'ADLI');
        const expectedNotes =
          kind === 'results'
            ? ['comparisons', 'integration', 'levels', 'trends']
            : ['approach', 'deployment', 'integration', 'learning'];
        expect(Object.keys(evaluation.notes ?? {}).sort(), label).toEqual(expectedNotes);
        expect(evaluation.strengths?.length, label).toBeGreaterThan(0);
        expect(evaluation.opportunities?.length, label).toBeGreaterThan(0);
        expect(evaluation.evidence?.length, label).toBeGreaterThan(0);
        expect(evaluation.keyFactors?.length, label).toBeGreaterThan(0);
        for (const e of evaluation.evidence ?? [])
          expect(e.effectiveDate <= (review.submittedOn ?? ''), label).toBe(true);
      }
    }
  });

  it('disagrees realistically: exactly items 4.1 and 7.4 have reviewers two or more ranges apart', () => {
    const spread = inScope.map((item) => {
      const indexes = assessment.reviews.map((r) =>
        RANGES.indexOf(r.items.find((e) => e.item === item.code)?.range ?? ''),
      );
      return { item: item.code, spread: Math.max(...indexes) - Math.min(...indexes) };
    });
    expect(spread.filter((s) => s.spread >= 2).map((s) => s.item)).toEqual(['4.1', '7.4']);
    expect(spread.filter((s) => s.spread === 1)).toHaveLength(6);
    expect(spread.filter((s) => s.spread === 0)).toHaveLength(9);
  });

  it('has an agreed consensus on every item, between the independent scores, with a rationale naming the reviews', () => {
    const consensus = assessment.consensus;
    expect(consensus?.status).toBe('agreed');
    expect(consensus?.items.map((c) => c.item)).toEqual(inScope.map((i) => i.code));
    const reviewIds = assessment.reviews.map((r) => r.id);
    for (const entry of consensus?.items ?? []) {
      const scores = assessment.reviews.map(
        (r) => r.items.find((e) => e.item === entry.item)?.percent ?? -1,
      );
      expect(entry.percent, entry.item).toBeGreaterThanOrEqual(Math.min(...scores));
      expect(entry.percent, entry.item).toBeLessThanOrEqual(Math.max(...scores));
      expect(entry.basedOn, entry.item).toEqual(reviewIds);
      for (const id of reviewIds) expect(entry.rationale, `${entry.item} ${id}`).toContain(id);
    }
  });

  it('dates follow the cycle: reviews submitted inside it, consensus after the last review', () => {
    const { cycle } = assessment;
    const submitted = assessment.reviews.map((r) => r.submittedOn ?? '');
    for (const date of submitted)
      expect(date >= cycle.startDate && date <= (cycle.endDate ?? '')).toBe(true);
    const agreedOn = assessment.consensus?.agreedOn ?? '';
    expect(agreedOn > [...submitted].sort().at(-1)!).toBe(true);
    expect(agreedOn <= (cycle.endDate ?? '')).toBe(true);
  });

  it('takes its key factors from the community document', () => {
    const communityFactors = new Map(
      [
        ...(community.keyAssets ?? []),
        ...(community.keyChallenges ?? []),
        ...(community.keyAdvantages ?? []),
        ...(community.keySuccessFactors ?? []),
      ].map((k) => [k.id, k]),
    );
    expect(assessment.keyFactors?.length).toBeGreaterThan(5);
    for (const factor of assessment.keyFactors ?? []) {
      expect(communityFactors.has(factor.id), factor.id).toBe(true);
      expect(factor.text.startsWith(communityFactors.get(factor.id)?.label ?? '?'), factor.id).toBe(
        true,
      );
    }
  });
});

describe('examples/riverbend: indicators.json and observations.json', () => {
  const { indicators, observations } = load();
  const rows = observations.observations;
  const byId = new Map(indicators.indicators.map((i) => [i.id, i]));

  it('has the seven cradle-to-career outcomes plus community indicators, with lower-is-better ones', () => {
    const areas = new Set(
      indicators.indicators.filter((i) => i.role === 'core').map((i) => i.outcomeArea),
    );
    for (const area of [
      'KINDERGARTEN_READINESS',
      'EARLY_GRADE_READING',
      'MIDDLE_GRADE_MATH',
      'HIGH_SCHOOL_GRADUATION',
      'POSTSECONDARY_ENROLLMENT',
      'POSTSECONDARY_COMPLETION',
      'EMPLOYMENT',
      'HEALTH',
      'SAFETY',
      'ECONOMIC_VITALITY',
    ] as const) {
      expect(areas, area).toContain(area);
    }
    expect(byId.get('children-in-poverty')?.direction).toBe('lower-is-better');
    expect(
      indicators.indicators.filter((i) => i.role === 'contributing').length,
    ).toBeGreaterThanOrEqual(2);
  });

  it('has 150-400 rows of every value kind, with intervals, bounds, suppression, missing cells, CIs and counts', () => {
    expect(rows.length).toBeGreaterThanOrEqual(150);
    expect(rows.length).toBeLessThanOrEqual(400);
    const kinds: Record<string, number> = {};
    for (const row of rows) kinds[row.value.kind] = (kinds[row.value.kind] ?? 0) + 1;
    expect(kinds).toEqual({ exact: 328, interval: 15, bound: 4, suppressed: 16, missing: 12 });
    const raws = new Set(rows.map((r) => r.value.raw));
    for (const token of ['S', 'LNE', 'N/A', '--', '>=95%', '85-89%'])
      expect(raws, token).toContain(token);
    expect(rows.filter((r) => r.ci !== undefined).length).toBeGreaterThan(20);
    expect(
      rows.filter((r) => r.numerator !== undefined && r.denominator !== undefined).length,
    ).toBeGreaterThan(200);
    expect(observations.citations?.length).toBeGreaterThan(0);
  });

  it('covers five periods for every indicator, the county and its three school districts, by race/ethnicity and sex', () => {
    for (const indicator of indicators.indicators) {
      const periods = new Set(
        rows
          .filter((r) => r.indicatorId === indicator.id && r.place.level === 'county')
          .map((r) => r.period.label),
      );
      expect(periods.size, indicator.id).toBe(5);
    }
    expect(
      new Set(rows.filter((r) => r.place.level === 'district').map((r) => r.place.code)).size,
    ).toBe(3);
    expect(new Set(rows.map((r) => r.subgroup.dimension))).toEqual(
      new Set(['all', 'race-ethnicity', 'sex']),
    );
  });

  it('keeps each raw token and its parsed value in agreement (the default value codec reads the token back)', () => {
    const codec = createValueCodec();
    for (const row of rows) {
      const parsed = codec.parse(row.value.raw);
      expect(parsed.ok, row.id).toBe(true);
      if (parsed.ok) expect(parsed.value, row.id).toEqual(row.value);
    }
  });

  it('keeps exact values equal to numerator / denominator at one decimal', () => {
    let checked = 0;
    for (const row of rows) {
      if (
        row.value.kind !== 'exact' ||
        row.numerator === undefined ||
        row.denominator === undefined
      )
        continue;
      const unit = byId.get(row.indicatorId)?.unit;
      const scale = unit?.type === 'rate' ? unit.per : 100;
      expect(
        Math.abs((row.numerator / row.denominator) * scale - row.value.value),
        row.id,
      ).toBeLessThanOrEqual(0.05);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(200);
  });

  it('adds district graduation cohorts up to the county cohort', () => {
    const grad = rows.filter(
      (r) => r.indicatorId === 'hs-graduation-4yr' && r.subgroup.dimension === 'all',
    );
    for (const period of new Set(grad.map((r) => r.period.label))) {
      const county = grad.find((r) => r.period.label === period && r.place.level === 'county');
      const districts = grad.filter(
        (r) => r.period.label === period && r.place.level === 'district',
      );
      expect(districts).toHaveLength(3);
      expect(
        districts.reduce((s, r) => s + (r.numerator ?? 0), 0),
        period,
      ).toBe(county?.numerator);
      expect(
        districts.reduce((s, r) => s + (r.denominator ?? 0), 0),
        period,
      ).toBe(county?.denominator);
    }
  });

  it('has a county graduation gap between White and Black students that narrows every year from about 14 to about 9.5 points', () => {
    const rate = (group: string, period: string): number => {
      const row = rows.find(
        (r) =>
          r.indicatorId === 'hs-graduation-4yr' &&
          r.place.level === 'county' &&
          r.period.label === period &&
          r.subgroup.value === group,
      );
      if (row?.value.kind !== 'exact') throw new Error(`no exact ${group} ${period}`);
      return row.value.value;
    };
    const periods = ['2020-21', '2021-22', '2022-23', '2023-24', '2024-25'];
    const gaps = periods.map((p) => Math.round((rate('White', p) - rate('Black', p)) * 10) / 10);
    expect(gaps).toEqual([14.1, 13.2, 11.9, 10.9, 9.4]);
  });
});

describe('examples/riverbend: cohort, participation and partnership evidence', () => {
  const { cohort, participation, evidence, indicators, community } = load();

  it('is an October NLC cohort within capacity, with the six-session introductory course after kickoff', () => {
    expect(cohort.program).toBe('coe-nlc');
    expect(cohort.kickoffOn?.slice(5, 7)).toBe('10');
    expect(cohort.communities.length).toBeLessThanOrEqual(cohort.capacity ?? 6);
    const sessions = cohort.sessions ?? [];
    for (const session of sessions) expect(session.date >= (cohort.kickoffOn ?? '')).toBe(true);
    const course = sessions.filter((s) => s.kind === 'introductory-course');
    expect(course.map((s) => s.courseSession)).toEqual(
      [1, 2, 3, 4, 5, 6].map((number) => ({ number, of: 6 })),
    );
    expect(sessions.map((s) => s.date)).toEqual(sessions.map((s) => s.date).sort());
    expect(cohort.mentors?.length).toBeGreaterThan(0);
    expect(cohort.coaches?.length).toBeGreaterThan(0);
    expect(cohort.faculty?.length).toBeGreaterThan(0);
  });

  it('records Riverbend in year 1 after a complete history and a readiness checklist of the NLC characteristics', () => {
    expect(participation.stage).toBe('year-1');
    expect(participation.history?.at(-1)?.to).toBe('year-1');
    expect(participation.history?.at(-1)?.date).toBe(cohort.kickoffOn);
    expect(participation.readinessChecklist?.map((e) => e.characteristicId)).toEqual(
      NLC_READINESS.characteristics.map((c) => c.id),
    );
    const scores = participation.readinessSelfAssessment?.scores ?? [];
    expect(scores.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(
      NLC_READINESS.selfAssessment.readyThreshold,
    );
  });

  it('chooses outcomes whose indicators exist in indicators.json with the matching role', () => {
    const byId = new Map(indicators.indicators.map((i) => [i.id, i]));
    const outcomes = evidence.outcomes ?? [];
    expect(outcomes.length).toBeGreaterThanOrEqual(7);
    for (const outcome of outcomes) {
      for (const id of outcome.coreIndicatorIds ?? [])
        expect(byId.get(id)?.role, `${outcome.id} core ${id}`).toBe('core');
      for (const id of outcome.contributingIndicatorIds ?? [])
        expect(byId.get(id)?.role, `${outcome.id} contributing ${id}`).toBe('contributing');
    }
  });

  it('names the same partners, with the same names and sectors, as the community document', () => {
    const known = new Map(
      [
        ...(community.partners ?? []),
        ...community.backbone.organizations.map((o) => ({ id: o.id, name: o.name })),
      ].map((p) => [p.id, p]),
    );
    for (const partner of evidence.partners ?? []) {
      expect(known.get(partner.id)?.name, partner.id).toBe(partner.name);
    }
    expect(evidence.anchorEntity?.organizationIds).toEqual(
      community.backbone.organizations.map((o) => o.id),
    );
  });
});

describe('examples/riverbend: broken variants give the right issue codes and paths', () => {
  it('a percent of 57 in a review: percent_not_multiple_of_5 at its exact path', () => {
    const d = load();
    const evaluation = mutable(d.assessment.reviews[0]!.items[0]!);
    evaluation.range = '50-65';
    evaluation.percent = 57;
    const alone = validateDocument(d.assessment);
    expect(alone.ok).toBe(false);
    expect(brief(alone.issues)).toEqual([
      {
        code: 'percent_not_multiple_of_5',
        path: ['reviews', 0, 'items', 0, 'percent'],
        severity: 'error',
      },
    ]);
    const set = validateDocumentSet(asSet(d));
    expect(set.ok).toBe(false);
    expect(brief(set.issues)).toEqual([
      {
        code: 'percent_not_multiple_of_5',
        path: [AT.assessment, 'reviews', 0, 'items', 0, 'percent'],
        severity: 'error',
      },
    ]);
    expect(set.issues[0]).toMatchObject({ percent: 57 });
  });

  it('a percent of 57 in its original range 30-45 also gives percent_outside_range at the same path', () => {
    const d = load();
    mutable(d.assessment.reviews[0]!.items[0]!).percent = 57;
    expect(brief(validateDocument(d.assessment).issues)).toEqual([
      {
        code: 'percent_not_multiple_of_5',
        path: ['reviews', 0, 'items', 0, 'percent'],
        severity: 'error',
      },
      {
        code: 'percent_outside_range',
        path: ['reviews', 0, 'items', 0, 'percent'],
        severity: 'error',
      },
    ]);
  });

  it('a percent outside its range: percent_outside_range with the percent and the range', () => {
    const d = load();
    const evaluation = d.assessment.reviews[1]!.items[3]!;
    expect(evaluation.range).toBe('30-45');
    mutable(evaluation).percent = 70;
    const result = validateDocument(d.assessment);
    expect(brief(result.issues)).toEqual([
      {
        code: 'percent_outside_range',
        path: ['reviews', 1, 'items', 3, 'percent'],
        severity: 'error',
      },
    ]);
    expect(result.issues[0]).toMatchObject({ percent: 70, range: '30-45' });
  });

  it('a consensus percent outside its range is reported under consensus', () => {
    const d = load();
    mutable(d.assessment.consensus!.items[6]!).percent = 60; // 4.1 agreed in 30-45
    expect(brief(validateDocument(d.assessment).issues)).toEqual([
      {
        code: 'percent_outside_range',
        path: ['consensus', 'items', 6, 'percent'],
        severity: 'error',
      },
    ]);
  });

  it('an unknown item code: unknown_item in the set, and the review becomes incomplete', () => {
    const d = load();
    const evaluation = d.assessment.reviews[2]!.items[5]!;
    expect(evaluation.item).toBe('3.2');
    mutable(evaluation).item = '8.1';
    // The framework is built in, so the document alone already fails; the set reports the same issues.
    expect(brief(validateDocument(d.assessment).issues)).toEqual([
      { code: 'unknown_item', path: ['reviews', 2, 'items', 5, 'item'], severity: 'error' },
      { code: 'incomplete_review', path: ['reviews', 2, 'items'], severity: 'warning' },
    ]);
    const set = validateDocumentSet(asSet(d));
    expect(set.ok).toBe(false);
    expect(brief(set.issues)).toEqual([
      {
        code: 'unknown_item',
        path: [AT.assessment, 'reviews', 2, 'items', 5, 'item'],
        severity: 'error',
      },
      {
        code: 'incomplete_review',
        path: [AT.assessment, 'reviews', 2, 'items'],
        severity: 'warning',
      },
    ]);
    expect(set.issues[0]).toMatchObject({
      item: '8.1',
      framework: 'coe-community-2024-baldrige-derived-points',
    });
    expect(set.issues[1]).toMatchObject({ reviewer: 'rev-linda-cho', missing: ['3.2'] });
  });

  it('a Profile code scored as an item: profile_scored', () => {
    const d = load();
    mutable(d.assessment.consensus!.items[0]!).item = 'P.1';
    expect(brief(validateDocumentSet(asSet(d)).issues)).toEqual([
      {
        code: 'profile_scored',
        path: [AT.assessment, 'consensus', 'items', 0, 'item'],
        severity: 'error',
      },
    ]);
  });

  it('a results item evaluated with ADLI: wrong_evaluation_factors at its factors', () => {
    const d = load();
    const evaluation = d.assessment.reviews[0]!.items[12]!;
    expect(evaluation.item).toBe('7.1');
    Object.assign(evaluation, {
      factors: 'ADLI',
      notes: { approach: 'Dashboard reviewed monthly.', deployment: 'All networks.' },
    });
    expect(brief(validateDocument(d.assessment).issues)).toEqual([
      {
        code: 'wrong_evaluation_factors',
        path: ['reviews', 0, 'items', 12, 'factors'],
        severity: 'error',
      },
    ]);
    const set = validateDocumentSet(asSet(d));
    expect(set.ok).toBe(false);
    expect(brief(set.issues)).toEqual([
      {
        code: 'wrong_evaluation_factors',
        path: [AT.assessment, 'reviews', 0, 'items', 12, 'factors'],
        severity: 'error',
      },
    ]);
    expect(set.issues[0]).toMatchObject({ item: '7.1', itemKind: 'results', factors: 'ADLI' });
  });

  it('a results item whose LeTCI notes carry an ADLI note: unrecognized_key at the note', () => {
    const d = load();
    const evaluation = d.assessment.reviews[0]!.items[12]!;
    Object.assign(evaluation.notes!, { approach: 'Dashboard reviewed monthly.' });
    const result = validateDocument(d.assessment);
    expect(result.ok).toBe(false);
    expect(brief(result.issues)).toEqual([
      {
        code: 'unrecognized_key',
        path: ['reviews', 0, 'items', 12, 'notes', 'approach'],
        severity: 'error',
      },
    ]);
  });

  it('a finding naming an unknown key factor, and a consensus based on an unknown review', () => {
    const d = load();
    mutable(d.assessment.reviews[1]!.items[2]!.strengths![0]!).keyFactors = ['chal-flooding'];
    mutable(d.assessment.consensus!.items[3]!).basedOn = ['review-santos', 'review-smith'];
    expect(brief(validateDocument(d.assessment).issues)).toEqual([
      {
        code: 'unknown_reference',
        path: ['reviews', 1, 'items', 2, 'strengths', 0, 'keyFactors', 0],
        severity: 'error',
      },
      {
        code: 'unknown_reference',
        path: ['consensus', 'items', 3, 'basedOn', 1],
        severity: 'error',
      },
    ]);
  });

  it('an observation naming an unknown indicator: unknown_reference with its path', () => {
    const d = load();
    mutable(d.observations.observations[10]!).indicatorId = 'kindergarten-readines';
    const set = validateDocumentSet(asSet(d));
    expect(set.ok).toBe(false);
    expect(brief(set.issues)).toEqual([
      {
        code: 'unknown_reference',
        path: [AT.observations, 'observations', 10, 'indicatorId'],
        severity: 'error',
      },
    ]);
    expect(set.issues[0]).toMatchObject({ target: 'indicator', id: 'kindergarten-readines' });
  });

  it('without the indicator set: every observation row is an unknown indicator, every outcome indicator a warning', () => {
    const d = load();
    const docs = asSet(d).filter((_, index) => index !== AT.indicators);
    const set = validateDocumentSet(docs);
    expect(set.ok).toBe(false);
    expect(brief(set.issues)).toEqual([
      ...d.observations.observations.map((_, k) => ({
        code: 'unknown_reference',
        path: [AT.observations - 1, 'observations', k, 'indicatorId'],
        severity: 'error',
      })),
      ...outcomeIndicatorWarnings(d.evidence, AT.evidence - 1),
    ]);
    expect(outcomeIndicatorWarnings(d.evidence, 0)).toHaveLength(10);
  });

  it('an outcome naming an unknown indicator: unknown_reference warning at the indicator id', () => {
    const d = load();
    mutable(d.evidence.outcomes![3]!).contributingIndicatorIds = [
      'ninth-grade-on-track',
      'freshman-on-track',
    ];
    const set = validateDocumentSet(asSet(d));
    expect(set.ok).toBe(true);
    expect(brief(set.issues)).toEqual([
      {
        code: 'unknown_reference',
        path: [AT.evidence, 'outcomes', 3, 'contributingIndicatorIds', 1],
        severity: 'warning',
      },
    ]);
    expect(set.issues[0]).toMatchObject({ target: 'indicator', id: 'freshman-on-track' });
  });

  it('observation values that break their own rules: inverted interval, CI and counts, a subgroup dimension the indicator does not declare', () => {
    const d = load();
    const rows = d.observations.observations;
    const intervalAt = rows.findIndex((r) => r.value.kind === 'interval');
    const ciAt = rows.findIndex(
      (r) => r.ci !== undefined && r.indicatorId === 'children-in-poverty',
    );
    const countsAt = rows.findIndex(
      (r) => r.numerator !== undefined && r.denominator !== undefined,
    );
    const employmentAt = rows.findIndex(
      (r) => r.indicatorId === 'employment-20-24' && r.subgroup.dimension === 'all',
    );
    Object.assign(rows[intervalAt]!.value, { low: 89, high: 85 });
    Object.assign(rows[ciAt]!.ci!, { low: 30, high: 10 });
    Object.assign(rows[countsAt]!, { numerator: 5000, denominator: 10 });
    Object.assign(rows[employmentAt]!, {
      subgroup: { dimension: 'race-ethnicity', value: 'Black' },
    });
    const result = validateDocument(d.observations, { indicators: d.indicators.indicators });
    expect(brief(result.issues)).toEqual(
      [
        {
          at: countsAt,
          issue: {
            code: 'inconsistent_counts',
            path: ['observations', countsAt, 'numerator'],
            severity: 'error',
          },
        },
        {
          at: employmentAt,
          issue: {
            code: 'unknown_reference',
            path: ['observations', employmentAt, 'subgroup', 'dimension'],
            severity: 'warning',
          },
        },
        {
          at: intervalAt,
          issue: {
            code: 'inconsistent_interval',
            path: ['observations', intervalAt, 'value'],
            severity: 'error',
          },
        },
        {
          at: ciAt,
          issue: {
            code: 'inconsistent_interval',
            path: ['observations', ciAt, 'ci'],
            severity: 'error',
          },
        },
      ]
        .sort((a, b) => a.at - b.at)
        .map((entry) => entry.issue),
    );
  });

  it('a cohort over capacity: capacity_exceeded, and the invalid cohort still counts as present for references', () => {
    const d = load();
    const extra = [
      'maple-valley',
      'north-harbor',
      'pine-ridge',
      'clearwater',
      'stone-creek',
      'lakeshore',
    ];
    for (const communityId of extra)
      mutable(d.cohort).communities = [
        ...d.cohort.communities,
        { communityId, joinedOn: '2025-10-14', status: 'active' },
      ];
    const alone = validateDocument(d.cohort);
    expect(alone.ok).toBe(false);
    expect(brief(alone.issues)).toEqual([
      { code: 'capacity_exceeded', path: ['communities'], severity: 'error' },
    ]);
    expect(alone.issues[0]).toMatchObject({ limit: 6, count: 7 });
    const set = validateDocumentSet(asSet(d));
    expect(set.ok).toBe(false);
    expect(brief(set.issues)).toEqual([
      { code: 'capacity_exceeded', path: [AT.cohort, 'communities'], severity: 'error' },
    ]);
  });

  it('a cohort that enrolls communities outside the set (within capacity): one unknown_reference warning each', () => {
    const d = load();
    const extra = ['maple-valley', 'north-harbor', 'pine-ridge', 'clearwater', 'stone-creek'];
    mutable(d.cohort).communities = [
      ...d.cohort.communities,
      ...extra.map((communityId) => ({ communityId, joinedOn: '2025-10-14' })),
    ];
    const set = validateDocumentSet(asSet(d));
    expect(set.ok).toBe(true);
    expect(brief(set.issues)).toEqual(
      extra.map((_, k) => ({
        code: 'unknown_reference',
        path: [AT.cohort, 'communities', k + 1, 'communityId'],
        severity: 'warning',
      })),
    );
  });

  it('a withdrawn community frees its seat: seven enrolled, one withdrawn, no capacity issue', () => {
    const d = load();
    const extra = [
      'maple-valley',
      'north-harbor',
      'pine-ridge',
      'clearwater',
      'stone-creek',
      'lakeshore',
    ];
    mutable(d.cohort).communities = [
      ...d.cohort.communities,
      ...extra.map((communityId, k) => ({
        communityId,
        status: k === 0 ? ('withdrawn' as const) : ('active' as const),
      })),
    ];
    expect(brief(validateDocument(d.cohort).issues)).toEqual([]);
  });

  it('a cohort mentor reference to an unknown person: unknown_reference', () => {
    const d = load();
    mutable(d.cohort.communities[0]!).mentorIds = ['mentor-nobody'];
    expect(brief(validateDocument(d.cohort).issues)).toEqual([
      { code: 'unknown_reference', path: ['communities', 0, 'mentorIds', 0], severity: 'error' },
    ]);
  });

  it('a community member referring to an unknown partner: unknown_reference at the member', () => {
    const d = load();
    const members = d.community.excellenceGroup!.members;
    mutable(members[3]!).organizationId = 'riverbend-hospital';
    const alone = validateDocument(d.community);
    expect(alone.ok).toBe(false);
    expect(brief(alone.issues)).toEqual([
      {
        code: 'unknown_reference',
        path: ['excellenceGroup', 'members', 3, 'organizationId'],
        severity: 'error',
      },
    ]);
    expect(alone.issues[0]).toMatchObject({ target: 'organization', id: 'riverbend-hospital' });
    // The invalid community still counts as present, so the documents naming it do not warn.
    expect(brief(validateDocumentSet(asSet(d)).issues)).toEqual([
      {
        code: 'unknown_reference',
        path: [AT.community, 'excellenceGroup', 'members', 3, 'organizationId'],
        severity: 'error',
      },
    ]);
  });

  it('without the community document: every document naming it warns', () => {
    const d = load();
    const docs = asSet(d);
    docs[AT.community] = { kind: 'community-profile' }; // not a community document at all
    const set = validateDocumentSet(docs);
    expect(brief(set.issues)).toEqual([
      { code: 'unknown_kind', path: [AT.community, 'kind'], severity: 'error' },
      ...communityWarnings,
    ]);
  });

  it('a partner id used twice in the community: duplicate_id pointing at the first', () => {
    const d = load();
    const partners = d.community.partners!;
    mutable(partners[6]!).id = partners[1]!.id; // the health department, which no member names
    const result = validateDocument(d.community);
    expect(brief(result.issues)).toEqual([
      { code: 'duplicate_id', path: ['partners', 6, 'id'], severity: 'error' },
    ]);
    expect(result.issues[0]).toMatchObject({ firstPath: ['partners', 1, 'id'] });
  });

  it('partnership evidence referring to an unknown outcome and an unknown partner', () => {
    const d = load();
    mutable(d.evidence.actionNetworks![2]!).focusOutcomeId = 'out-graduation';
    mutable(d.evidence.funding![0]!).funderId = 'riverbend-bank';
    expect(brief(validateDocument(d.evidence).issues)).toEqual([
      {
        code: 'unknown_reference',
        path: ['actionNetworks', 2, 'focusOutcomeId'],
        severity: 'error',
      },
      { code: 'unknown_reference', path: ['funding', 0, 'funderId'], severity: 'error' },
    ]);
  });

  it('participation history out of order and a stage that disagrees with it', () => {
    const d = load();
    const history = d.participation.history!;
    mutable(history[2]!).date = '2025-01-01';
    mutable(d.participation).stage = 'year-2';
    expect(brief(validateDocument(d.participation).issues)).toEqual([
      { code: 'out_of_order', path: ['history', 2, 'date'], severity: 'error' },
      { code: 'stage_differs_from_history', path: ['stage'], severity: 'warning' },
    ]);
  });

  it('a `__proto__` key in a document: forbidden_key with its path, before any other check', () => {
    const d = load();
    const partner = d.community.partners![2]!;
    Object.defineProperty(partner, '__proto__', {
      value: { polluted: true },
      enumerable: true,
      configurable: true,
      writable: true,
    });
    expect(Object.keys(partner)).toContain('__proto__');
    const alone = validateDocument(d.community);
    expect(alone.ok).toBe(false);
    expect(brief(alone.issues)).toEqual([
      { code: 'forbidden_key', path: ['partners', 2, '__proto__'], severity: 'error' },
    ]);
    expect(brief(validateDocumentSet(asSet(d)).issues)).toEqual([
      {
        code: 'forbidden_key',
        path: [AT.community, 'partners', 2, '__proto__'],
        severity: 'error',
      },
    ]);
  });

  it('a `__proto__` key parsed from JSON text at the top of a document', () => {
    const text = readFileSync(new URL('cohort.json', EXAMPLE_DIR), 'utf8').replace(
      /^\{/,
      '{"__proto__": {"isAdmin": true},',
    );
    const result = validateDocument(JSON.parse(text) as unknown);
    expect(brief(result.issues)).toEqual([
      { code: 'forbidden_key', path: ['__proto__'], severity: 'error' },
    ]);
  });

  it('a document with formatVersion 2: unsupported_format_version', () => {
    const d = load();
    mutable(d.participation).formatVersion = 2 as 1;
    const alone = validateDocument(d.participation);
    expect(brief(alone.issues)).toEqual([
      { code: 'unsupported_format_version', path: ['formatVersion'], severity: 'error' },
    ]);
    expect(alone.issues[0]).toMatchObject({
      kind: 'program-participation',
      found: 2,
      supported: [1],
    });
    const set = validateDocumentSet(asSet(d));
    expect(set.ok).toBe(false);
    // The participation record drops out of the set, so nothing else refers to a missing document.
    expect(brief(set.issues)).toEqual([
      {
        code: 'unsupported_format_version',
        path: [AT.participation, 'formatVersion'],
        severity: 'error',
      },
    ]);
  });

  it('an unknown kind: unknown_kind at kind, and the document drops out of the cross-document checks', () => {
    const d = load();
    const doc = d.indicators as unknown as { kind: string };
    doc.kind = 'indicator-list';
    const alone = validateDocument(doc);
    expect(brief(alone.issues)).toEqual([
      { code: 'unknown_kind', path: ['kind'], severity: 'error' },
    ]);
    expect(alone.issues[0]).toMatchObject({ found: 'indicator-list' });
    const set = validateDocumentSet(asSet(d));
    expect(set.ok).toBe(false);
    // Without a valid indicator set, every observation names an unknown indicator and outcome indicators warn.
    expect(brief(set.issues)).toEqual([
      { code: 'unknown_kind', path: [AT.indicators, 'kind'], severity: 'error' },
      ...d.observations.observations.map((_, k) => ({
        code: 'unknown_reference',
        path: [AT.observations, 'observations', k, 'indicatorId'],
        severity: 'error',
      })),
      ...outcomeIndicatorWarnings(d.evidence, AT.evidence),
    ]);
  });

  it('a document without a kind: unknown_kind', () => {
    const d = load();
    delete (d.cohort as { kind?: string }).kind;
    expect(brief(validateDocument(d.cohort).issues)).toEqual([
      { code: 'unknown_kind', path: ['kind'], severity: 'error' },
    ]);
  });

  it('the same document twice in a set: duplicate_id pointing at the first copy', () => {
    const d = load();
    const set = validateDocumentSet([...asSet(d), load().indicators]);
    expect(brief(set.issues)).toEqual([
      { code: 'duplicate_id', path: [7, 'id'], severity: 'error' },
    ]);
    expect(set.issues[0]).toMatchObject({ firstPath: [AT.indicators, 'id'] });
  });

  it('without the community document, every reference to it is a warning; as errors on request', () => {
    const d = load();
    const docs = asSet(d).slice(1);
    const expected = [
      { code: 'unknown_reference', path: [AT.assessment - 1, 'communityId'], severity: 'warning' },
      {
        code: 'unknown_reference',
        path: [AT.cohort - 1, 'communities', 0, 'communityId'],
        severity: 'warning',
      },
      {
        code: 'unknown_reference',
        path: [AT.participation - 1, 'communityId'],
        severity: 'warning',
      },
      { code: 'unknown_reference', path: [AT.evidence - 1, 'communityId'], severity: 'warning' },
    ];
    const warned = validateDocumentSet(docs);
    expect(warned.ok).toBe(true);
    expect(brief(warned.issues)).toEqual(expected);
    const strict = validateDocumentSet(docs, { missingReferenceSeverity: 'error' });
    expect(strict.ok).toBe(false);
    expect(brief(strict.issues)).toEqual(
      expected.map((issue) => ({ ...issue, severity: 'error' })),
    );
  });

  it('a participation record naming another cohort: unknown_reference at cohortId', () => {
    const d = load();
    mutable(d.participation).cohortId = 'coe-nlc-2024-10';
    const set = validateDocumentSet(asSet(d));
    expect(set.ok).toBe(true);
    expect(brief(set.issues)).toEqual([
      { code: 'unknown_reference', path: [AT.participation, 'cohortId'], severity: 'warning' },
    ]);
  });

  it('an assessment against an unknown scope and an edition the framework does not have', () => {
    const d = load();
    mutable(d.assessment).scope = { type: 'scope', scopeId: 'coe-level-4' };
    mutable(d.assessment).framework = { id: d.assessment.framework.id, edition: '2019' };
    expect(brief(validateDocumentSet(asSet(d)).issues)).toEqual([
      {
        code: 'framework_mismatch',
        path: [AT.assessment, 'framework', 'edition'],
        severity: 'error',
      },
      { code: 'unknown_reference', path: [AT.assessment, 'scope', 'scopeId'], severity: 'error' },
    ]);
  });

  it('a level-2 scope makes categories 4-7 out of scope (warnings only)', () => {
    const d = load();
    mutable(d.assessment).scope = { type: 'scope', scopeId: 'coe-level-2' };
    const set = validateDocumentSet(asSet(d));
    expect(set.ok).toBe(true);
    const outOfScope = set.issues.filter((i) => i.code === 'item_out_of_scope');
    expect(set.issues).toHaveLength(outOfScope.length);
    // 11 items (4.1 ... 7.5) in each of three reviews and in the consensus.
    expect(outOfScope).toHaveLength(44);
    expect(new Set(outOfScope.map((i) => i.severity))).toEqual(new Set(['warning']));
  });
});
