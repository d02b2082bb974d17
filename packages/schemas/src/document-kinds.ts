import type { z } from 'zod';
import { AssessmentSchema } from './assessment/assessment.js';
import { CommunitySchema } from './community/community.js';
import { PartnershipEvidenceSchema } from './evidence/partnership-evidence.js';
import { FrameworkSchema } from './framework/framework.js';
import { ScoringGuidelinesSchema } from './framework/scoring-guidelines.js';
import { IndicatorSetSchema } from './outcome/indicator.js';
import { ObservationSetSchema } from './outcome/observation-set.js';
import { CohortSchema } from './program/cohort.js';
import { ProgramParticipationSchema } from './program/program-participation.js';
import { RecognitionSchema } from './recognition/recognition.js';

/**
 * The zod schema of every document kind, keyed by `kind`. Each schema is structural (it
 * converts faithfully to JSON Schema); the `validate*` functions add the semantic checks.
 *
 * @example
 * ```ts
 * import { documentSchemas } from '@community-excellence/schemas';
 * documentSchemas.community.safeParse(input).success;
 * ```
 */
export const documentSchemas = {
  framework: FrameworkSchema,
  'scoring-guidelines': ScoringGuidelinesSchema,
  community: CommunitySchema,
  assessment: AssessmentSchema,
  'indicator-set': IndicatorSetSchema,
  'observation-set': ObservationSetSchema,
  cohort: CohortSchema,
  'program-participation': ProgramParticipationSchema,
  'partnership-evidence': PartnershipEvidenceSchema,
  recognition: RecognitionSchema,
} as const;

/** A document kind: the value of a document's `kind` field. */
export type DocumentKind = keyof typeof documentSchemas;

/**
 * Every document kind the library reads, in a stable order.
 *
 * @example
 * ```ts
 * DOCUMENT_KINDS.includes('assessment'); // true
 * ```
 */
export const DOCUMENT_KINDS: readonly DocumentKind[] = Object.keys(
  documentSchemas,
) as DocumentKind[];

/**
 * The format versions this library reads, per kind.
 *
 * @example
 * ```ts
 * FORMAT_VERSIONS.assessment; // [1]
 * ```
 */
export const FORMAT_VERSIONS: Readonly<Record<DocumentKind, readonly number[]>> = {
  framework: [1],
  'scoring-guidelines': [1],
  community: [1],
  assessment: [1],
  'indicator-set': [1],
  'observation-set': [1],
  cohort: [1],
  'program-participation': [1],
  'partnership-evidence': [1],
  recognition: [1],
};

/** The document of one kind. */
export type DocumentOf<K extends DocumentKind> = z.output<(typeof documentSchemas)[K]>;

/** Any document the library reads: a union discriminated on `kind`. */
export type CommunityExcellenceDocument = { [K in DocumentKind]: DocumentOf<K> }[DocumentKind];

/**
 * True when a value names a known document kind.
 *
 * @example
 * ```ts
 * isDocumentKind('cohort'); // true
 * isDocumentKind('spreadsheet'); // false
 * ```
 */
export function isDocumentKind(value: unknown): value is DocumentKind {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(documentSchemas, value);
}
