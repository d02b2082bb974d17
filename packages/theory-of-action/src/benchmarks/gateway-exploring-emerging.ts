import {
  activeOn,
  claimJudge,
  distinct,
  evidenceRef,
  items,
  judgement,
  share,
} from './judge-helpers.js';
import type { Benchmark, JudgeContext, Judgement } from './types.js';
import {
  networkActionsNote,
  networkPdsaCycles,
  runsContinuousImprovement,
} from './network-actions.js';

const gatewayFamily = { family: 'gateway' as const };
const exploring = { ...gatewayFamily, gateway: 'EXPLORING' as const };
const emerging = { ...gatewayFamily, gateway: 'EMERGING' as const };

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
    ...exploring,
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
      const evidence = ctx.evidence;
      const sectors = partnerSectors(ctx);
      const refs = [
        evidenceRef(
          ['geography'],
          evidence.geography ? `geography: ${evidence.geography.name}` : 'no geography',
        ),
        evidenceRef(
          ['sharedVision'],
          evidence.sharedVision
            ? `vision, cradle-to-career: ${String(evidence.sharedVision.cradleToCareer)}`
            : 'no shared vision',
        ),
        evidenceRef(['partners'], `${sectors.length} sectors: ${sectors.join(', ')}`),
      ];
      if (!evidence.geography || !evidence.sharedVision)
        return judgement(
          'insufficient-evidence',
          ['geography or shared vision not recorded'],
          refs,
        );
      if (evidence.sharedVision.cradleToCareer === false)
        return judgement('not-met', ['the shared vision is not cradle to career'], refs);
      if (sectors.length < ctx.parameters.minSectors)
        return judgement(
          'not-met',
          [`partners span ${sectors.length} sectors; at least ${ctx.parameters.minSectors} needed`],
          refs,
        );
      if (evidence.sharedVision.cradleToCareer !== true && !evidence.sharedVision.statement)
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
    ...exploring,
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
      const table = ctx.evidence.leadershipTable;
      const accountability = ctx.evidence.accountabilityStructure;
      const refs = [
        evidenceRef(
          ['leadershipTable'],
          table
            ? `exists: ${String(table.exists)}, meets ${table.meetingFrequency ?? 'unknown'}`
            : 'no leadership table',
        ),
        evidenceRef(
          ['accountabilityStructure', 'documented'],
          `documented: ${String(accountability?.documented)}; charter: ${table?.charter?.title ?? 'none'}`,
        ),
      ];
      if (!table) return judgement('insufficient-evidence', ['no leadership table recorded'], refs);
      if (table.exists === false)
        return judgement('not-met', ['the leadership table does not exist'], refs);
      const documented = accountability?.documented === true || table.charter !== undefined;
      if (table.meetingFrequency === undefined || !documented)
        return judgement(
          accountability?.documented === false ? 'not-met' : 'insufficient-evidence',
          ['meeting frequency or a documented accountability structure is missing'],
          refs,
        );
      if (table.meetingFrequency === 'ad-hoc')
        return judgement('not-met', ['the table meets only ad hoc'], refs);
      return judgement(
        'met',
        [`the table meets ${table.meetingFrequency} under a documented structure`],
        refs,
      );
    },
  },
  {
    ...exploring,
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
          evidenceRef(['engagementEvents', index], `awareness: ${item.title ?? item.id}`),
        ),
        ...cards.map(({ item, index }) =>
          evidenceRef(['reportCards', index, 'audiences'], `${item.id} to community and partners`),
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
    ...exploring,
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
      const outcomes = items(ctx.evidence.outcomes);
      return outcomes.length > 0
        ? judgement(
            'met',
            [`${outcomes.length} outcomes chosen`],
            [evidenceRef(['outcomes'], outcomes.map(({ item }) => item.area).join(', '))],
          )
        : judgement(
            'insufficient-evidence',
            ['no outcomes recorded'],
            [evidenceRef(['outcomes'], 'none')],
          );
    },
  },
  {
    ...exploring,
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
      const outcomes = items(ctx.evidence.outcomes);
      if (outcomes.length === 0)
        return judgement(
          'insufficient-evidence',
          ['no outcomes recorded'],
          [evidenceRef(['outcomes'], 'none')],
        );
      const without = outcomes.filter(({ item }) => !item.coreIndicatorIds?.length);
      const undefinedIds = ctx.outcomes.core.filter((c) => c.indicator === undefined);
      const refs = [
        evidenceRef(
          ['outcomes'],
          `${outcomes.length - without.length} of ${outcomes.length} outcomes name core indicators`,
        ),
        ...undefinedIds.map((c) =>
          evidenceRef(c.path, `${c.indicatorId} not in the indicator set`),
        ),
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
    ...exploring,
    id: 'E.3.1',
    version: 'B',
    pillar: 3,
    confidence: 'verified',
    sources: ['S16'],
    judgedOn: 'evidence',
    text: 'The partnership commits to continuous improvement to guide the work.',
    evidencePrompts: [],
    rule: 'an action network runs continuous improvement (says so, or PDSA cycles on its actions), or a tagged claim',
    judge: (ctx) => {
      const improvingNetworks = items(ctx.evidence.actionNetworks).filter(({ item }) =>
        runsContinuousImprovement(item),
      );
      if (improvingNetworks.length > 0) {
        const cycles = improvingNetworks.reduce((n, { item }) => n + networkPdsaCycles(item), 0);
        return judgement(
          'met',
          [
            `${improvingNetworks.length} action network(s) run continuous improvement` +
              (cycles > 0 ? `; ${cycles} PDSA cycle(s) recorded on their actions` : ''),
          ],
          improvingNetworks.map(({ item, index }) =>
            evidenceRef(
              [
                'actionNetworks',
                index,
                item.continuousImprovement === true ? 'continuousImprovement' : 'actions',
              ],
              `${item.id}: ${item.improvementMethod ?? 'method not named'}${networkActionsNote(item)}`,
            ),
          ),
        );
      }
      return claimJudge('E.3.1')(ctx);
    },
  },
  {
    ...exploring,
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
      const anchor = ctx.evidence.anchorEntity;
      const refs = [
        evidenceRef(
          ['anchorEntity'],
          anchor
            ? `${anchor.organization ?? anchor.organizationIds?.join(', ') ?? 'unnamed'}, ${anchor.staffFte ?? '?'} FTE`
            : 'no anchor entity',
        ),
      ];
      if (!anchor || (!anchor.organization && !anchor.organizationIds?.length))
        return judgement('insufficient-evidence', ['no anchor entity named'], refs);
      if (anchor.staffFte === 0)
        return judgement('not-met', ['the anchor entity has no staff'], refs);
      return judgement(
        'met',
        ['an anchor entity is named' + (anchor.staffFte ? ` with ${anchor.staffFte} FTE` : '')],
        refs,
      );
    },
  },
  {
    ...exploring,
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
      const funding = items(ctx.evidence.funding);
      return funding.length > 0
        ? judgement(
            'met',
            [`${funding.length} funding sources`],
            [evidenceRef(['funding'], funding.map(({ item }) => item.funder).join('; '))],
          )
        : judgement(
            'insufficient-evidence',
            ['no funding recorded'],
            [evidenceRef(['funding'], 'none')],
          );
    },
  },
  {
    ...emerging,
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
              evidenceRef(
                ['reportCards', baseline.index],
                `${baseline.item.id} published ${baseline.item.publishedOn}, baseline ${String(baseline.item.baseline)}, disaggregated by ${baseline.item.disaggregatedBy?.join(', ') ?? 'unknown'}`,
              ),
            ]
          : [evidenceRef(['reportCards'], 'none')]),
        ...withData.map((c): ReturnType<typeof evidenceRef> => ({
          document: 'observation-set',
          path: ['observations'],
          note: `${c.indicatorId}: disaggregated by ${c.disaggregatedBy.join(', ')} from ${c.firstDisaggregatedPeriod ?? '?'}`,
        })),
      ];
      if (!baseline) return judgement('insufficient-evidence', ['no report card recorded'], refs);
      const baselineIndicator = baseline.item;
      const isPublic =
        baselineIndicator.audiences?.includes('community') === true ||
        baselineIndicator.url !== undefined ||
        baselineIndicator.reference !== undefined;
      if (baselineIndicator.disaggregated === false)
        return judgement(
          'not-met',
          [`the first report card ${baselineIndicator.id} is not disaggregated`],
          refs,
        );
      if (baselineIndicator.disaggregated !== true || !isPublic)
        return judgement(
          'insufficient-evidence',
          ['the baseline report card is not marked disaggregated and public'],
          refs,
        );
      const reasons = [
        `baseline report card ${baselineIndicator.id} (${baselineIndicator.publishedOn}) is public and disaggregated`,
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
    ...emerging,
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
      const accountability = ctx.evidence.accountabilityStructure;
      const refs = [
        evidenceRef(
          ['accountabilityStructure'],
          accountability
            ? `documented ${String(accountability.documented)}, ${accountability.roles?.length ?? 0} roles, ${accountability.workGroups?.length ?? 0} work groups`
            : 'none',
        ),
      ];
      if (!accountability)
        return judgement('insufficient-evidence', ['no accountability structure recorded'], refs);
      if (accountability.documented === false)
        return judgement('not-met', ['the accountability structure is not documented'], refs);
      if (
        !accountability.roles?.length ||
        !ctx.evidence.leadershipTable ||
        !ctx.evidence.anchorEntity
      )
        return judgement(
          'insufficient-evidence',
          ['roles, leadership table or anchor entity missing'],
          refs,
        );
      return judgement(
        'met',
        [
          `${accountability.roles.length} roles in a documented structure with a leadership table and anchor entity`,
        ],
        refs,
      );
    },
  },
  {
    ...emerging,
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
          [evidenceRef(['outcomes'], 'no core indicator ids')],
        );
      if (ctx.observations.length === 0)
        return judgement('insufficient-evidence', ['no outcome data given'], []);
      const covered = core.filter((c) => c.disaggregatedBy.length > 0);
      const ratio = covered.length / core.length;
      const refs = core.map((c): ReturnType<typeof evidenceRef> => ({
        document: 'indicator-set',
        path: c.indicatorIndex === undefined ? c.path : ['indicators', c.indicatorIndex],
        note: `${c.indicatorId}: ${c.disaggregatedBy.length ? `disaggregated by ${c.disaggregatedBy.join(', ')} from ${c.firstDisaggregatedPeriod ?? '?'}` : 'no usable disaggregated values'}`,
      }));
      const reason = `disaggregation coverage ${share(covered.length, core.length)} at ${ctx.outcomes.place?.level ?? '?'} ${ctx.outcomes.place?.code ?? ''}; threshold ${ctx.parameters.disaggregationCoverage}`;
      return judgement(
        ratio >= ctx.parameters.disaggregationCoverage ? 'met' : 'not-met',
        [reason],
        refs,
      );
    },
  },
  {
    ...emerging,
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
      const outcomes = items(ctx.evidence.outcomes);
      const focus = outcomes.filter(({ item }) => item.firstFocus === true);
      const refs = focus.map(({ item, index }) =>
        evidenceRef(['outcomes', index, 'firstFocus'], item.id),
      );
      if (outcomes.length === 0 || focus.length === 0)
        return judgement('insufficient-evidence', ['no first-focus outcomes recorded'], refs);
      if (focus.length === outcomes.length)
        return judgement('not-met', ['every outcome is first focus: no subset chosen'], refs);
      return judgement(
        'met',
        [
          `first focus: ${share(focus.length, outcomes.length)} outcomes; the selection method is not checked`,
        ],
        refs,
      );
    },
  },
  {
    ...emerging,
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
          evidenceRef(['dataAgreements', index], `${item.id} active on ${day}`),
        ),
        ...(data
          ? [evidenceRef(['anchorEntity', 'functions'], 'anchor entity has the data function')]
          : []),
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
    ...emerging,
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
      const networks = items(ctx.evidence.actionNetworks).filter(
        ({ item }) => item.focusOutcomeId !== undefined,
      );
      return networks.length > 0
        ? judgement(
            'met',
            [`${networks.length} networks focus on outcomes`],
            networks.map(({ item, index }) =>
              evidenceRef(
                ['actionNetworks', index, 'focusOutcomeId'],
                `${item.id} -> ${item.focusOutcomeId ?? ''}`,
              ),
            ),
          )
        : judgement(
            'insufficient-evidence',
            ['no action network with a focus outcome'],
            [evidenceRef(['actionNetworks'], 'none')],
          );
    },
  },
  {
    ...emerging,
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
      const networks = items(ctx.evidence.actionNetworks);
      if (networks.length === 0)
        return judgement(
          'insufficient-evidence',
          ['no action networks'],
          [evidenceRef(['actionNetworks'], 'none')],
        );
      const champ = networks.filter(({ item }) => item.members?.some((m) => m.champion === true));
      const method = networks.filter(
        ({ item }) => item.improvementMethod !== undefined || runsContinuousImprovement(item),
      );
      const refs = networks.map(({ item, index }) =>
        evidenceRef(
          ['actionNetworks', index],
          `${item.id}: champion ${String(item.members?.some((m) => m.champion === true) ?? false)}, method ${item.improvementMethod ?? 'none'}${networkActionsNote(item)}`,
        ),
      );
      const reasons = [
        `champions in ${share(champ.length, networks.length)} networks; improvement method in ${share(method.length, networks.length)}`,
      ];
      return judgement(
        champ.length === networks.length &&
          method.length / networks.length >= ctx.parameters.networkShare
          ? 'met'
          : 'not-met',
        reasons,
        refs,
      );
    },
  },
  {
    ...emerging,
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
      const anchorFunctions: readonly string[] = ctx.evidence.anchorEntity?.functions ?? [];
      if (!ctx.evidence.anchorEntity?.functions)
        return judgement(
          'insufficient-evidence',
          ['anchor entity functions not recorded'],
          [evidenceRef(['anchorEntity', 'functions'], 'none')],
        );
      const needed: [string, boolean][] = [
        [
          'management',
          anchorFunctions.includes('convening') || anchorFunctions.includes('administration'),
        ],
        ['data', anchorFunctions.includes('data')],
        ['facilitation', anchorFunctions.includes('facilitation')],
        ['communications', anchorFunctions.includes('communications')],
        ['community engagement', anchorFunctions.includes('community-engagement')],
      ];
      const missing = needed
        .filter(([, present]) => !present)
        .map(([functionName]) => functionName);
      return judgement(
        missing.length === 0 ? 'met' : 'not-met',
        [
          missing.length === 0
            ? 'all five capacities are covered'
            : `missing: ${missing.join(', ')}`,
        ],
        [evidenceRef(['anchorEntity', 'functions'], anchorFunctions.join(', '))],
      );
    },
  },
  {
    ...emerging,
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
          evidenceRef(['funding', index], `${item.funder}, active on ${day}`),
        ),
        evidenceRef(['anchorEntity', 'staffFte'], `${fte ?? 'unknown'} FTE`),
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
