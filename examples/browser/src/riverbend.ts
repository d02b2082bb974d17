import type {
  IndicatorSet,
  ObservationSet,
  PartnershipEvidence,
} from '@community-excellence/schemas/data';
// The fictional Riverbend example documents, imported from the repository at build time (Vite
// inlines JSON imports). A named import such as `consensus` lets Vite leave out the rest of the
// file (the reviews, the key factors) from the bundle.
import { consensus } from '../../riverbend/assessment.json';
import indicatorsJson from '../../riverbend/indicators.json';
import observationsJson from '../../riverbend/observations.json';
import evidenceJson from '../../riverbend/partnership-evidence.json';

// These files are checked by the repository's tests (`validateDocumentSet`), so the example trusts
// their shape. An app that loads files from its users should validate them first with
// `validateDocument` from '@community-excellence/schemas' (it brings zod along).
export const indicators = indicatorsJson as IndicatorSet;
export const observations = observationsJson as ObservationSet;
/** The partnership evidence: its geography chooses the place the outcome analysis reads. */
export const evidence = evidenceJson as PartnershipEvidence;

/** Riverbend's agreed percent per item: the starting point of the self-assessment form. */
export const riverbendPercents: ReadonlyMap<string, number> = new Map(
  consensus.items.flatMap((item) =>
    item.percent === undefined ? [] : [[item.item, item.percent] as const],
  ),
);
