import { measuresDisparity } from '../outcomes/gap-change.js';
import {
  activeOn,
  claimJudge,
  distinct,
  evidenceRef,
  items,
  judgement,
  monthsBetween,
  share,
} from './judge-helpers.js';
import type { Benchmark, EvidenceRef, JudgeContext, Judgement } from './types.js';
import { networkActionsNote, runsContinuousImprovement } from './network-actions.js';

/** Trend readings that measure a direction (P.0.1's denominator). */
const TREND_MEASURED: ReadonlySet<string> = new Set(['improving', 'worsening', 'mixed', 'flat']);

const sustaining = { family: 'gateway' as const, gateway: 'SUSTAINING' as const };
const systemsChange = { family: 'gateway' as const, gateway: 'SYSTEMS_CHANGE' as const };
const proofPoint = { family: 'gateway' as const, gateway: 'PROOF_POINT' as const };
const systemsTransformation = {
  family: 'gateway' as const,
  gateway: 'SYSTEMS_TRANSFORMATION' as const,
};

function networkShareJudge(
  ctx: JudgeContext,
  what: string,
  test: (n: NonNullable<JudgeContext['evidence']['actionNetworks']>[number]) => boolean,
): Judgement {
  const networks = items(ctx.evidence.actionNetworks);
  if (networks.length === 0)
    return judgement(
      'insufficient-evidence',
      ['no action networks'],
      [evidenceRef(['actionNetworks'], 'none')],
    );
  const passing = networks.filter(({ item }) => test(item));
  const refs = networks.map(({ item, index }) =>
    evidenceRef(
      ['actionNetworks', index],
      `${item.id}: usesData ${String(item.usesData)}, continuousImprovement ${String(item.continuousImprovement)}${networkActionsNote(item)}`,
    ),
  );
  return judgement(
    passing.length / networks.length >= ctx.parameters.networkShare ? 'met' : 'not-met',
    [
      `${what} in ${share(passing.length, networks.length)} networks; threshold ${ctx.parameters.networkShare}`,
    ],
    refs,
  );
}

const studentLevelActive = (ctx: JudgeContext): { item: { id: string }; index: number }[] =>
  items(ctx.evidence.dataAgreements).filter(
    ({ item }) =>
      item.studentLevel === true && activeOn(ctx.evidence.asOf, item.signedOn, item.expiresOn),
  );

const dataRef = (note: string): EvidenceRef => ({
  document: 'observation-set',
  path: ['observations'],
  note,
});

/**
 * Sustaining, Systems Change, Proof Point and Systems Transformation benchmarks (theory-of-action.md 2).
 *
 * @example
 * ```ts
 * LATER_GATEWAY_BENCHMARKS.find((b) => b.id === 'P.0.1')?.judgedOn; // 'data'
 * ```
 */
export const LATER_GATEWAY_BENCHMARKS: readonly Benchmark[] = [
  {
    ...sustaining,
    id: 'S.1.1',
    version: 'B',
    pillar: 1,
    confidence: 'verified',
    sources: ['S14'],
    judgedOn: 'evidence',
    text: 'The partnership operates by the roles in its accountability structure.',
    evidencePrompts: [],
    rule: 'every role names the partner holding it, work groups exist, the table meets at least quarterly',
    judge: (ctx) => {
      const accountability = ctx.evidence.accountabilityStructure;
      const roles = items(accountability?.roles);
      const freq = ctx.evidence.leadershipTable?.meetingFrequency;
      const refs = [
        evidenceRef(
          ['accountabilityStructure', 'roles'],
          `${roles.length} roles, ${roles.filter(({ item }) => item.organizationId).length} held by a partner`,
        ),
        evidenceRef(
          ['accountabilityStructure', 'workGroups'],
          `${accountability?.workGroups?.length ?? 0} work groups`,
        ),
        evidenceRef(['leadershipTable', 'meetingFrequency'], freq ?? 'unknown'),
      ];
      if (!accountability || roles.length === 0 || freq === undefined)
        return judgement(
          'insufficient-evidence',
          ['roles or meeting frequency not recorded'],
          refs,
        );
      const regular = ['weekly', 'biweekly', 'monthly', 'bimonthly', 'quarterly'].includes(freq);
      const held = roles.every(({ item }) => item.organizationId !== undefined);
      return judgement(
        regular && held && (accountability.workGroups?.length ?? 0) > 0 ? 'met' : 'not-met',
        [
          `roles held: ${String(held)}; work groups: ${accountability.workGroups?.length ?? 0}; meets ${freq}`,
        ],
        refs,
      );
    },
  },
  {
    ...sustaining,
    id: 'S.1.2',
    version: 'B',
    pillar: 1,
    confidence: 'verified',
    sources: ['S14'],
    judgedOn: 'evidence',
    text: 'The community is kept informed, including an annual report card.',
    evidencePrompts: [],
    rule: 'annual reporting cadence: at least `minAnnualReports` report cards, no more than `reportCadenceMonths` between consecutive ones or from the latest to `asOf`',
    judge: (ctx) => {
      const cards = items(ctx.evidence.reportCards)
        .slice()
        .sort((a, b) => a.item.publishedOn.localeCompare(b.item.publishedOn));
      const refs = cards.map(({ item, index }) =>
        evidenceRef(['reportCards', index, 'publishedOn'], `${item.id}: ${item.publishedOn}`),
      );
      if (cards.length === 0)
        return judgement(
          'insufficient-evidence',
          ['no report cards'],
          [evidenceRef(['reportCards'], 'none')],
        );
      const max = ctx.parameters.reportCadenceMonths;
      const gaps = cards
        .slice(1)
        .map(
          (c, i) => monthsBetween(cards[i]?.item.publishedOn ?? '', c.item.publishedOn) ?? Infinity,
        );
      const last = cards[cards.length - 1];
      const sinceLast = monthsBetween(last?.item.publishedOn ?? '', ctx.evidence.asOf) ?? Infinity;
      const longest = Math.max(0, ...gaps);
      const reasons = [
        `${cards.length} report cards; longest interval ${longest.toFixed(1)} months; ${sinceLast.toFixed(1)} months from the latest to ${ctx.evidence.asOf}; limit ${max} months`,
      ];
      return judgement(
        cards.length >= ctx.parameters.minAnnualReports && longest <= max && sinceLast <= max
          ? 'met'
          : 'not-met',
        reasons,
        refs,
      );
    },
  },
  {
    ...sustaining,
    id: 'S.1.3',
    version: 'A+B',
    pillar: 1,
    confidence: 'verified',
    sources: ['S14', 'S9'],
    judgedOn: 'claims',
    text: 'Internal partners hear one consistent message.',
    evidencePrompts: [],
    judge: claimJudge('S.1.3'),
  },
  {
    ...sustaining,
    id: 'S.2.1',
    version: 'B',
    pillar: 2,
    confidence: 'verified',
    sources: ['S14'],
    judgedOn: 'claims',
    text: 'Indicators are refined for accuracy and validity.',
    evidencePrompts: [],
    judge: claimJudge('S.2.1'),
  },
  {
    ...sustaining,
    id: 'S.2.2',
    version: 'A+B',
    pillar: 2,
    confidence: 'verified',
    sources: ['S14', 'S9'],
    judgedOn: 'evidence',
    text: 'Academic data are linked across the pipeline and partners for continuous improvement.',
    evidencePrompts: ['Service and demographic data across systems (A wording)'],
    rule: 'at least one student-level data agreement active on `asOf`',
    judge: (ctx) => {
      const studentLevel = studentLevelActive(ctx);
      return studentLevel.length > 0
        ? judgement(
            'met',
            [`${studentLevel.length} student-level data agreements active on ${ctx.evidence.asOf}`],
            studentLevel.map(({ item, index }) =>
              evidenceRef(['dataAgreements', index, 'studentLevel'], item.id),
            ),
          )
        : judgement(
            items(ctx.evidence.dataAgreements).length > 0 ? 'not-met' : 'insufficient-evidence',
            ['no active student-level data agreement'],
            [
              evidenceRef(
                ['dataAgreements'],
                `${items(ctx.evidence.dataAgreements).length} agreements`,
              ),
            ],
          );
    },
  },
  {
    ...sustaining,
    id: 'S.3.1',
    version: 'A+B',
    pillar: 3,
    confidence: 'verified',
    sources: ['S14', 'S9'],
    judgedOn: 'evidence',
    text: 'Networks use continuous improvement on outcomes; disaggregated local data shape their charters and plans.',
    evidencePrompts: [],
    rule: 'at least `networkShare` of networks both use data and run continuous improvement (say so, or PDSA cycles on their actions)',
    judge: (ctx) =>
      networkShareJudge(
        ctx,
        'data use and continuous improvement',
        (n) => n.usesData === true && runsContinuousImprovement(n),
      ),
  },
  {
    ...sustaining,
    id: 'S.3.2',
    version: 'B',
    pillar: 3,
    confidence: 'partial',
    sources: ['S14', 'S3'],
    judgedOn: 'claims',
    text: 'Networks surface opportunities and barriers for partners to act on.',
    evidencePrompts: [],
    judge: claimJudge('S.3.2'),
  },
  {
    ...sustaining,
    id: 'S.3.3',
    version: 'A',
    pillar: 3,
    confidence: 'verified',
    sources: ['S9'],
    judgedOn: 'evidence',
    text: 'Partners realign existing work to support action plans; the community is engaged and mobilized.',
    evidencePrompts: [],
    rule: 'an involve or co-develop engagement event, and a practice or resources change or aligned funding',
    judge: (ctx) => {
      const engaged = items(ctx.evidence.engagementEvents).filter(
        ({ item }) => item.kind === 'involve' || item.kind === 'co-develop',
      );
      const realigned = [
        ...items(ctx.evidence.policyChanges)
          .filter(({ item }) => item.kind === 'practice' || item.kind === 'resources')
          .map(({ item, index }) =>
            evidenceRef(['policyChanges', index], `${item.kind}: ${item.id}`),
          ),
        ...items(ctx.evidence.funding)
          .filter(({ item }) => item.alignedToStrategies === true)
          .map(({ item, index }) =>
            evidenceRef(['funding', index, 'alignedToStrategies'], item.id),
          ),
      ];
      const refs = [
        ...engaged.map(({ item, index }) =>
          evidenceRef(['engagementEvents', index], `${item.kind}: ${item.title ?? item.id}`),
        ),
        ...realigned,
      ];
      if (engaged.length > 0 && realigned.length > 0)
        return judgement(
          'met',
          [`${engaged.length} involve/co-develop events; ${realigned.length} realignments`],
          refs,
        );
      return judgement('insufficient-evidence', ['engagement or realignment not recorded'], refs);
    },
  },
  {
    ...sustaining,
    id: 'S.4.1',
    version: 'A',
    pillar: 4,
    confidence: 'verified',
    sources: ['S9', 'S3'],
    judgedOn: 'evidence',
    text: 'Time, talent and treasure are aligned to improve outcomes and remove locally defined disparities.',
    evidencePrompts: [],
    rule: 'share of funding amount aligned to the strategies at least `alignedFundingShare`',
    judge: (ctx) => {
      const funding = items(ctx.evidence.funding).filter(
        ({ item }) => typeof item.amount === 'number' && item.alignedToStrategies !== undefined,
      );
      const total = funding.reduce((s, { item }) => s + (item.amount ?? 0), 0);
      const aligned = funding
        .filter(({ item }) => item.alignedToStrategies === true)
        .reduce((s, { item }) => s + (item.amount ?? 0), 0);
      const refs = funding.map(({ item, index }) =>
        evidenceRef(
          ['funding', index],
          `${item.funder}: ${item.amount ?? 0} ${item.currency ?? 'USD'}, aligned ${String(item.alignedToStrategies)}`,
        ),
      );
      if (total === 0)
        return judgement(
          'insufficient-evidence',
          ['no funding amounts with alignment recorded'],
          refs,
        );
      const ratio = aligned / total;
      return judgement(
        ratio >= ctx.parameters.alignedFundingShare ? 'met' : 'not-met',
        [
          `${(ratio * 100).toFixed(1)}% of recorded funding is aligned (threshold ${ctx.parameters.alignedFundingShare * 100}%); amounts summed as recorded, currencies not converted`,
        ],
        refs,
      );
    },
  },
  {
    ...sustaining,
    id: 'S.4.2',
    version: 'A',
    pillar: 4,
    confidence: 'verified',
    sources: ['S9', 'S3'],
    judgedOn: 'evidence',
    text: 'Policy priorities are aligned and a collective advocacy agenda is advanced.',
    evidencePrompts: [],
    rule: 'a policy change of kind `policy`, or the anchor entity carries the policy function',
    judge: (ctx) => {
      const policies = items(ctx.evidence.policyChanges).filter(
        ({ item }) => item.kind === 'policy',
      );
      const anchorWorksOnPolicy = ctx.evidence.anchorEntity?.functions?.includes('policy') === true;
      const refs = [
        ...policies.map(({ item, index }) =>
          evidenceRef(['policyChanges', index], item.description),
        ),
        ...(anchorWorksOnPolicy
          ? [evidenceRef(['anchorEntity', 'functions'], 'policy function')]
          : []),
      ];
      return policies.length > 0 || anchorWorksOnPolicy
        ? judgement('met', ['policy work is part of the partnership'], refs)
        : claimJudge('S.4.2')(ctx);
    },
  },
  {
    ...systemsChange,
    id: 'C.1.1',
    version: 'B',
    pillar: 1,
    confidence: 'verified',
    sources: ['S15'],
    judgedOn: 'evidence',
    text: 'Organizations, institutions and residents align goals, structures and activities with the vision.',
    evidencePrompts: ['Multi-sector representation', 'Residents in key activities'],
    rule: 'table spans `minSectors` sectors including residents or youth, and residents co-develop work or hold seats (power shift)',
    judge: (ctx) => {
      const sectors = distinct(ctx.evidence.leadershipTable?.sectorsRepresented ?? []);
      const residents = sectors.includes('residents') || sectors.includes('youth');
      const codev = items(ctx.evidence.engagementEvents).filter(
        ({ item }) => item.kind === 'co-develop',
      );
      const power = items(ctx.evidence.policyChanges).filter(({ item }) => item.kind === 'power');
      const refs = [
        evidenceRef(['leadershipTable', 'sectorsRepresented'], sectors.join(', ')),
        ...codev.map(({ item, index }) =>
          evidenceRef(['engagementEvents', index], `co-develop: ${item.title ?? item.id}`),
        ),
        ...power.map(({ item, index }) => evidenceRef(['policyChanges', index], item.description)),
      ];
      if (sectors.length === 0)
        return judgement('insufficient-evidence', ['table sectors not recorded'], refs);
      const met =
        sectors.length >= ctx.parameters.minSectors && residents && codev.length + power.length > 0;
      return judgement(
        met ? 'met' : 'not-met',
        [
          `${sectors.length} sectors at the table; residents or youth seated: ${String(residents)}; co-development or power shifts: ${codev.length + power.length}`,
        ],
        refs,
      );
    },
  },
  {
    ...systemsChange,
    id: 'C.1.2',
    version: 'B',
    pillar: 1,
    confidence: 'verified',
    sources: ['S15'],
    judgedOn: 'evidence',
    text: 'Communication shows shared accountability and builds engagement.',
    evidencePrompts: [
      'Per-audience strategies',
      'Clear results',
      'Impact analysis',
      'Shift in public rhetoric',
    ],
    rule: '[inferred] report cards reach at least four audiences and an awareness event took place',
    judge: (ctx) => {
      const audiences = distinct(
        items(ctx.evidence.reportCards).flatMap(({ item }) => item.audiences ?? []),
      );
      const awareness = items(ctx.evidence.engagementEvents).filter(
        ({ item }) => item.kind === 'awareness',
      );
      const refs = [
        evidenceRef(['reportCards'], `audiences: ${audiences.join(', ') || 'none'}`),
        ...awareness.map(({ item, index }) =>
          evidenceRef(['engagementEvents', index], item.title ?? item.id),
        ),
      ];
      if (audiences.length === 0)
        return judgement('insufficient-evidence', ['no report card audiences recorded'], refs);
      return judgement(
        audiences.length >= 4 && awareness.length > 0 ? 'met' : 'not-met',
        [`${audiences.length} audiences; ${awareness.length} awareness events`],
        refs,
      );
    },
  },
  {
    ...systemsChange,
    id: 'C.1.3',
    version: 'A',
    pillar: 1,
    confidence: 'verified',
    sources: ['S11'],
    judgedOn: 'claims',
    text: 'The partnership survives leadership and capacity transitions with shared accountability intact.',
    evidencePrompts: [],
    judge: claimJudge('C.1.3'),
  },
  {
    ...systemsChange,
    id: 'C.1.4',
    version: 'A',
    pillar: 1,
    confidence: 'verified',
    sources: ['S11'],
    judgedOn: 'claims',
    text: 'Communication credits success and admits challenges.',
    evidencePrompts: [],
    judge: claimJudge('C.1.4'),
  },
  {
    ...systemsChange,
    id: 'C.2.1',
    version: 'B',
    pillar: 2,
    confidence: 'verified',
    sources: ['S15'],
    judgedOn: 'evidence',
    text: 'Student-level data are accessible and used routinely by the right partners to improve outcomes and narrow disparities.',
    evidencePrompts: ['Data infrastructure', 'Faster access', 'Routine use', 'Data culture'],
    rule: 'an active student-level data agreement and at least `networkShare` of networks use data',
    judge: (ctx) => {
      const studentLevel = studentLevelActive(ctx);
      if (studentLevel.length === 0)
        return judgement(
          items(ctx.evidence.dataAgreements).length > 0 ? 'not-met' : 'insufficient-evidence',
          ['no active student-level data agreement'],
          [evidenceRef(['dataAgreements'], 'no active student-level agreement')],
        );
      const dataUse = networkShareJudge(ctx, 'data use', (n) => n.usesData === true);
      return {
        ...dataUse,
        reasons: [`${studentLevel.length} student-level agreements active`, ...dataUse.reasons],
        evidence: [
          ...studentLevel.map(({ item, index }) => evidenceRef(['dataAgreements', index], item.id)),
          ...dataUse.evidence,
        ],
      };
    },
  },
  {
    ...systemsChange,
    id: 'C.3.1',
    version: 'B',
    pillar: 3,
    confidence: 'verified',
    sources: ['S15'],
    judgedOn: 'evidence-and-data',
    text: 'Partners use varied data to improve and run universal plus targeted strategies for groups with persistent disparities.',
    evidencePrompts: [],
    rule: '[inferred] a policy or practice change tied to an outcome whose core indicator has measured gaps in the data',
    judge: (ctx) => {
      const withGaps = new Set(
        ctx.outcomes.core
          .filter((c) => c.gaps.some((g) => g.points.length > 0))
          .map((c) => c.indicatorId),
      );
      const outcomeIds = new Set(
        items(ctx.evidence.outcomes)
          .filter(({ item }) => item.coreIndicatorIds?.some((id) => withGaps.has(id)))
          .map(({ item }) => item.id),
      );
      const targeted = items(ctx.evidence.policyChanges).filter(({ item }) =>
        item.outcomeIds?.some((id) => outcomeIds.has(id)),
      );
      const refs = [
        dataRef(`core indicators with measured gaps: ${[...withGaps].join(', ') || 'none'}`),
        ...targeted.map(({ item, index }) =>
          evidenceRef(
            ['policyChanges', index, 'outcomeIds'],
            `${item.id} -> ${item.outcomeIds?.join(', ') ?? ''}`,
          ),
        ),
      ];
      if (withGaps.size === 0)
        return judgement('insufficient-evidence', ['no gaps measurable in the outcome data'], refs);
      return targeted.length > 0
        ? judgement('met', [`${targeted.length} changes target outcomes with measured gaps`], refs)
        : judgement('not-met', ['no change targets an outcome with measured gaps'], refs);
    },
  },
  {
    ...systemsChange,
    id: 'C.4.1',
    version: 'inferred',
    pillar: 4,
    confidence: 'inferred',
    sources: ['S10', 'S23'],
    judgedOn: 'evidence',
    text: '[open wording; gist inferred] Resources and policy are shifted to what works.',
    evidencePrompts: [],
    rule: 'an institutionalized policy change of kind `resources` or `policy`',
    judge: (ctx) => {
      const policies = items(ctx.evidence.policyChanges).filter(
        ({ item }) =>
          item.institutionalized === true && (item.kind === 'resources' || item.kind === 'policy'),
      );
      return policies.length > 0
        ? judgement(
            'met',
            [`${policies.length} institutionalized resource or policy shifts`],
            policies.map(({ item, index }) =>
              evidenceRef(['policyChanges', index], item.description),
            ),
          )
        : claimJudge('C.4.1')(ctx);
    },
  },
  {
    ...proofPoint,
    id: 'P.0.1',
    version: 'A+B',
    pillar: 0,
    confidence: 'verified',
    sources: ['S5', 'S17'],
    judgedOn: 'data',
    text: 'Community-level outcomes trend the right way consistently, at population level.',
    evidencePrompts: ['Outcome-trend test (theory-of-action.md 5.6)'],
    rule: 'at least `improvingShare` of core indicators with a trend (a direction of good and at least `minTrendPoints` usable periods at the analysed place) read as `improving` by the one trend method (least-squares slope and first-to-last change both in the good direction; docs/metrics.md)',
    judge: (ctx) => {
      const measurable = ctx.outcomes.core.filter(
        (c) => c.trend !== undefined && TREND_MEASURED.has(c.trend.status),
      );
      const refs = ctx.outcomes.core.map((c) =>
        dataRef(
          `${c.indicatorId}: ${c.trend ? `${c.trend.points} periods, ${c.trend.status}` : 'no data at the analysed place'}`,
        ),
      );
      if (measurable.length === 0)
        return judgement(
          'insufficient-evidence',
          [
            `no core indicator has ${ctx.parameters.minTrendPoints} usable periods with a direction`,
          ],
          refs.length > 0 ? refs : [dataRef('no measurable trend')],
        );
      const improving = measurable.filter((c) => c.trend?.status === 'improving');
      const ratio = improving.length / measurable.length;
      return judgement(
        ratio >= ctx.parameters.improvingShare ? 'met' : 'not-met',
        [
          `${share(improving.length, measurable.length)} measurable core indicators improving; threshold ${ctx.parameters.improvingShare}`,
        ],
        refs,
      );
    },
  },
  {
    ...proofPoint,
    id: 'P.0.2',
    version: 'inferred',
    pillar: 0,
    confidence: 'inferred',
    sources: ['S5', 'S22'],
    judgedOn: 'data',
    text: 'Disparity gaps close for disaggregated groups (the disaggregated half of the proof-point test).',
    evidencePrompts: [],
    rule: 'at least `closingShare` of measurable gaps (focal vs reference group, core indicators, analysed place) are `closing`: the focal group improved and its improvement, not the reference group worsening, narrowed the gap, beyond the uncertainty of the data (`gapUncertainty`). Levelling down, crossing, mixed and within-uncertainty changes do not count; groups that lead the reference group are not disparities and are left out (docs/metrics.md)',
    judge: (ctx) => {
      const gaps = ctx.outcomes.core.flatMap((c) => c.gaps.map((g) => ({ c, g })));
      const measurable = gaps.filter(({ g }) => measuresDisparity(g.change));
      const refs = measurable.map(({ c, g }) =>
        dataRef(
          `${c.indicatorId} ${g.dimension}: ${g.focal} vs ${g.reference} (${g.referenceBasis}) ${g.change.start?.gap.toFixed(1) ?? '?'} (${g.change.start?.label ?? ''}) -> ${g.change.end?.gap.toFixed(1) ?? '?'} (${g.change.end?.label ?? ''}): ${g.change.status}`,
        ),
      );
      if (measurable.length === 0)
        return judgement(
          'insufficient-evidence',
          ['no gap has two usable periods'],
          [dataRef('no measurable gaps')],
        );
      const closing = measurable.filter(({ g }) => g.change.countsAsClosing);
      const others = new Map<string, number>();
      for (const { g } of measurable)
        if (!g.change.countsAsClosing)
          others.set(g.change.status, (others.get(g.change.status) ?? 0) + 1);
      const otherText = [...others].map(([status, n]) => `${n} ${status}`).join(', ');
      return judgement(
        closing.length / measurable.length >= ctx.parameters.closingShare ? 'met' : 'not-met',
        [
          `${share(closing.length, measurable.length)} measurable gaps closing${otherText ? ` (${otherText})` : ''}; threshold ${ctx.parameters.closingShare}`,
        ],
        refs,
      );
    },
  },
  {
    ...systemsTransformation,
    id: 'T.0.1',
    version: '2021+',
    pillar: 0,
    confidence: 'verified',
    sources: ['S19', 'S22'],
    judgedOn: 'evidence',
    text: 'Institutionalized shifts in policy, practice, resources and power let youth and families of color and those in poverty reach their full potential.',
    evidencePrompts: ['% of core outcomes improving', '% of disparity gaps closing'],
    rule: 'institutionalized changes cover at least `transformationShiftKinds` of the four kinds (policy, practice, resources, power)',
    judge: (ctx) => {
      const inst = items(ctx.evidence.policyChanges).filter(
        ({ item }) => item.institutionalized === true,
      );
      const kinds = distinct(inst.map(({ item }) => item.kind));
      const refs = inst.map(({ item, index }) =>
        evidenceRef(['policyChanges', index], `${item.kind}: ${item.id}`),
      );
      if (items(ctx.evidence.policyChanges).length === 0)
        return judgement(
          'insufficient-evidence',
          ['no policy changes recorded'],
          [evidenceRef(['policyChanges'], 'none')],
        );
      return judgement(
        kinds.length >= ctx.parameters.transformationShiftKinds ? 'met' : 'not-met',
        [
          `institutionalized kinds: ${kinds.join(', ') || 'none'} (${kinds.length} of 4; ${ctx.parameters.transformationShiftKinds} needed)`,
        ],
        refs,
      );
    },
  },
];
