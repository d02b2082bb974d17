import { NLC_READINESS } from '@community-excellence/schemas/data';
import { claimJudge, distinct, evidenceRef, items, judgement, share } from './judge-helpers.js';
import type { Benchmark, JudgeContext, Judgement } from './types.js';
import { networkActionsNote, runsContinuousImprovement } from './network-actions.js';

const principle = {
  family: 'principle' as const,
  version: 'A+X1',
  confidence: 'verified' as const,
  sources: ['S6', 'X1'],
};
const collectiveImpact = {
  family: 'collective-impact' as const,
  version: 'SSIR-2011',
  confidence: 'verified' as const,
  sources: ['C1', 'C12'],
};

/**
 * The four principles (theory-of-action.md 1.4) and Collective Impact's five conditions (3.1).
 *
 * @example
 * ```ts
 * PRINCIPLE_AND_CI_BENCHMARKS.map((b) => b.id); // ['PR.1', ..., 'CI.5']
 * ```
 */
export const PRINCIPLE_AND_CI_BENCHMARKS: readonly Benchmark[] = [
  {
    ...principle,
    id: 'PR.1',
    judgedOn: 'evidence',
    text: 'Engage local expertise and community voice.',
    evidencePrompts: ['Awareness, involving and mobilizing, co-developing with residents'],
    rule: 'an engagement event that involves or co-develops with residents',
    judge: (ctx) => {
      const events = items(ctx.evidence.engagementEvents);
      const deep = events.filter(
        ({ item }) => item.kind === 'involve' || item.kind === 'co-develop',
      );
      const refs = events.map(({ item, index }) =>
        evidenceRef(['engagementEvents', index], `${item.kind}: ${item.title ?? item.id}`),
      );
      if (events.length === 0)
        return judgement(
          'insufficient-evidence',
          ['no engagement events'],
          [evidenceRef(['engagementEvents'], 'none')],
        );
      return judgement(
        deep.length > 0 ? 'met' : 'not-met',
        [`modes: ${distinct(events.map(({ item }) => item.kind)).join(', ')}`],
        refs,
      );
    },
  },
  {
    ...principle,
    id: 'PR.2',
    judgedOn: 'evidence-and-data',
    text: 'Eliminate disparities: focus on locally defined disparities with disaggregated data.',
    evidencePrompts: ['Disaggregated data', 'Gap between groups and its trend'],
    rule: 'a disaggregated report card, and at least one measurable gap on a core indicator',
    judge: (ctx) => {
      const cards = items(ctx.evidence.reportCards).filter(
        ({ item }) => item.disaggregated === true,
      );
      const gaps = ctx.outcomes.core.flatMap((c) => c.gaps).filter((g) => g.points.length > 0);
      const refs = [
        ...cards.map(({ item, index }) =>
          evidenceRef(['reportCards', index, 'disaggregated'], item.id),
        ),
        {
          document: 'observation-set' as const,
          path: ['observations'],
          note: `${gaps.length} focal-vs-reference gap series measurable`,
        },
      ];
      if (cards.length === 0 && gaps.length === 0)
        return judgement(
          'insufficient-evidence',
          ['no disaggregated report card or measurable gap'],
          refs,
        );
      return judgement(
        cards.length > 0 && gaps.length > 0 ? 'met' : 'not-met',
        [`${cards.length} disaggregated report cards; ${gaps.length} measurable gaps`],
        refs,
      );
    },
  },
  {
    ...principle,
    id: 'PR.3',
    judgedOn: 'evidence',
    text: 'Build a culture of continuous improvement.',
    evidencePrompts: ['Improvement method per network'],
    rule: 'at least `networkShare` of networks run continuous improvement (say so, or PDSA cycles on their actions)',
    judge: (ctx) => {
      const networks = items(ctx.evidence.actionNetworks);
      if (networks.length === 0) return claimJudge('PR.3')(ctx);
      const improvingNetworks = networks.filter(({ item }) => runsContinuousImprovement(item));
      return judgement(
        improvingNetworks.length / networks.length >= ctx.parameters.networkShare
          ? 'met'
          : 'not-met',
        [`continuous improvement in ${share(improvingNetworks.length, networks.length)} networks`],
        networks.map(({ item, index }) =>
          evidenceRef(
            ['actionNetworks', index, 'continuousImprovement'],
            `${item.id}: ${String(item.continuousImprovement)}${networkActionsNote(item)}`,
          ),
        ),
      );
    },
  },
  {
    ...principle,
    id: 'PR.4',
    judgedOn: 'evidence',
    text: 'Leverage existing assets.',
    evidencePrompts: ['Partner resources redirected to shared outcomes'],
    rule: '[inferred] funding aligned to the strategies or a resources change by a partner',
    judge: (ctx) => {
      const refs = [
        ...items(ctx.evidence.funding)
          .filter(({ item }) => item.alignedToStrategies === true)
          .map(({ item, index }) => evidenceRef(['funding', index], item.funder)),
        ...items(ctx.evidence.policyChanges)
          .filter(({ item }) => item.kind === 'resources')
          .map(({ item, index }) => evidenceRef(['policyChanges', index], item.description)),
      ];
      return refs.length > 0
        ? judgement('met', [`${refs.length} existing resources aligned or redirected`], refs)
        : claimJudge('PR.4')(ctx);
    },
  },
  {
    ...collectiveImpact,
    id: 'CI.1',
    judgedOn: 'evidence',
    text: 'Common agenda: a shared vision, problem definition and agreed actions.',
    evidencePrompts: [],
    rule: 'a shared vision statement and chosen outcomes',
    judge: (ctx) => {
      const met = !!ctx.evidence.sharedVision?.statement && items(ctx.evidence.outcomes).length > 0;
      return judgement(
        met ? 'met' : 'insufficient-evidence',
        [met ? 'vision stated and outcomes chosen' : 'vision statement or outcomes missing'],
        [
          evidenceRef(
            ['sharedVision', 'statement'],
            ctx.evidence.sharedVision?.statement ?? 'none',
          ),
          evidenceRef(['outcomes'], `${items(ctx.evidence.outcomes).length} outcomes`),
        ],
      );
    },
  },
  {
    ...collectiveImpact,
    id: 'CI.2',
    judgedOn: 'evidence-and-data',
    text: 'Shared measurement: the same data and measures across participants.',
    evidencePrompts: [],
    rule: 'core indicators named, and at least `disaggregationCoverage` of them have usable values in the outcome data',
    judge: (ctx): Judgement => {
      const core = ctx.outcomes.core;
      if (core.length === 0)
        return judgement(
          'insufficient-evidence',
          ['no core indicators'],
          [evidenceRef(['outcomes'], 'none')],
        );
      const withData = core.filter((c) => c.usableRows > 0);
      const refs = core.map((c) => ({
        document: 'observation-set' as const,
        path: ['observations'],
        note: `${c.indicatorId}: ${c.usableRows} usable rows`,
      }));
      if (ctx.observations.length === 0)
        return judgement('insufficient-evidence', ['no outcome data given'], refs);
      return judgement(
        withData.length / core.length >= ctx.parameters.disaggregationCoverage ? 'met' : 'not-met',
        [`${share(withData.length, core.length)} core indicators have data`],
        refs,
      );
    },
  },
  {
    ...collectiveImpact,
    id: 'CI.3',
    judgedOn: 'evidence',
    text: 'Mutually reinforcing activities coordinated by one plan.',
    evidencePrompts: [],
    rule: 'every action network focuses on a chosen outcome',
    judge: (ctx) => {
      const networks = items(ctx.evidence.actionNetworks);
      if (networks.length === 0)
        return judgement(
          'insufficient-evidence',
          ['no action networks'],
          [evidenceRef(['actionNetworks'], 'none')],
        );
      const linked = networks.filter(({ item }) => item.focusOutcomeId !== undefined);
      return judgement(
        linked.length === networks.length ? 'met' : 'not-met',
        [`${share(linked.length, networks.length)} networks tied to an outcome`],
        networks.map(({ item, index }) =>
          evidenceRef(
            ['actionNetworks', index, 'focusOutcomeId'],
            `${item.id} -> ${item.focusOutcomeId ?? 'none'}`,
          ),
        ),
      );
    },
  },
  {
    ...collectiveImpact,
    id: 'CI.4',
    judgedOn: 'evidence',
    text: 'Continuous communication that builds trust and shared motivation.',
    evidencePrompts: [],
    rule: 'the table meets monthly or more often, and at least one report card is published',
    judge: (ctx) => {
      const frequency = ctx.evidence.leadershipTable?.meetingFrequency;
      const cards = items(ctx.evidence.reportCards).length;
      const refs = [
        evidenceRef(['leadershipTable', 'meetingFrequency'], frequency ?? 'unknown'),
        evidenceRef(['reportCards'], `${cards} report cards`),
      ];
      if (frequency === undefined)
        return judgement('insufficient-evidence', ['meeting frequency not recorded'], refs);
      return judgement(
        ['weekly', 'biweekly', 'monthly'].includes(frequency) && cards > 0 ? 'met' : 'not-met',
        [`meets ${frequency}; ${cards} report cards`],
        refs,
      );
    },
  },
  {
    ...collectiveImpact,
    id: 'CI.5',
    judgedOn: 'evidence',
    text: 'Backbone support: a separate, staffed coordinating organization.',
    evidencePrompts: [],
    rule: 'anchor entity with staff above 0 (or a community backbone)',
    judge: (ctx) => {
      const anchor = ctx.evidence.anchorEntity;
      const backbone = ctx.community?.backbone?.organizations?.length ?? 0;
      const refs = [
        evidenceRef(['anchorEntity', 'staffFte'], `${anchor?.staffFte ?? 'unknown'} FTE`),
        ...(backbone > 0
          ? [
              {
                document: 'community' as const,
                path: ['backbone', 'organizations'],
                note: `${backbone} backbone organizations`,
              },
            ]
          : []),
      ];
      if (anchor?.staffFte !== undefined)
        return judgement(
          anchor.staffFte > 0 ? 'met' : 'not-met',
          [`anchor entity has ${anchor.staffFte} FTE`],
          refs,
        );
      return judgement(
        backbone > 0 ? 'met' : 'insufficient-evidence',
        [backbone > 0 ? 'the community names a backbone' : 'no staffed backbone recorded'],
        refs,
      );
    },
  },
];

const readinessRules: Record<
  string,
  { judgedOn: Benchmark['judgedOn']; rule?: string; judge?: (ctx: JudgeContext) => Judgement }
> = {
  R1: {
    judgedOn: 'evidence',
    rule: 'the leadership table spans at least `minSectors` sectors',
    judge: (ctx) => {
      const sectors = distinct(ctx.evidence.leadershipTable?.sectorsRepresented ?? []);
      return sectors.length === 0
        ? judgement(
            'insufficient-evidence',
            ['table sectors not recorded'],
            [evidenceRef(['leadershipTable'], 'none')],
          )
        : judgement(
            sectors.length >= ctx.parameters.minSectors ? 'met' : 'not-met',
            [`${sectors.length} sectors`],
            [evidenceRef(['leadershipTable', 'sectorsRepresented'], sectors.join(', '))],
          );
    },
  },
  R2: {
    judgedOn: 'evidence',
    rule: 'an anchor entity (or community backbone) is named',
    judge: (ctx) => {
      const anchor = ctx.evidence.anchorEntity;
      const met = !!(
        anchor?.organization ||
        anchor?.organizationIds?.length ||
        ctx.community?.backbone?.organizations?.length
      );
      return judgement(
        met ? 'met' : 'insufficient-evidence',
        [met ? 'a backbone is identified' : 'no backbone named'],
        [evidenceRef(['anchorEntity'], anchor?.organization ?? 'none')],
      );
    },
  },
  R6: {
    judgedOn: 'evidence',
    rule: '[inferred] anchor staff of at least 3 FTE (backbone plus 2-3 project leaders)',
    judge: (ctx) => {
      const fte = ctx.evidence.anchorEntity?.staffFte;
      return fte === undefined
        ? judgement(
            'insufficient-evidence',
            ['staffing not recorded'],
            [evidenceRef(['anchorEntity', 'staffFte'], 'none')],
          )
        : judgement(
            fte >= 3 ? 'met' : 'not-met',
            [`${fte} FTE`],
            [evidenceRef(['anchorEntity', 'staffFte'], String(fte))],
          );
    },
  },
  R7: {
    judgedOn: 'evidence',
    rule: 'residents or youth sit at the table, or engagement events hear families or youth',
    judge: (ctx) => {
      const sectors = ctx.evidence.leadershipTable?.sectorsRepresented ?? [];
      const voice = items(ctx.evidence.engagementEvents).filter(
        ({ item }) => item.familyVoice === true || item.youthVoice === true,
      );
      const met = sectors.includes('residents') || sectors.includes('youth') || voice.length > 0;
      return judgement(
        met ? 'met' : 'insufficient-evidence',
        [
          `resident or youth seats: ${String(sectors.includes('residents') || sectors.includes('youth'))}; events with family or youth voice: ${voice.length}`,
        ],
        [
          evidenceRef(['leadershipTable', 'sectorsRepresented'], sectors.join(', ')),
          ...voice.map(({ item, index }) =>
            evidenceRef(['engagementEvents', index], item.title ?? item.id),
          ),
        ],
      );
    },
  },
  R8: {
    judgedOn: 'evidence',
    rule: 'the anchor carries the data function or a data agreement exists',
    judge: (ctx) => {
      const met =
        ctx.evidence.anchorEntity?.functions?.includes('data') === true ||
        items(ctx.evidence.dataAgreements).length > 0;
      return judgement(
        met ? 'met' : 'insufficient-evidence',
        [met ? 'dedicated data support recorded' : 'no data support recorded'],
        [
          evidenceRef(
            ['dataAgreements'],
            `${items(ctx.evidence.dataAgreements).length} agreements`,
          ),
        ],
      );
    },
  },
  R9: {
    judgedOn: 'evidence',
    rule: 'partners include health, business or economic development, and education sectors',
    judge: (ctx) => {
      const sectors = new Set(
        items(ctx.evidence.partners).map(({ item }) => item.sector as string),
      );
      if (sectors.size === 0)
        return judgement(
          'insufficient-evidence',
          ['no partners recorded'],
          [evidenceRef(['partners'], 'none')],
        );
      const met =
        (sectors.has('health') || sectors.has('public-health')) &&
        (sectors.has('business') || sectors.has('economic-development')) &&
        ['education', 'early-childhood', 'k-12', 'postsecondary'].some((x) => sectors.has(x));
      return judgement(
        met ? 'met' : 'not-met',
        [`partner sectors: ${[...sectors].join(', ')}`],
        [evidenceRef(['partners'], `${sectors.size} sectors`)],
      );
    },
  },
};

/**
 * The COE readiness characteristics R1-R9 (from `NLC_READINESS`, learning-programs.md 1.5) as benchmarks.
 *
 * @example
 * ```ts
 * READINESS_BENCHMARKS[0]?.id; // 'COE.R1'
 * ```
 */
export const READINESS_BENCHMARKS: readonly Benchmark[] = NLC_READINESS.characteristics.map(
  (c): Benchmark => {
    const id = `COE.${c.id}`;
    const rule = readinessRules[c.id];
    return {
      id,
      version: 'NLC-2026',
      family: 'readiness',
      text: `${c.label}: ${c.description}`,
      evidencePrompts: [],
      confidence: c.confidence,
      sources: [...c.sources],
      judgedOn: rule?.judgedOn ?? 'claims',
      ...(rule?.rule ? { rule: rule.rule } : {}),
      judge: rule?.judge ?? claimJudge(id),
    };
  },
);

const DESIGN: readonly [string, string][] = [
  ['D1', 'Strengthen the base model with peer learning, a collective form and learning in action.'],
  ['D2', 'Advance work participants already do, inside a shared vision larger than each member.'],
  ['D3', 'Balance common ground with diverse backgrounds; bring in outside experts periodically.'],
  ['D4', 'Involve senior leaders with teams to reach critical mass.'],
  ['D5', 'Require joint projects only when they serve the work, and budget facilitation for them.'],
  ['I1', 'Show success early: a site visit or a small shared win.'],
  ['I2', 'Alternate peer-led and expert-led learning when energy fades.'],
  ['I3', 'Use facilitators with process and content expertise who document and track commitments.'],
  ['I4', 'Offer several engagement modes; some drop-off is healthy.'],
  ['I5', 'Plan deliberate community building when cohesion is a goal.'],
  ['I6', 'Decide the role of sponsors; their early absence can help candour.'],
  ['I7', 'Support participants facing pushback back home.'],
  ['I8', 'Gather just-in-time feedback continually and adjust.'],
  ['O1', 'Recognize many forms of success: knowledge, practice changed, practice scaled.'],
  ['O2', 'Track soft outcomes (trust, connections) before harder ones.'],
  ['O3', 'Capture and communicate success in several forms before formal evaluation.'],
];

/**
 * Design checks for learning communities (learning-programs.md 4). They describe a learning
 * program, not a partnership: `not-applicable` unless an evidence item is tagged with the id.
 *
 * @example
 * ```ts
 * LEARNING_COMMUNITY_BENCHMARKS.length; // 16
 * ```
 */
export const LEARNING_COMMUNITY_BENCHMARKS: readonly Benchmark[] = DESIGN.map(
  ([code, text]): Benchmark => ({
    id: `LC.${code}`,
    version: 'X4',
    family: 'learning-community-design',
    text,
    evidencePrompts: [],
    confidence: 'inferred',
    sources: ['X4'],
    judgedOn: 'claims',
    rule: 'tagged claims; otherwise not applicable to a partnership',
    judge: claimJudge(
      `LC.${code}`,
      'not-applicable',
      'a learning-program design check: the partnership evidence holds no program design facts and no item is tagged with it',
    ),
  }),
);
