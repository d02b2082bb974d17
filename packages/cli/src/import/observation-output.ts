import { extname } from 'node:path';
import {
  validateObservationSet,
  type Indicator,
  type Observation,
} from '@community-excellence/schemas';
import type { ImportMapping } from '@community-excellence/theory-of-action/import';

/**
 * How `coe import` writes observations: `json`, one `observation-set` document (streamed, byte for
 * byte what `JSON.stringify(set, null, 2)` gives), or `ndjson`, one observation per line (what
 * `check`, `report` and `validate` read as rows) with the mapping's indicators in a companion
 * `indicator-set` document.
 *
 * @example
 * ```ts
 * const format: ObservationFormat = 'ndjson';
 * ```
 */
export type ObservationFormat = 'json' | 'ndjson';

/**
 * Inputs larger than this (64 MiB) are written as NDJSON when neither `--out-format` nor the
 * extension of `--out` decides.
 *
 * @example
 * ```ts
 * chooseObservationFormat('out', undefined, 2 * NDJSON_THRESHOLD_BYTES); // 'ndjson'
 * ```
 */
export const NDJSON_THRESHOLD_BYTES = 64 * 1024 * 1024;

/**
 * The output format of an import: `requested` (`--out-format`) when given, else `ndjson` for an
 * `--out` ending in `.ndjson` and `json` for one ending in `.json`, else `ndjson` for inputs
 * larger than {@link NDJSON_THRESHOLD_BYTES} and `json` for smaller ones.
 *
 * @example
 * ```ts
 * chooseObservationFormat('rows.ndjson', undefined, 10); // 'ndjson'
 * chooseObservationFormat('set.json', undefined, 5e9); // 'json'
 * ```
 */
export function chooseObservationFormat(
  out: string,
  requested: ObservationFormat | undefined,
  inputBytes: number,
): ObservationFormat {
  if (requested !== undefined) return requested;
  const extension = extname(out).toLowerCase();
  if (extension === '.ndjson') return 'ndjson';
  if (extension === '.json') return 'json';
  return inputBytes > NDJSON_THRESHOLD_BYTES ? 'ndjson' : 'json';
}

/**
 * The companion indicator-set file of an NDJSON output: `rows.ndjson` -> `rows.indicators.json`.
 *
 * @example
 * ```ts
 * indicatorSetPathFor('out/acgr.ndjson'); // 'out/acgr.indicators.json'
 * ```
 */
export function indicatorSetPathFor(out: string): string {
  const extension = extname(out);
  const stem = extension === '' ? out : out.slice(0, -extension.length);
  return `${stem}.indicators.json`;
}

/** The document's fields other than its observations, in the order the set serialises them. */
const setHead = (
  mapping: ImportMapping,
  setId: string | undefined,
): { readonly head: string; readonly indicators: readonly Indicator[] | undefined } => {
  const candidate = {
    kind: 'observation-set',
    formatVersion: 1,
    id: setId ?? mapping.id,
    ...(mapping.name === undefined ? {} : { name: mapping.name }),
    ...(mapping.source === undefined ? {} : { source: mapping.source }),
    ...(mapping.citations === undefined ? {} : { citations: mapping.citations }),
    ...(mapping.indicators === undefined ? {} : { indicators: mapping.indicators }),
    observations: [],
  };
  // The validated value, as the whole-set import wrote it (key order of the schema).
  const validated = validateObservationSet(candidate);
  const value: Record<string, unknown> = validated.ok ? { ...validated.value } : { ...candidate };
  const text = JSON.stringify(value, null, 2);
  // Everything before the empty observations array, which always comes last.
  const head = text.slice(0, text.lastIndexOf('"observations": []'));
  return {
    head: `${head}"observations": [`,
    indicators: value.indicators as readonly Indicator[] | undefined,
  };
};

/**
 * Turns observations into the text of an output file, piece by piece, so an import never holds
 * its output whole: `start()`, then `rows(observations)` for each batch, then `end()`; the pieces
 * joined are the whole file. For `json`, byte-identical to `JSON.stringify(set, null, 2) + '\n'`
 * of the set with the same observations.
 *
 * @example
 * ```ts
 * declare const batch: ImportBatch;
 * const writer = observationWriter('json', mapping, 'acgr-2021');
 * let text = writer.start();
 * text += writer.rows(batch.observations);
 * text += writer.end();
 * ```
 */
export interface ObservationWriter {
  readonly start: () => string;
  readonly rows: (observations: readonly Observation[]) => string;
  readonly end: () => string;
  /** For `ndjson`: the text of the companion indicator-set document (undefined without indicators). */
  readonly indicatorSet: () => string | undefined;
}

/**
 * The {@link ObservationWriter} of `format` for `mapping` (the set's id: `setId`, default the
 * mapping's).
 *
 * @example
 * ```ts
 * const writer = observationWriter('ndjson', builtInMappings['edfacts-acgr'], undefined);
 * writer.rows(observations); // one JSON object per line
 * ```
 */
export function observationWriter(
  format: ObservationFormat,
  mapping: ImportMapping,
  setId: string | undefined,
): ObservationWriter {
  const { head, indicators } = setHead(mapping, setId);
  const indicatorSet = (): string | undefined =>
    indicators === undefined
      ? undefined
      : `${JSON.stringify(
          {
            kind: 'indicator-set',
            formatVersion: 1,
            id: setId ?? mapping.id,
            ...(mapping.name === undefined ? {} : { name: mapping.name }),
            indicators,
          },
          null,
          2,
        )}\n`;
  if (format === 'ndjson') {
    return {
      start: () => '',
      rows: (observations) => {
        let text = '';
        for (const observation of observations) text += `${JSON.stringify(observation)}\n`;
        return text;
      },
      end: () => '',
      indicatorSet,
    };
  }
  let count = 0;
  return {
    start: () => head,
    rows: (observations) => {
      let text = '';
      for (const observation of observations) {
        // Strings in JSON never hold a raw line break, so indenting every line is safe.
        text += `${count === 0 ? '' : ','}\n    ${JSON.stringify(observation, null, 2).replace(/\n/g, '\n    ')}`;
        count += 1;
      }
      return text;
    },
    end: () => (count === 0 ? ']\n}\n' : '\n  ]\n}\n'),
    indicatorSet: () => undefined,
  };
}
