import {
  baldrigeScoringGuidelines,
  isCheckedAssessment,
  resolveAssessmentScope,
  type CheckedAssessment,
  type Assessment,
  type Framework,
  type Issue,
  type ScoringGuidelines,
} from '@community-excellence/schemas/data';
import { createScoringIssue } from '../issue-codes.js';
import { scoreAssessment, type ScoreOptions } from '../score/score-assessment.js';
import type { Scorecard, ScorecardTotal } from '../score/scorecard.js';
import { describeBand, describeMaturityStage } from './explain-band.js';
import type {
  Feedback,
  FeedbackCategory,
  FeedbackFinding,
  FeedbackItem,
  FeedbackSummary,
  FeedbackTotal,
  ProfileFeedback,
} from './feedback.js';
import { keyThemes, type ThemeEntry } from './key-themes.js';
import { nextPointsWithOpportunities } from './next-points.js';
import { placeEntries } from './place-entries.js';
import { nextRangeRequires, rangeDescriptor } from './range-descriptor.js';
import { readFindings, type EntryFindings } from './read-findings.js';

/**
 * Options of {@link buildFeedback}: the scoring options it passes to {@link scoreAssessment}
 * (guidelines, scope, source, band scaling), or a scorecard already scored from the same
 * assessment and source (then nothing is scored again).
 *
 * @example
 * ```ts
 * const options: FeedbackOptions = { source: { reviewerId: 'rev-ana' }, scope: 'coe-level-2' };
 * ```
 */
export interface FeedbackOptions {
  readonly guidelines?: ScoringGuidelines;
  readonly scope?: ScoreOptions['scope'];
  /** The consensus record (default when present) or `{ reviewerId }` for one review. */
  readonly source?: ScoreOptions['source'];
  readonly bandScaling?: ScoreOptions['bandScaling'];
  /** A scorecard of the same assessment and source; when given, the assessment is not scored again. */
  readonly scorecard?: Scorecard;
}

const total = (card: Scorecard, t: ScorecardTotal): FeedbackTotal | null =>
  !card.points.available || t.status !== 'counted' ? null : { earned: t.earned, max: t.max };

function summaryOf(
  card: Scorecard | null,
  guidelines: ScoringGuidelines,
  findings: readonly FeedbackFinding[],
): FeedbackSummary {
  const opportunities = findings.filter((f) => f.kind === 'opportunity');
  const counts = {
    strengths: findings.length - opportunities.length,
    opportunities: opportunities.length,
    opportunitiesByPriority: {
      high: opportunities.filter((o) => o.priority === 'high').length,
      medium: opportunities.filter((o) => o.priority === 'medium').length,
      low: opportunities.filter((o) => o.priority === 'low').length,
    },
  };
  if (card === null)
    return {
      total: null,
      process: null,
      results: null,
      bands: { process: null, results: null },
      maturity: null,
      counts,
      scoredItems: 0,
    };
  const withPoints = card.points.available;
  return {
    total: total(card, card.total),
    process: total(card, card.process),
    results: total(card, card.results),
    bands: {
      process:
        withPoints && card.process.status === 'counted'
          ? describeBand(card.bands.process, guidelines)
          : null,
      results:
        withPoints && card.results.status === 'counted'
          ? describeBand(card.bands.results, guidelines)
          : null,
    },
    maturity:
      card.process.status === 'counted' && card.maturity.process.status === 'assigned'
        ? describeMaturityStage(card.maturity.process, guidelines)
        : null,
    counts,
    scoredItems: card.items.filter((i) => i.status === 'scored').length,
  };
}

function merge(entries: readonly EntryFindings[]): {
  strengths: FeedbackFinding[];
  opportunities: FeedbackFinding[];
  rationale: string | null;
} {
  const rank = { high: 0, medium: 1, low: 2 } as const;
  return {
    strengths: entries.flatMap((e) => e.strengths),
    opportunities: entries
      .flatMap((e) => e.opportunities)
      .sort((a, b) => rank[a.priority ?? 'medium'] - rank[b.priority ?? 'medium']),
    rationale:
      entries
        .map((e) => e.rationale)
        .filter((r): r is string => r !== null)
        .join(' ') || null,
  };
}

function build(
  input: Assessment | CheckedAssessment,
  framework: Framework,
  options: FeedbackOptions,
): Feedback {
  // A checked assessment is not checked again: scoring then returns only its own issues.
  const assessment = isCheckedAssessment(input) ? input.assessment : input;
  const guidelines = options.guidelines ?? baldrigeScoringGuidelines;
  const issues: Issue[] = [];
  let card: Scorecard | null = options.scorecard ?? null;
  if (card === null) {
    const result = scoreAssessment(input, framework, {
      guidelines,
      ...(options.scope === undefined ? {} : { scope: options.scope }),
      ...(options.source === undefined ? {} : { source: options.source }),
      ...(options.bandScaling === undefined ? {} : { bandScaling: options.bandScaling }),
    });
    issues.push(...result.issues);
    if (result.ok) card = result.scorecard;
  }
  // A scope with no scored item (a Level 1 Profile review) scores to a scorecard that counts
  // nothing and says why (issue #13): the feedback has no scores then, as documented.
  if (card !== null && (card.scope.reason ?? null) !== null) card = null;
  const read = readFindings(assessment, options.source);
  for (const issue of read.issues)
    if (!issues.some((i) => i.code === issue.code && i.path.join('.') === issue.path.join('.')))
      issues.push(issue);

  const placed = placeEntries(framework, read.entries);
  const scoreOf = new Map((card?.items ?? []).map((i) => [i.code, i] as const));
  const categories: FeedbackCategory[] = [];
  const themeEntries: ThemeEntry[] = [];
  const opportunitiesByItem = new Map<string, readonly FeedbackFinding[]>();
  const shown: FeedbackFinding[] = [];
  for (const category of framework.categories) {
    const items: FeedbackItem[] = [];
    for (const item of category.items) {
      const scored = scoreOf.get(item.code);
      const found = placed.items.get(item.code) ?? [];
      const counted = scored?.status === 'scored' || scored?.status === 'unscored';
      if (!counted && found.length === 0) continue;
      const { strengths, opportunities, rationale } = merge(found);
      const range = scored?.status === 'scored' ? scored.range : null;
      items.push({
        code: item.code,
        name: item.name,
        kind: item.kind,
        category: category.code,
        status: scored?.status ?? null,
        range,
        percent: scored?.status === 'scored' ? scored.percent : null,
        earned: scored?.earned ?? null,
        maxPoints: scored?.maxPoints ?? null,
        descriptor: range === null ? null : (rangeDescriptor(range, item.kind, guidelines) ?? null),
        nextRange:
          range === null ? null : (nextRangeRequires(range, item.kind, guidelines) ?? null),
        strengths,
        opportunities,
        rationale,
      });
      themeEntries.push({
        item: item.code,
        category: { code: category.code, name: category.name },
        strengths,
        opportunities,
      });
      opportunitiesByItem.set(item.code, opportunities);
      shown.push(...strengths, ...opportunities);
    }
    if (items.length > 0) categories.push({ code: category.code, name: category.name, items });
  }
  const profile: ProfileFeedback[] = placed.profile.map((entry) => {
    const merged = merge([entry.findings]);
    shown.push(...merged.strengths, ...merged.opportunities);
    return { code: entry.code, name: entry.name, ...merged };
  });

  return {
    kind: 'feedback',
    assessmentId: assessment.id,
    communityId: assessment.communityId,
    assessmentName: assessment.name ?? null,
    cycle: assessment.cycle?.label ?? null,
    // The one scope resolver names the scope when scoring was refused.
    scope:
      card?.scope.label ??
      resolveAssessmentScope(framework, options.scope ?? assessment.scope).label,
    source: read.source,
    guidelines: { id: guidelines.id, edition: guidelines.edition },
    scored: card !== null,
    summary: summaryOf(card, guidelines, shown),
    themes: keyThemes(themeEntries, assessment.keyFactors ?? []),
    categories,
    profile,
    nextPoints:
      card === null ? [] : nextPointsWithOpportunities(card, opportunitiesByItem, guidelines),
    issues,
  };
}

/**
 * Turns an assessment's findings into the feedback a facilitator sends to a community (a
 * Baldrige or COE feedback report): a summary (totals, bands and maturity stage explained in
 * plain language, counts of strengths and OFIs), key themes (cross-cutting key factors and
 * categories), category by category each item's range and its descriptor, strengths,
 * opportunities (high priority first), rationale and what the next range requires, the
 * Community Profile findings apart (never scored), and where the next points come from with
 * the OFIs behind them.
 *
 * Findings come from the consensus record when present, else from the review of
 * `source: { reviewerId }` (or the only review); `source` says which. Scores come from
 * {@link scoreAssessment} (or `options.scorecard`); when scoring fails or nothing is scored (a
 * Level 1 Profile review), the feedback still carries every finding, without scores, and the
 * scoring issues. Never throws.
 *
 * The assessment may be a `CheckedAssessment` (from `runAssessmentCheck`): it is not checked
 * again, and the feedback carries only the issues of scoring and reading the findings.
 *
 * @example
 * ```ts
 * import { coeBaldrigeDerivedPoints } from '@community-excellence/schemas/data';
 * declare const assessment: Assessment;
 * const feedback = buildFeedback(assessment, coeBaldrigeDerivedPoints);
 * feedback.summary.counts.opportunities; // 17 for the Riverbend consensus
 * feedback.themes.crossCutting[0]?.sentence;
 * ```
 */
export function buildFeedback(
  assessment: Assessment | CheckedAssessment,
  framework: Framework,
  options: FeedbackOptions = {},
): Feedback {
  try {
    return build(assessment, framework, options ?? {});
  } catch (error) {
    const read = (key: string): string => {
      try {
        const value: unknown = (assessment as unknown as Record<string, unknown>)[key];
        return typeof value === 'string' ? value : '';
      } catch {
        return '';
      }
    };
    return {
      kind: 'feedback',
      assessmentId: read('id'),
      communityId: read('communityId'),
      assessmentName: null,
      cycle: null,
      scope: 'unknown',
      source: { type: 'none', label: 'no source' },
      guidelines: { id: '', edition: '' },
      scored: false,
      summary: summaryOf(null, baldrigeScoringGuidelines, []),
      themes: { crossCutting: [], byCategory: [], singleItem: [] },
      categories: [],
      profile: [],
      nextPoints: [],
      issues: [
        createScoringIssue({
          code: 'scoring_failed',
          path: [],
          error: error instanceof Error ? error.message : 'unreadable input',
        }),
      ],
    };
  }
}
