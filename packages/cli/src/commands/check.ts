import { extname } from 'node:path';
import {
  createIssue,
  isDocumentKind,
  validateDocument,
  type Community,
  type Indicator,
  type Issue,
  type Observation,
  type ObservationSet,
} from '@community-excellence/schemas';
import { assessPartnership } from '@community-excellence/theory-of-action';
import type { CliIo } from '../cli-io.js';
import { ExitCode } from '../exit-codes.js';
import { readJsonFile } from '../files/read-json-file.js';
import { mappingChoiceText } from '../import/mapping-choice-text.js';
import { readRawCsv } from '../import/raw-csv-input.js';
import { readNdjsonObservations } from '../partnership/read-ndjson-observations.js';
import { parseOutcomeFlags } from '../partnership/outcome-flags.js';
import { placeRefusal } from '../partnership/place-refusal.js';
import { referenceWarnings } from '../partnership/reference-check.js';
import { theoryOfActionMarkdown } from '../partnership/theory-of-action-markdown.js';
import { theoryOfActionText } from '../partnership/theory-of-action-text.js';
import { reportInvalid, reportWarnings, type DataFormat } from '../scorecard/issue-output.js';
import { inFile, readDocumentFile } from '../scorecard/read-document-file.js';

/** Options of the `check` command. */
export interface CheckCommandOptions {
  readonly format: DataFormat;
  /** Indicator-set documents, besides any among the positional files. */
  readonly indicators?: readonly string[];
  /** The place to analyse (`--place`: a code or level:code); default: the evidence's geography. */
  readonly place?: string;
  /** Reference groups (`--reference dimension=group`, repeatable). */
  readonly reference?: readonly string[];
  /** What a gap change is tested against (`--gap-uncertainty`). */
  readonly gapUncertainty?: string;
  /** The mapping of every raw CSV input (`--mapping`); default: recognised or inferred per file. */
  readonly mapping?: string;
}

const fail = (io: CliIo, message: string): ExitCode => {
  io.stderr(`community-excellence check: ${message}\n`);
  return ExitCode.UsageOrIo;
};

const isNdjson = (file: string): boolean => extname(file).toLowerCase() === '.ndjson';
const isCsv = (file: string): boolean => extname(file).toLowerCase() === '.csv';
const kindOf = (value: unknown): unknown =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as { kind?: unknown }).kind
    : undefined;

/**
 * The `check` command: checks a partnership against the theory-of-action benchmark catalogue
 * (`assessPartnership`). The first file is the partnership evidence; the others are
 * observation-set documents, NDJSON files of observation rows (one row per line), raw CSV
 * outcome files (read through `--mapping`, else a built-in mapping recognised from the header,
 * else an inferred one; the mapping used is printed on stderr), indicator-set documents and at
 * most one community document, told apart by their `kind`; `--indicators`
 * adds indicator sets. Indicator sets are validated first, then observation sets and rows against
 * every known indicator. Output: text, Markdown ({@link theoryOfActionMarkdown}) or the report
 * itself as JSON. `--place` chooses the place of the outcome data (default: the evidence's
 * geography); when the data hold several places and none is chosen, the command refuses (exit 1)
 * with the candidate places and a hint on stderr (the JSON report is still printed with
 * `--format json`). A `--reference` group the data do not have is warned about, with the groups they
 * have. Exit code 0 when checked, 1 on invalid data (or an error in the report's own issues), 2 on
 * an unreadable file.
 *
 * @example
 * ```ts
 * const code = await runCheck(processIo(), 'partnership-evidence.json', ['observations.json', 'rows.ndjson'], { format: 'json', indicators: ['indicators.json'] });
 * ```
 */
export async function runCheck(
  io: CliIo,
  evidenceFile: string,
  files: readonly string[],
  options: CheckCommandOptions,
): Promise<ExitCode> {
  const outcomeFlags = parseOutcomeFlags(options);
  if (!outcomeFlags.ok) return fail(io, outcomeFlags.message);
  if (isCsv(evidenceFile))
    return fail(
      io,
      `${evidenceFile} is outcome data, not partnership evidence: check needs a partnership-evidence document first (its geography, outcomes and what the partnership has in place). Write a starter with: coe init evidence --place <code> ${[evidenceFile, ...files].join(' ')} --out partnership-evidence.json; then: coe check partnership-evidence.json ${[evidenceFile, ...files].join(' ')}`,
    );
  const evidence = readDocumentFile(evidenceFile, ['partnership-evidence']);
  if (!evidence.ok && evidence.reason === 'io') return fail(io, evidence.message);
  const invalid: Issue[] = evidence.ok ? [] : [...evidence.issues];
  const warnings: Issue[] = evidence.ok ? [...evidence.issues] : [];

  // Parse every JSON file first and sort the documents by kind; NDJSON files are read once the indicators are known.
  const indicatorFiles = new Set(options.indicators ?? []);
  const parsed: { file: string; value: unknown }[] = [];
  for (const file of [
    ...(options.indicators ?? []),
    ...files.filter((f) => !isNdjson(f) && !isCsv(f) && !indicatorFiles.has(f)),
  ]) {
    const read = readJsonFile(file);
    if (!read.ok && read.reason === 'io') return fail(io, read.message);
    if (!read.ok) invalid.push(read.issue);
    else parsed.push({ file, value: read.value });
  }

  const indicators: Indicator[] = [];
  const seen = new Set<string>();
  const addIndicators = (list: readonly Indicator[]): void => {
    for (const indicator of list) {
      if (seen.has(indicator.id)) continue;
      seen.add(indicator.id);
      indicators.push(indicator);
    }
  };
  // Indicator sets: from --indicators (which must be indicator sets) and among the positional files.
  for (const { file, value } of parsed) {
    const wanted = indicatorFiles.has(file) || kindOf(value) === 'indicator-set';
    if (!wanted) continue;
    const kind = kindOf(value);
    if (isDocumentKind(kind) && kind !== 'indicator-set') {
      invalid.push(wrongKind(file, kind, ['indicator-set']));
      continue;
    }
    const result = validateDocument(value);
    const issues = result.issues.map((issue) => inFile(issue, file));
    if (!result.ok) invalid.push(...issues);
    else if (result.value.kind !== 'indicator-set')
      invalid.push(wrongKind(file, result.value.kind, ['indicator-set']));
    else {
      warnings.push(...issues);
      addIndicators(result.value.indicators);
    }
  }
  // Observation sets bring their own indicators too.
  for (const { value } of parsed) {
    if (kindOf(value) !== 'observation-set') continue;
    const own = (value as { indicators?: unknown }).indicators;
    if (Array.isArray(own))
      addIndicators(
        own.filter(
          (i): i is Indicator =>
            typeof i === 'object' && i !== null && typeof (i as { id?: unknown }).id === 'string',
        ),
      );
  }

  const observations: Observation[] = [];
  let community: Community | undefined;
  for (const { file, value } of parsed) {
    const kind = kindOf(value);
    if (indicatorFiles.has(file) || kind === 'indicator-set') continue;
    if (isDocumentKind(kind) && kind !== 'observation-set' && kind !== 'community') {
      invalid.push(wrongKind(file, kind, ['observation-set', 'indicator-set', 'community']));
      continue;
    }
    const result = validateDocument(value, indicators.length > 0 ? { indicators } : {});
    const issues = result.issues.map((issue) => inFile(issue, file));
    if (!result.ok) {
      invalid.push(...issues);
      continue;
    }
    if (result.value.kind === 'observation-set') {
      warnings.push(...issues);
      observations.push(...(result.value as ObservationSet).observations);
    } else if (result.value.kind === 'community' && community === undefined) {
      warnings.push(...issues);
      community = result.value;
    } else
      invalid.push(
        wrongKind(file, result.value.kind, ['observation-set', 'indicator-set', 'community']),
      );
  }
  for (const file of files.filter(isNdjson)) {
    const read = readNdjsonObservations(file, indicators);
    if (!read.ok) return fail(io, read.message);
    observations.push(...read.rows);
    for (const issue of read.issues) (issue.severity === 'error' ? invalid : warnings).push(issue);
  }

  // Raw CSV files: through --mapping, a recognised built-in mapping or an inferred one (printed on stderr).
  for (const file of files.filter(isCsv)) {
    const read = await readRawCsv(
      file,
      options.mapping === undefined ? {} : { mapping: options.mapping },
    );
    if (!read.ok) {
      if (read.reason === 'usage' || read.reason === 'io') return fail(io, read.message);
      invalid.push(...('issue' in read ? [read.issue] : 'issues' in read ? read.issues : []));
      continue;
    }
    io.stderr(mappingChoiceText(read.input));
    addIndicators(read.input.mapping.indicators ?? []);
    observations.push(...(read.input.result.set?.observations ?? []));
    // Rows with errors were left out of the set; the errors make the data invalid, as for NDJSON rows.
    for (const issue of read.input.result.issues)
      if (issue.severity === 'error') invalid.push(issue);
  }

  if (invalid.length > 0 || !evidence.ok) {
    reportInvalid(io, 'check', options.format, [...invalid, ...warnings]);
    if (
      indicators.length === 0 &&
      invalid.some(
        (issue) => issue.code === 'unknown_reference' && issue.path.at(-1) === 'indicatorId',
      )
    ) {
      io.stderr(
        'community-excellence check: no indicators are known; pass the indicator set with --indicators <file> or among the files.\n',
      );
    }
    return ExitCode.InvalidData;
  }
  const { place, referenceGroups, gapUncertainty } = outcomeFlags.flags;
  const report = assessPartnership(
    {
      evidence: evidence.document,
      indicators,
      observations,
      ...(community === undefined ? {} : { community }),
    },
    {
      ...(place === undefined ? {} : { place }),
      parameters: {
        ...(referenceGroups === undefined ? {} : { referenceGroups }),
        ...(gapUncertainty === undefined ? {} : { gapUncertainty }),
      },
    },
  );
  reportWarnings(io, warnings);
  // No silent pick among places: without a place the outcome checks would be about nothing.
  const refusal = placeRefusal(report.outcomes);
  if (refusal !== null) {
    if (options.format === 'json') io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    io.stderr(`community-excellence check: ${refusal.message}\n${refusal.hint}\n`);
    return ExitCode.InvalidData;
  }
  for (const warning of referenceWarnings(report.outcomes, referenceGroups))
    io.stderr(`community-excellence check: warning: ${warning}\n`);
  if (options.format === 'json') io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else
    io.stdout(
      options.format === 'markdown' ? theoryOfActionMarkdown(report) : theoryOfActionText(report),
    );
  return report.issues.some((issue) => issue.severity === 'error')
    ? ExitCode.InvalidData
    : ExitCode.Ok;
}

const wrongKind = (file: string, found: string, expected: readonly string[]): Issue =>
  inFile(
    createIssue({
      code: 'unknown_kind',
      path: ['kind'],
      found,
      expected,
      message: `Expected a document of kind ${expected.join(', ')} here, found ${found}.`,
    }),
    file,
  );
