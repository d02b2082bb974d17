import {
  baldrigeScoringGuidelines,
  type Confidence,
  type ScoringGuidelines,
} from '@community-excellence/schemas/data';
import type { BandAssignment, MaturityAssignment } from '../score/scorecard.js';

/**
 * A scoring band explained in plain language: the band, its bounds and gist, the next band up,
 * how certain the band table is (the bundled bands are `inferred`: from recollection, not the
 * NIST Scoring Band Descriptors) and one sentence that says all of it.
 *
 * @example
 * ```ts
 * declare const band: BandExplanation;
 * band.sentence;
 * // 'Process band 2 of 8 (151 to under 201 of 550 points) means early systematic approaches ...'
 * ```
 */
export interface BandExplanation {
  readonly table: 'process' | 'results';
  readonly status: BandAssignment['status'];
  readonly band: number | null;
  readonly bandCount: number | null;
  readonly lower: number | null;
  readonly upper: number | null;
  readonly description: string | null;
  /** The next band up (null in the top band or without a band). */
  readonly next: {
    readonly band: number;
    readonly lower: number;
    readonly description: string;
  } | null;
  readonly confidence: Confidence | null;
  readonly sentence: string;
}

/**
 * A maturity stage explained in plain language, with the certainty of the stage table (the
 * bundled stages are `inferred`).
 *
 * @example
 * ```ts
 * declare const stage: StageExplanation;
 * stage.sentence;
 * ```
 */
export interface StageExplanation {
  readonly status: MaturityAssignment['status'];
  readonly id: string | null;
  readonly name: string | null;
  readonly minPercent: number | null;
  readonly maxPercent: number | null;
  readonly description: string | null;
  readonly confidence: Confidence | null;
  readonly sentence: string;
}

const lowerFirst = (text: string): string =>
  /^[A-Z][a-z]/.test(text) ? `${text.charAt(0).toLowerCase()}${text.slice(1)}` : text;
const withStop = (text: string): string => (/[.!?]$/.test(text) ? text : `${text}.`);
const capital = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** The certainty sentence for data that is not verified. */
function certainty(what: string, confidence: Confidence | null, note: string | null): string {
  if (confidence === null || confidence === 'verified') return '';
  const why = note === null ? '' : `: ${lowerFirst(note.replace(/\.$/, ''))}`;
  return ` The ${what} is ${confidence} data [${confidence}]${why}; read it as indicative.`;
}

/**
 * Explains a scorecard's band assignment ("band 2 of 8 means ...") from the guidelines' band
 * table: the band's bounds and gist, the next band up and where it starts, and whether the
 * table is verified (the bundled one is `inferred`, and the sentence says so). Refused and
 * unavailable bands say why. Never throws.
 *
 * @example
 * ```ts
 * import { scoreAssessment } from '@community-excellence/scoring';
 * declare const assessment: Assessment;
 * declare const framework: Framework;
 * const result = scoreAssessment(assessment, framework);
 * if (result.ok) console.log(describeBand(result.scorecard.bands.process).sentence);
 * ```
 */
export function describeBand(
  assignment: BandAssignment,
  guidelines: ScoringGuidelines = baldrigeScoringGuidelines,
): BandExplanation {
  try {
    return describeBandUnchecked(assignment, guidelines);
  } catch {
    return {
      table: 'process',
      status: 'unavailable',
      band: null,
      bandCount: null,
      lower: null,
      upper: null,
      description: null,
      next: null,
      confidence: null,
      sentence: 'No band: the band assignment could not be read.',
    };
  }
}

function describeBandUnchecked(a: BandAssignment, guidelines: ScoringGuidelines): BandExplanation {
  const table = a.table === 'results' ? 'results' : 'process';
  const title = capital(table);
  const base = {
    table,
    status: a.status,
    band: a.band,
    bandCount: a.bandCount,
    lower: a.lower,
    upper: a.upper,
    description: a.description,
    confidence: a.confidence,
  } as const;
  if (a.band === null) {
    const why = a.reason === null ? '' : ` ${withStop(a.reason)}`;
    return { ...base, next: null, sentence: `${title} band: none.${why}` };
  }
  const bandTable = guidelines.bands?.[table];
  const sorted = [...(bandTable?.bands ?? [])].sort((x, y) => x.lower - y.lower);
  const nextBand = sorted[sorted.findIndex((b) => b.band === a.band) + 1];
  const next =
    nextBand === undefined || sorted.findIndex((b) => b.band === a.band) < 0
      ? null
      : { band: nextBand.band, lower: nextBand.lower, description: nextBand.description };
  const max = a.tableMaxPoints ?? bandTable?.maxPoints ?? null;
  const bounds =
    a.lower === null || a.upper === null
      ? ''
      : next === null
        ? ` (${a.lower} to ${a.upper}${max === null ? '' : ` of ${max}`} points)`
        : ` (${a.lower} to under ${a.upper}${max === null ? '' : ` of ${max}`} points)`;
  const gist =
    a.description === null
      ? ' has no description.'
      : ` means ${lowerFirst(withStop(a.description))}`;
  const scaled =
    a.status === 'scaled' && a.basis !== null
      ? ` The total was scaled to the full table first (${a.basis.exact} of ${max ?? '?'}).`
      : '';
  const ahead =
    next === null
      ? ' It is the top band.'
      : ` The next band, ${next.band}, starts at ${next.lower} points: ${lowerFirst(withStop(next.description))}`;
  const sentence = `${title} band ${a.band} of ${a.bandCount ?? sorted.length}${bounds}${gist}${scaled}${ahead}${certainty(`${table} band table`, a.confidence, a.note)}`;
  return { ...base, next, sentence };
}

/**
 * Explains a scorecard's process maturity stage in plain language: the stage, the percent span
 * it covers, its picture, the process total's percent, and whether the stage table is verified
 * (the bundled stages are `inferred`, and the sentence says so). Never throws.
 *
 * @example
 * ```ts
 * import { scoreAssessment } from '@community-excellence/scoring';
 * declare const assessment: Assessment;
 * declare const framework: Framework;
 * const result = scoreAssessment(assessment, framework);
 * if (result.ok) console.log(describeMaturityStage(result.scorecard.maturity.process).sentence);
 * ```
 */
export function describeMaturityStage(
  assignment: MaturityAssignment,
  guidelines: ScoringGuidelines = baldrigeScoringGuidelines,
): StageExplanation {
  try {
    return describeStageUnchecked(assignment, guidelines);
  } catch {
    return {
      status: 'unavailable',
      id: null,
      name: null,
      minPercent: null,
      maxPercent: null,
      description: null,
      confidence: null,
      sentence: 'No maturity stage: the assignment could not be read.',
    };
  }
}

function describeStageUnchecked(
  a: MaturityAssignment,
  guidelines: ScoringGuidelines,
): StageExplanation {
  const stage = a.stage;
  if (stage === null)
    return {
      status: a.status,
      id: null,
      name: null,
      minPercent: null,
      maxPercent: null,
      description: null,
      confidence: null,
      sentence: `Process maturity stage: none.${a.reason === null ? '' : ` ${withStop(a.reason)}`}`,
    };
  const source = guidelines.maturityStages?.find((s) => s.id === stage.id);
  const note = source?.note ?? null;
  const basis =
    a.basis === null ? '' : ` (the process total is ${a.basis.value.toFixed(1)}% of its maximum)`;
  const sentence = `Process maturity stage ${stage.name}${basis}, the stage for ${stage.minPercent}-${stage.maxPercent}%, means: ${lowerFirst(withStop(stage.description))}${certainty('maturity stage table', stage.confidence, note ?? (stage.confidence === 'inferred' ? 'the stage names and spans are inferred, not a published table' : null))}`;
  return {
    status: a.status,
    id: stage.id,
    name: stage.name,
    minPercent: stage.minPercent,
    maxPercent: stage.maxPercent,
    description: stage.description,
    confidence: stage.confidence,
    sentence,
  };
}
