import { extname } from 'node:path';
import {
  formatIssues,
  validateDocument,
  type Indicator,
  type Observation,
  type PartnershipEvidence,
} from '@community-excellence/schemas';
import { analyzeOutcomes } from '@community-excellence/theory-of-action';
import type { CliIo } from '../cli-io.js';
import { ExitCode } from '../exit-codes.js';
import { readJsonFile } from '../files/read-json-file.js';
import { writeOutputs } from '../files/write-outputs.js';
import { mappingChoiceText } from '../import/mapping-choice-text.js';
import { readRawCsv } from '../import/raw-csv-input.js';
import { parseOutcomeFlags } from '../partnership/outcome-flags.js';
import { placeRefusal } from '../partnership/place-refusal.js';
import { starterEvidence, type StarterPlace } from '../partnership/starter-evidence.js';

/** Options of `init evidence`. */
export interface InitEvidenceOptions {
  /** The place: its code as the data write it (or level:code), or its name. */
  readonly place: string;
  /** The file to write; default standard output. */
  readonly out?: string;
  readonly force?: boolean;
  /** The mapping of the CSV inputs (`--mapping`). */
  readonly mapping?: string;
  /** The evidence's as-of date (YYYY-MM-DD); default today (UTC). */
  readonly asOf?: string;
}

const NAME = 'community-excellence init evidence';

/** Whether `text` is a real calendar date written YYYY-MM-DD. */
const isCalendarDate = (text: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
};

/** A place code without data: digits (a FIPS or NCES code), or a word without spaces with a digit. */
const looksLikeCode = (text: string): boolean => /^[A-Za-z0-9._:-]+$/.test(text) && /\d/.test(text);

/**
 * The `init evidence` command: writes a starter partnership-evidence document for a place (see
 * `starterEvidence`), valid against the schema, to `--out` (never over an existing file without
 * `--force`) or standard output. With data (raw CSV files, read like `report` reads them, or
 * observation-set documents) the place is found the way `report` and `check` find it: `--place`
 * as a code (or level:code), else as the name of a place of the data; the document then carries
 * the place's code, scheme, name and level and one outcome commitment per outcome area of the
 * indicators measured there. When the data hold no such place, nothing is written and the
 * candidates are listed (exit 1). Without data, `--place` is taken as a code when it has a digit
 * and no spaces, else as a name. Exit code 0 when written, 1 on invalid data or an unknown place,
 * 2 on usage and I/O errors.
 *
 * @example
 * ```ts
 * const code = await runInitEvidence(processIo(), ['data.csv'], { place: '01001', out: 'partnership-evidence.json', asOf: '2026-05-01' });
 * ```
 */
export async function runInitEvidence(
  io: CliIo,
  inputs: readonly string[],
  options: InitEvidenceOptions,
): Promise<ExitCode> {
  const usage = (message: string): ExitCode => {
    io.stderr(`${NAME}: ${message}\n`);
    return ExitCode.UsageOrIo;
  };
  const asOf = options.asOf ?? new Date().toISOString().slice(0, 10);
  if (!isCalendarDate(asOf))
    return usage(`--as-of must be a calendar date like 2026-05-01, not ${JSON.stringify(asOf)}`);
  const flags = parseOutcomeFlags({ place: options.place });
  if (!flags.ok) return usage(flags.message);

  const observations: Observation[] = [];
  const indicators: Indicator[] = [];
  const seen = new Set<string>();
  const addIndicators = (list: readonly Indicator[] | undefined): void => {
    for (const indicator of list ?? []) {
      if (seen.has(indicator.id)) continue;
      seen.add(indicator.id);
      indicators.push(indicator);
    }
  };
  for (const file of inputs) {
    const ext = extname(file).toLowerCase();
    if (ext === '.csv') {
      const read = await readRawCsv(
        file,
        options.mapping === undefined ? {} : { mapping: options.mapping },
      );
      if (!read.ok) {
        if (read.reason === 'usage' || read.reason === 'io') return usage(read.message);
        io.stderr(
          `${formatIssues('issue' in read ? [read.issue] : 'issues' in read ? read.issues : [])}\n`,
        );
        io.stderr(`${NAME}: ${read.message}; nothing written.\n`);
        return ExitCode.InvalidData;
      }
      io.stderr(mappingChoiceText(read.input));
      addIndicators(read.input.mapping.indicators);
      observations.push(...(read.input.result.set?.observations ?? []));
      continue;
    }
    if (ext !== '.json')
      return usage(`${file}: give raw CSV files (*.csv) or observation-set documents (*.json)`);
    const read = readJsonFile(file);
    if (!read.ok) {
      if (read.reason === 'io') return usage(read.message);
      io.stderr(`${formatIssues([read.issue], { file })}\n${NAME}: nothing written.\n`);
      return ExitCode.InvalidData;
    }
    const checked = validateDocument(read.value);
    if (
      !checked.ok ||
      (checked.value.kind !== 'observation-set' && checked.value.kind !== 'indicator-set')
    ) {
      io.stderr(
        `${checked.ok ? `${file}: a ${checked.value.kind} document; init evidence reads observation-set and indicator-set documents` : formatIssues(checked.issues, { file })}\n${NAME}: nothing written.\n`,
      );
      return ExitCode.InvalidData;
    }
    addIndicators(checked.value.indicators);
    if (checked.value.kind === 'observation-set') observations.push(...checked.value.observations);
  }

  let place: StarterPlace;
  let measured: readonly Indicator[] = [];
  if (observations.length === 0) {
    const text = options.place.trim();
    place = looksLikeCode(text) ? { code: flags.flags.place?.code ?? text } : { name: text };
    measured = indicators;
  } else {
    const input = { indicators, observations };
    let analysis = analyzeOutcomes(input, { place: flags.flags.place ?? options.place });
    const byCode = analysis;
    if (analysis.place === null) {
      // Not a code of the data: the same rule finds a place by the name of a geography.
      const named = {
        ...starterEvidence({ name: options.place.trim() }, [], asOf),
      } satisfies PartnershipEvidence;
      analysis = analyzeOutcomes({ ...input, evidence: named });
    }
    const chosen = analysis.place;
    if (chosen === null) {
      const refusal = placeRefusal(byCode);
      io.stderr(
        `${NAME}: ${refusal?.message ?? `no place ${options.place} in the data`}\n${refusal?.hint ?? ''}\n${NAME}: nothing written.\n`,
      );
      return ExitCode.InvalidData;
    }
    place = {
      code: chosen.code,
      level: chosen.level,
      ...(chosen.scheme === undefined ? {} : { scheme: chosen.scheme }),
      // A place coded by its name (scheme name) is named by its code.
      ...(chosen.name !== undefined
        ? { name: chosen.name }
        : chosen.scheme === 'name'
          ? { name: chosen.code }
          : {}),
    };
    const ids = new Set(
      observations
        .filter((o) => o.place.code === chosen.code && o.place.level === chosen.level)
        .map((o) => o.indicatorId),
    );
    measured = indicators.filter((i) => ids.has(i.id));
  }

  const document = starterEvidence(place, measured, asOf);
  const checked = validateDocument(document);
  if (!checked.ok) {
    io.stderr(
      `${NAME}: the starter document is not valid (a bug):\n${formatIssues(checked.issues)}\n`,
    );
    return ExitCode.InvalidData;
  }
  const text = `${JSON.stringify(document, null, 2)}\n`;
  if (options.out === undefined) {
    io.stdout(text);
    return ExitCode.Ok;
  }
  const written = writeOutputs([{ path: options.out, text }], { force: options.force === true });
  if (!written.ok)
    return usage(
      written.reason === 'exists'
        ? `${options.out} exists (use --force to overwrite); nothing written`
        : `cannot write ${written.path}: ${written.message}`,
    );
  io.stdout(
    `Wrote ${options.out}: a starter partnership-evidence document for ${place.name ?? place.code ?? options.place}${place.code === undefined ? '' : ` (${place.level ?? 'code'} ${place.code})`}. Replace its TODO placeholders and add what the partnership has in place, then: coe report ${options.out}${inputs.length === 0 ? ' <data files>' : ` ${inputs.join(' ')}`}\n`,
  );
  return ExitCode.Ok;
}
