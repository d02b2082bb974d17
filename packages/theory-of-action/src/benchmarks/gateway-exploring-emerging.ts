import { activeOn, claimJudge, distinct, ev, items, judgement, share } from './judge-helpers.js';
import type { Benchmark, JudgeContext, Judgement } from './types.js';

const gw = { family: 'gateway' as const };
const E = { ...gw, gateway: 'EXPLORING' as const };
const M = { ...gw, gateway: 'EMERGING' as const };

function partnerSectors(ctx: JudgeContext): string[] {
  return distinct(
    [
      ...items(ctx.evidence.partners).map(({ item }) => item.sector),
      ...(ctx.evidence.leadershipTable?.sectorsRepresented ?? []),
    ].filter((s): s is NonNullable<typeof s> => typeof s === 'string' && s !== 'other'),
  );
}

/**
 * Exploring and Emerging benchmarks (theory-of-action.md 2).
 *
 * @example
 * ```ts
 * EXPLORING_EMERGING_BENCHMARKS.map((b) => b.id); // ['E.1.1', 'E.1.2', ...]
 * ```
 */
export const EXPLORING_EMERGING_BENCHMARKS: readonly Benchmark[] = [
  {
    ...E,
    id: 'E.1.1',
    version: 'B',
    pillar: 1,
    confidence: 'verified',
    sources: ['S12', 'S16'],
    judgedOn: 'evidence',
    text: 'A cross-sector partnership with a defined geography organizes around a cradle-to-career vision.',
    evidencePrompts: [
      'Which sectors (philanthropy, business, early childhood, K-12, postsecondary, public, community organizations) take part, and how do they commit?',
    ],
    rule: 'geography named; shared vision stated and cradle-to-career; partners from at least `minSectors` sectors',
    judge: (ctx): Judgement => {
      const e = ctx.evidence;
      const sectors = partnerSectors(ctx);
      const refs = [
        ev(['geography'], e.geography ? `geography: ${e.geography.name}` : 'no geography'),
        ev(
          ['sharedVision'],
          e.sharedVision
            ? `vision, cradle-to-career: ${String(e.sharedVision.cradleToCareer)}`
            : 'no shared vision',
        ),
        ev(['partners'], `${sectors.length} sectors: ${sectors.join(', ')}`),
      ];
      if (!e.geography || !e.sharedVision)
        return judgement(
          'insufficient-evidence',
          ['geography or shared vision not recorded'],
          refs,
        );
      if (e.sharedVision.cradleToCareer === false)
        return judgement('not-met', ['the shared vision is not cradle to career'], refs);
      if (sectors.length < ctx.parameters.minSectors)
        return judgement(
          'not-met',
          [`partners span ${sectors.length} sectors; at least ${ctx.parameters.minSectors} needed`],
          refs,
        );
      if (e.sharedVision.cradleToCareer !== true && !e.sharedVision.statement)
        return judgement(
          'insufficient-evidence',
          ['the vision has no statement and is not marked cradle-to-career'],
          refs,
        );
      return judgement(
        'met',
        [
          `defined geography, a cradle-to-career vision and partners from ${sectors.length} sectors`,
        ],
        refs,
      );
    },
  },
  {
    ...E,
    id: 'E.1.2',
    version: 'B',
    pillar: 1,
    confidence: 'verified',
    sources: ['S12', 'S7'],
    judgedOn: 'evidence',
    text: 'A cross-sector leadership table meets under a documented accountability structure.',
    evidencePrompts: ['Meeting frequency', 'Work groups', 'Roles'],
    rule: 'leadership table exists with a regular meeting frequency (not ad-hoc) and a charter or documented accountability structure',
    judge: (ctx) => {
      const t = ctx.evidence.leadershipTable;
      const a = ctx.evidence.accountabilityStructure;
      const refs = [
        ev(
          ['leadershipTable'],
          t
            ? `exists: ${String(t.exists)}, meets ${t.meetingFrequency ?? 'unknown'}`
            : 'no leadership table',
        ),
        ev(
          ['accountabilityStructure', 'documented'],
          `documented: ${String(a?.documented)}; charter: ${t?.charter?.title ?? 'none'}`,
        ),
      ];
      if (!t) return judgement('insufficient-evidence', ['no leadership table recorded'], refs);
      if (t.exists === false)
        return judgement('not-met', ['the leadership table does not exist'], refs);
      const documented = a?.documented === true || t.charter !== undefined;
      if (t.meetingFrequency === undefined || !documented)
        return judgement(
          a?.documented === false ? 'not-met' : 'insufficient-evidence',
          ['meeting frequency or a documented accountability structure is missing'],
          refs,
        );
      if (t.meetingFrequency === 'ad-hoc')
        return judgement('not-met', ['the table meets only ad hoc'], refs);
      return judgement(
        'met',
        [`the table meets ${t.meetingFrequency} under a documented structure`],
        refs,
      );
    },
  },
  {
    ...E,
    id: 'E.1.3',
    version: 'B',
    pillar: 1,
    confidence: 'verified',
    sources: ['S12', 'S16'],
    judgedOn: 'evidence',
    text: 'Aligned messages are formalized and shared with partners and the community.',
    evidencePrompts: [],
    rule: '[inferred] an awareness event, or a report card addressed to both partners and the community; else tagged claims',
    judge: (ctx) => {
      const awareness = items(ctx.evidence.engagementEvents).filter(
        ({ item }) => item.kind === 'awareness',
      );
      const cards = items(ctx.evidence.reportCards).filter(
        ({ item }) => item.audiences?.includes('community') && item.audiences.includes('partners'),
      );
      const refs = [
        ...awareness.map(({ item, index }) =>
          ev(['engagementEvents', index], `awareness: ${item.title ?? item.id}`),
        ),
        ...cards.map(({ item, index }) =>
          ev(['reportCards', index, 'audiences'], `${item.id} to community and partners`),
        ),
      ];
      if (refs.length > 0)
        return judgement(
          'met',
          [
            'messages are shared with partners and the community (awareness events or report cards to both)',
          ],
          refs,
        );
      return claimJudge('E.1.3')(ctx);
    },
  },
  {
    ...E,
    id: 'E.2.1',
    version: 'B',
    pillar: 2,
    confidence: 'verified',
    sources: ['S12', 'S16'],
    judgedOn: 'evidence',
    text: 'Community-level outcomes are chosen that the partnership answers for.',
    evidencePrompts: [],
    rule: 'at least one outcome in `outcomes`',
    judge: (ctx) => {
      const o = items(ctx.evidence.outcomes);
      return o.length > 0
        ? judgement(
            'met',
            [`${o.length} outcomes chosen`],
            [ev(['outcomes'], o.map(({ item }) => item.area).join(', '))],
          )
        : judgement('insufficient-evidence', ['no outcomes recorded'], [ev(['outcomes'], 'none')]);
    },
  },
  {
    ...E,
    id: 'E.2.2',
    version: 'A?',
    pillar: 2,
    confidence: 'partial',
    sources: ['S2'],
    judgedOn: 'evidence-and-data',
    text: 'Core indicators are selected for the outcomes.',
    evidencePrompts: [],
    rule: 'every outcome names at least one core indicator, and each is defined in the indicator set',
    judge: (ctx) => {
      const o = items(ctx.evidence.outcomes);
      if (o.length === 0)
        return judgement(
          'insufficient-evidence',
          ['no outcomes recorded'],
          [ev(['outcomes'], 'none')],
        );
      const without = o.filter(({ item }) => !item.coreIndicatorIds?.length);
      const undefinedIds = ctx.outcomes.core.filter((c) => c.indicator === undefined);
      const refs = [
        ev(
          ['outcomes'],
          `${o.length - without.length} of ${o.length} outcomes name core indicators`,
        ),
        ...undefinedIds.map((c) => ev(c.path, `${c.indicatorId} not in the indicator set`)),
      ];
      if (without.length > 0)
        return judgement(
          'not-met',
          [`outcomes without a core indicator: ${without.map(({ item }) => item.id).join(', ')}`],
          refs,
        );
      if (undefinedIds.length > 0)
        return judgement(
          'insufficient-evidence',
          ['some core indicators are not defined in the indicator set'],
          refs,
        );
      return judgement(
        'met',
        ['every outcome has core indicators defined in the indicator set'],
        refs,
      );
    },
  },
  {
    ...E,
    id: 'E.3.1',
    version: 'B',
    pillar: 3,
    confidence: 'verified',
    sources: ['S16'],
    judgedOn: 'evidence',
    text: 'The partnership commits to continuous improvement to guide the work.',
    evidencePrompts: [],
    rule: 'an action network runs continuous improvement, or a tagged claim',
    judge: (ctx) => {
      const ci = items(ctx.evidence.actionNetworks).filter(
        ({ item }) => item.continuousImprovement === true,
      );
      if (ci.length > 0)
        return judgement(
          'met',
          [`${ci.length} action network(s) run continuous improvement`],
          ci.map(({ item, index }) =>
            ev(
              ['actionNetworks', index, 'continuousImprovement'],
              `${item.id}: ${item.improvementMethod ?? 'method not named'}`,
            ),
          ),
        );
      return claimJudge('E.3.1')(ctx);
    },
  },
  {
    ...E,
    id: 'E.4.1',
    version: 'B',
    pillar: 4,
    confidence: 'verified',
    sources: ['S16'],
    judgedOn: 'evidence',
    text: 'An anchor entity has capacity for day-to-day management.',
    evidencePrompts: [],
    rule: 'anchor entity named, with staff FTE above 0 when recorded',
    judge: (ctx) => {
      const a = ctx.evidence.anchorEntity;
      const refs = [
        ev(
          ['anchorEntity'],
          a
            ? `${a.organization ?? a.organizationIds?.join(', ') ?? 'unnamed'}, ${a.staffFte ?? '?'} FTE`
            : 'no anchor entity',
        ),
      ];
      if (!a || (!a.organization && !a.organizationIds?.length))
        return judgement('insufficient-evidence', ['no anchor entity named'], refs);
      if (a.staffFte === 0) return judgement('not-met', ['the anchor entity has no staff'], refs);
      return judgement(
        'met',
        ['an anchor entity is named' + (a.staffFte ? ` with ${a.staffFte} FTE` : '')],
        refs,
      );
    },
  },
  {
    ...E,
    id: 'E.4.2',
    version: 'A?',
    pillar: 4,
    confidence: 'partial',
    sources: ['S2'],
    judgedOn: 'evidence',
    text: 'Funders are engaged.',
    evidencePrompts: [],
    rule: 'at least one funding source',
    judge: (ctx) => {
      const f = items(ctx.evidence.funding);
      return f.length > 0
        ? judgement(
            'met',
            [`${f.length} funding sources`],
            [ev(['funding'], f.map(({ item }) => item.funder).join('; '))],
          )
        : judgement('insufficient-evidence', ['no funding recorded'], [ev(['funding'], 'none')]);
    },
  },
  {
    ...M,
    id: 'M.1.1',
    version: 'B',
    pillar: 1,
    confidence: 'verified',
    sources: ['S13'],
    judgedOn: 'evidence-and-data',
    text: 'A public baseline report card with disaggregated data.',
    evidencePrompts: ['Which sub-populations?', 'How did the community join the release?'],
    rule: 'a report card marked baseline and disaggregated, addressed to the community or published (url/reference); the outcome data holds disaggregated values for core indicators',
    judge: (ctx) => {
      const cards = items(ctx.evidence.reportCards);
      const baseline =
        cards.find(({ item }) => item.baseline === true) ??
        cards.slice().sort((a, b) => a.item.publishedOn.localeCompare(b.item.publishedOn))[0];
      const withData = ctx.outcomes.core.filter((c) => c.disaggregatedBy.length > 0);
      const refs = [
        ...(baseline
          ? [
              ev(
                ['reportCards', baseline.index],
                `${baseline.item.id} published ${baseline.item.publishedOn}, baseline ${String(baseline.item.baseline)}, disaggregated by ${baseline.item.disaggregatedBy?.join(', ') ?? 'unknown'}`,
              ),
            ]
          : [ev(['reportCards'], 'none')]),
        ...withData.map((c): ReturnType<typeof ev> => ({
          document: 'observation-set',
          path: ['observations'],
          note: `${c.indicatorId}: disaggregated by ${c.disaggregatedBy.join(', ')} from ${c.firstDisaggregatedPeriod ?? '?'}`,
        })),
      ];
      if (!baseline) return judgement('insufficient-evidence', ['no report card recorded'], refs);
      const c = baseline.item;
      const isPublic =
        c.audiences?.includes('community') === true ||
        c.url !== undefined ||
        c.reference !== undefined;
      if (c.disaggregated === false)
        return judgement('not-met', [`the first report card ${c.id} is not disaggregated`], refs);
      if (c.disaggregated !== true || !isPublic)
        return judgement(
          'insufficient-evidence',
          ['the baseline report card is not marked disaggregated and public'],
          refs,
        );
      const reasons = [
        `baseline report card ${c.id} (${c.publishedOn}) is public and disaggregated`,
      ];
      if (ctx.outcomes.core.length > 0 && withData.length === 0)
        return judgement(
          'not-met',
          [...reasons, 'but the outcome data holds no disaggregated values for any core indicator'],
          refs,
        );
      if (ctx.observations.length === 0)
        reasons.push('no outcome data given to confirm the disaggregation');
      else
        reasons.push(
          `outcome data: ${share(withData.length, ctx.outcomes.core.length)} core indicators disaggregated`,
        );
      return judgement('met', reasons, refs);
    },
  },
  {
    ...M,
    id: 'M.1.2',
    version: 'A',
    pillar: 1,
    confidence: 'verified',
    sources: ['S8'],
    judgedOn: 'evidence',
    text: 'Leadership table, anchor entity and support teams work to roles set by an accountability structure and partnership agreement.',
    evidencePrompts: [],
    rule: 'documented accountability structure with roles, a leadership table and an anchor entity',
    judge: (ctx) => {
      const a = ctx.evidence.accountabilityStructure;
      const refs = [
        ev(
          ['accountabilityStructure'],
          a
            ? `documented ${String(a.documented)}, ${a.roles?.length ?? 0} roles, ${a.workGroups?.length ?? 0} work groups`
            : 'none',
        ),
      ];
      if (!a)
        return judgement('insufficient-evidence', ['no accountability structure recorded'], refs);
      if (a.documented === false)
        return judgement('not-met', ['the accountability structure is not documented'], refs);
      if (!a.roles?.length || !ctx.evidence.leadershipTable || !ctx.evidence.anchorEntity)
        return judgement(
          'insufficient-evidence',
          ['roles, leadership table or anchor entity missing'],
          refs,
        );
      return judgement(
        'met',
        [
          `${a.roles.length} roles in a documented structure with a leadership table and anchor entity`,
        ],
        refs,
      );
    },
  },
  {
    ...M,
    id: 'M.2.1',
    version: 'B',
    pillar: 2,
    confidence: 'verified',
    sources: ['S13'],
    judgedOn: 'data',
    text: 'A baseline for the core indicators, disaggregated by key sub-populations.',
    evidencePrompts: [],
    rule: 'disaggregation coverage: at least `disaggregationCoverage` of core indicators have usable disaggregated values at the primary place',
    judge: (ctx) => {
      const core = ctx.outcomes.core;
      if (core.length === 0)
        return judgement(
          'insufficient-evidence',
          ['no core indicators'],
          [ev(['outcomes'], 'no core indicator ids')],
        );
      if (ctx.observations.length === 0)
        return judgement('insufficient-evidence', ['no outcome data given'], []);
      const covered = core.filter((c) => c.disaggregatedBy.length > 0);
      const ratio = covered.length / core.length;
      const refs = core.map((c): ReturnType<typeof ev> => ({
        document: 'indicator-set',
        path: c.indicatorIndex === undefined ? c.path : ['indicators', c.indicatorIndex],
        note: `${c.indicatorId}: ${c.disaggregatedBy.length ? `disaggregated by ${c.disaggregatedBy.join(', ')} from ${c.firstDisaggregatedPeriod ?? '?'}` : 'no usable disaggregated values'}`,
      }));
      const reason = `disaggregation coverage ${share(covered.length, core.length)} at ${ctx.outcomes.primaryPlace?.level ?? '?'} ${ctx.outcomes.primaryPlace?.code ?? ''}; threshold ${ctx.parameters.disaggregationCoverage}`;
      return judgement(
        ratio >= ctx.parameters.disaggregationCoverage ? 'met' : 'not-met',
        [reason],
        refs,
      );
    },
  },
  {
    ...M,
    id: 'M.2.2',
    version: 'B',
    pillar: 2,
    confidence: 'verified',
    sources: ['S13'],
    judgedOn: 'evidence',
    text: 'A first-focus subset of core indicators, with a stated selection method.',
    evidencePrompts: [],
    rule: 'some but not all outcomes marked `firstFocus` (the selection method itself cannot be checked)',
    judge: (ctx) => {
      const o = items(ctx.evidence.outcomes);
      const focus = o.filter(({ item }) => item.firstFocus === true);
      const refs = focus.map(({ item, index }) => ev(['outcomes', index, 'firstFocus'], item.id));
      if (o.length === 0 || focus.length === 0)
        return judgement('insufficient-evidence', ['no first-focus outcomes recorded'], refs);
      if (focus.length === o.length)
        return judgement('not-met', ['every outcome is first focus: no subset chosen'], refs);
      return judgement(
        'met',
        [
          `first focus: ${share(focus.length, o.length)} outcomes; the selection method is not checked`,
        ],
        refs,
      );
    },
  },
  {
    ...M,
    id: 'M.2.3',
    version: 'A',
    pillar: 2,
    confidence: 'verified',
    sources: ['S8'],
    judgedOn: 'evidence',
    text: 'Data-support capacity for regular data access.',
    evidencePrompts: [],
    rule: 'an active data agreement on `asOf`, or the anchor entity carries the data function',
    judge: (ctx) => {
      const day = ctx.evidence.asOf;
      const active = items(ctx.evidence.dataAgreements).filter(({ item }) =>
        activeOn(day, item.signedOn, item.expiresOn),
      );
      const data = ctx.evidence.anchorEntity?.functions?.includes('data') === true;
      const refs = [
        ...active.map(({ item, index }) =>
          ev(['dataAgreements', index], `${item.id} active on ${day}`),
        ),
        ...(data ? [ev(['anchorEntity', 'functions'], 'anchor entity has the data function')] : []),
      ];
      return active.length > 0 || data
        ? judgement('met', ['data access is supported'], refs)
        : judgement(
            'insufficient-evidence',
            ['no active data agreement and no data function'],
            refs,
          );
    },
  },
  {
    ...M,
    id: 'M.3.1',
    version: 'B',
    pillar: 3,
    confidence: 'verified',
    sources: ['S13'],
    judgedOn: 'evidence',
    text: 'Collaborative Action Networks are formed or engaged around outcomes.',
    evidencePrompts: [],
    rule: 'at least one action network with a focus outcome',
    judge: (ctx) => {
      const n = items(ctx.evidence.actionNetworks).filter(
        ({ item }) => item.focusOutcomeId !== undefined,
      );
      return n.length > 0
        ? judgement(
            'met',
            [`${n.length} networks focus on outcomes`],
            n.map(({ item, index }) =>
              ev(
                ['actionNetworks', index, 'focusOutcomeId'],
                `${item.id} -> ${item.focusOutcomeId ?? ''}`,
              ),
            ),
          )
        : judgement(
            'insufficient-evidence',
            ['no action network with a focus outcome'],
            [ev(['actionNetworks'], 'none')],
          );
    },
  },
  {
    ...M,
    id: 'M.3.2',
    version: 'A',
    pillar: 3,
    confidence: 'verified',
    sources: ['S8'],
    judgedOn: 'evidence',
    text: 'Champions are named for the networks, a value exchange is set and a continuous-improvement process is chosen.',
    evidencePrompts: [],
    rule: 'every network has a champion; at least `networkShare` of networks name an improvement method or run continuous improvement',
    judge: (ctx) => {
      const n = items(ctx.evidence.actionNetworks);
      if (n.length === 0)
        return judgement(
          'insufficient-evidence',
          ['no action networks'],
          [ev(['actionNetworks'], 'none')],
        );
      const champ = n.filter(({ item }) => item.members?.some((m) => m.champion === true));
      const method = n.filter(
        ({ item }) => item.improvementMethod !== undefined || item.continuousImprovement === true,
      );
      const refs = n.map(({ item, index }) =>
        ev(
          ['actionNetworks', index],
          `${item.id}: champion ${String(item.members?.some((m) => m.champion === true) ?? false)}, method ${item.improvementMethod ?? 'none'}`,
        ),
      );
      const reasons = [
        `champions in ${share(champ.length, n.length)} networks; improvement method in ${share(method.length, n.length)}`,
      ];
      return judgement(
        champ.length === n.length && method.length / n.length >= ctx.parameters.networkShare
          ? 'met'
          : 'not-met',
        reasons,
        refs,
      );
    },
  },
  {
    ...M,
    id: 'M.4.1',
    version: 'B',
    pillar: 4,
    confidence: 'verified',
    sources: ['S13'],
    judgedOn: 'evidence',
    text: 'Capacity for management, data, facilitation, communications and community engagement.',
    evidencePrompts: [],
    rule: 'anchor functions cover management (convening or administration), data, facilitation, communications, community engagement',
    judge: (ctx) => {
      const f: readonly string[] = ctx.evidence.anchorEntity?.functions ?? [];
      if (!ctx.evidence.anchorEntity?.functions)
        return judgement(
          'insufficient-evidence',
          ['anchor entity functions not recorded'],
          [ev(['anchorEntity', 'functions'], 'none')],
        );
      const needed: [string, boolean][] = [
        ['management', f.includes('convening') || f.includes('administration')],
        ['data', f.includes('data')],
        ['facilitation', f.includes('facilitation')],
        ['communications', f.includes('communications')],
        ['community engagement', f.includes('community-engagement')],
      ];
      const missing = needed.filter(([, ok]) => !ok).map(([n]) => n);
      return judgement(
        missing.length === 0 ? 'met' : 'not-met',
        [
          missing.length === 0
            ? 'all five capacities are covered'
            : `missing: ${missing.join(', ')}`,
        ],
        [ev(['anchorEntity', 'functions'], f.join(', '))],
      );
    },
  },
  {
    ...M,
    id: 'M.4.2',
    version: 'B',
    pillar: 4,
    confidence: 'verified',
    sources: ['S13'],
    judgedOn: 'evidence',
    text: 'Partners support operations; resources are secured (anchor funding, staff).',
    evidencePrompts: [],
    rule: 'funding active on `asOf` and anchor staff above 0',
    judge: (ctx) => {
      const day = ctx.evidence.asOf;
      const active = items(ctx.evidence.funding).filter(({ item }) =>
        activeOn(day, item.startsOn, item.endsOn),
      );
      const fte = ctx.evidence.anchorEntity?.staffFte;
      const refs = [
        ...active.map(({ item, index }) =>
          ev(['funding', index], `${item.funder}, active on ${day}`),
        ),
        ev(['anchorEntity', 'staffFte'], `${fte ?? 'unknown'} FTE`),
      ];
      if (active.length > 0 && fte !== undefined && fte > 0)
        return judgement(
          'met',
          [`${active.length} funding sources active on ${day}; ${fte} FTE`],
          refs,
        );
      if (items(ctx.evidence.funding).length > 0 && active.length === 0)
        return judgement('not-met', [`no funding active on ${day}`], refs);
      return judgement('insufficient-evidence', ['funding or staffing not recorded'], refs);
    },
  },
];
