import type { Indicator, Observation } from '@community-excellence/schemas';
import {
  assessPartnership,
  analyzeOutcomes,
  type TheoryOfActionReport,
} from '@community-excellence/theory-of-action';
import type {
  GapUncertainty,
  OutcomeAnalysis,
  PlaceSelector,
} from '@community-excellence/theory-of-action/outcomes';
import { assessmentSection, type AssessmentSection } from './assessment-section.js';
import {
  collectCitations,
  KNOWN_SOURCE_CITATIONS,
  type ReportCitations,
  type SourceCitation,
} from './citations.js';
import { documentLabel, groupDocuments, type ReportDocument } from './documents.js';
import { feedbackSection, type FeedbackSection } from './feedback-section.js';
import { outcomesSection, type OutcomesSection } from './outcomes-section.js';
import {
  actionPlansOf,
  improvementSections,
  type ImprovementSection,
} from './improvement-section.js';

/**
 * What a report is built from: valid documents (validate them first) and optional settings. Nothing
 * here depends on the clock: a date appears in the report only when given.
 *
 * @example
 * ```ts
 * const input: ReportInput = { documents: [{ file: 'assessment.json', document: assessment }], date: '2026-05-01' };
 * ```
 */
export interface ReportInput {
  readonly documents: readonly ReportDocument[];
  /** The place to report on (`--place`); default: the evidence's geography. */
  readonly place?: PlaceSelector;
  /** Reference groups per dimension (`--reference`). */
  readonly referenceGroups?: Readonly<Record<string, string>>;
  /** What a gap change is tested against (`--gap-uncertainty`); the analysis's default when absent. */
  readonly gapUncertainty?: GapUncertainty;
  /** Shown as "Prepared on"; omitted when absent. */
  readonly date?: string;
  /** The citation table (default {@link KNOWN_SOURCE_CITATIONS}). */
  readonly citations?: Readonly<Record<string, SourceCitation>>;
  /** The roadmap target (`--target`): points, or a mean item percent without points. */
  readonly roadmapTarget?: number;
}

/**
 * One partnership's theory-of-action check.
 *
 * @example
 * ```ts
 * const p: PartnershipSection = { id: 'riverbend-thrives-evidence-2026-04', name: 'Riverbend Thrives', report };
 * ```
 */
export interface PartnershipSection {
  readonly id: string;
  readonly name: string;
  readonly report: TheoryOfActionReport;
}

/**
 * Everything a report shows, computed once and rendered as HTML and Markdown. Plain data.
 *
 * @example
 * ```ts
 * const model = buildReportModel({ documents });
 * model.title; // 'Riverbend County'
 * ```
 */
export interface ReportModel {
  readonly title: string;
  readonly date: string | null;
  readonly documents: readonly {
    readonly file: string;
    readonly kind: string;
    readonly id: string;
    readonly label: string;
  }[];
  readonly assessments: readonly AssessmentSection[];
  /** The feedback of each assessment (strengths, OFIs, key themes, next range), in the same order. */
  readonly feedback: readonly FeedbackSection[];
  readonly partnerships: readonly PartnershipSection[];
  readonly outcomes: OutcomesSection | null;
  /** Next steps and roadmap per scored assessment. */
  readonly improvement: readonly ImprovementSection[];
  /** The one outcome analysis the report renders (the first partnership's, else the data's own). */
  readonly analysis: OutcomeAnalysis;
  readonly citations: ReportCitations;
}

/**
 * The document whose geography chooses the analysed place, in words (the partnership evidence
 * when the report has one, else the community profile).
 *
 * @example
 * ```ts
 * placeSource(model); // 'the partnership evidence'
 * ```
 */
export function placeSource(model: Pick<ReportModel, 'partnerships'>): string {
  return model.partnerships.length > 0 ? 'the partnership evidence' : 'the community profile';
}

/**
 * Computes a report's content with the packages' public functions (documents in file-name order,
 * so the input order does not matter): each assessment scored and its
 * reviews summarized, each partnership checked against the theory-of-action catalogue, the outcome
 * trends and gaps of every indicator at the primary place, and the citation lines the data require.
 *
 * @example
 * ```ts
 * const model = buildReportModel({ documents: [{ file: 'assessment.json', document: assessment }] });
 * model.assessments[0]?.scorecard?.total.earned?.exact; // '278'
 * ```
 */
export function buildReportModel(input: ReportInput): ReportModel {
  // In file-name order, so that the same documents give the same report whatever order they come in.
  const entries = [...input.documents].sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : 0,
  );
  const docs = groupDocuments(entries);
  // Indicator sets first; then the indicators an observation set carries (imported files do), by id.
  const indicators: Indicator[] = [];
  const seen = new Set<string>();
  for (const indicator of [
    ...docs['indicator-set'].flatMap((set) => set.indicators),
    ...docs['observation-set'].flatMap((set) => set.indicators ?? []),
  ]) {
    if (seen.has(indicator.id)) continue;
    seen.add(indicator.id);
    indicators.push(indicator);
  }
  const observations: Observation[] = docs['observation-set'].flatMap((set) => [
    ...set.observations,
  ]);
  const community = docs.community[0];

  const assessments = docs.assessment.map((a) =>
    assessmentSection(a, docs.framework, docs['scoring-guidelines']),
  );
  const options = {
    ...(input.place === undefined ? {} : { place: input.place }),
    parameters: {
      ...(input.referenceGroups === undefined ? {} : { referenceGroups: input.referenceGroups }),
      ...(input.gapUncertainty === undefined ? {} : { gapUncertainty: input.gapUncertainty }),
    },
  };
  const partnerships = docs['partnership-evidence'].map((evidence) => ({
    id: evidence.id,
    name: evidence.name,
    report: assessPartnership(
      { evidence, indicators, observations, ...(community === undefined ? {} : { community }) },
      options,
    ),
  }));
  // The first partnership's analysis; without partnership evidence, the same analysis on its own.
  const analysis =
    partnerships[0]?.report.outcomes ??
    analyzeOutcomes(
      { indicators, observations, ...(community === undefined ? {} : { community }) },
      {
        ...(input.place === undefined ? {} : { place: input.place }),
        ...(input.referenceGroups === undefined ? {} : { referenceGroups: input.referenceGroups }),
        ...(input.gapUncertainty === undefined ? {} : { gapUncertainty: input.gapUncertainty }),
      },
    );
  const outcomes = observations.length > 0 ? outcomesSection(indicators, analysis) : null;
  // The community's name, else the first named partnership, assessment or data set.
  const named = [
    ...docs.community,
    ...docs['partnership-evidence'],
    ...docs.assessment,
    ...docs['observation-set'],
    ...docs['indicator-set'],
  ].find((d) => documentLabel(d) !== d.id);
  // A community's or partnership's name never heads another place's numbers: when the analysed
  // place was not chosen by their geography, the report is titled by the place analysed.
  const place = outcomes?.place ?? null;
  const namesAGeography =
    named !== undefined && (named.kind === 'community' || named.kind === 'partnership-evidence');
  const title =
    place !== null &&
    namesAGeography &&
    place.basis !== 'evidence-code' &&
    place.basis !== 'evidence-name'
      ? place.name
      : named === undefined
        ? 'Community report'
        : documentLabel(named);
  return {
    title,
    date: input.date ?? null,
    documents: entries.map((e) => ({
      file: e.file,
      kind: e.document.kind,
      id: e.document.id,
      label: documentLabel(e.document),
    })),
    assessments,
    feedback: docs.assessment.map((a, i) =>
      feedbackSection(
        a,
        docs.framework,
        docs['scoring-guidelines'],
        assessments[i]?.scorecard ?? null,
      ),
    ),
    partnerships,
    outcomes,
    improvement: improvementSections(
      assessments,
      docs.assessment,
      actionPlansOf(docs),
      docs['scoring-guidelines'],
      input.roadmapTarget === undefined ? {} : { target: input.roadmapTarget },
    ),
    analysis,
    citations: collectCitations(
      docs['observation-set'],
      docs['indicator-set'],
      input.citations ?? KNOWN_SOURCE_CITATIONS,
    ),
  };
}
