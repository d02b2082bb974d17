import { formatIssues } from '@community-excellence/schemas';
import type { MappingGuess } from '@community-excellence/theory-of-action/import';
import type { RawCsvInput } from './raw-csv-input.js';
import { countNoun } from '../count-noun.js';

/** How many of an import's issues are printed (all of them: `coe import`). */
const SHOWN_ISSUES = 10;

const n = (value: number): string => value.toLocaleString('en-US');

const guessLine = (guess: MappingGuess): string =>
  `  ${guess.role.padEnd(12)} ${guess.confidence.padEnd(6)} ${guess.decision}: ${guess.evidence}\n`;

/**
 * The text `report` and `check` print about a raw CSV input: which mapping was used and why (a
 * `--mapping`, a built-in one recognised from the header, or an inferred one with every guess,
 * its confidence and evidence, and the roles left undecided), where the inferred mapping was
 * written (`mappingFile`), then what the import gave, with its first issues.
 *
 * @example
 * ```ts
 * declare const input: RawCsvInput;
 * process.stdout.write(mappingChoiceText(input, 'report/data.mapping.json'));
 * ```
 */
export function mappingChoiceText(input: RawCsvInput, mappingFile?: string): string {
  const { file, choice, result } = input;
  let text = '';
  if (choice.how === 'option') text += `${file}: mapping ${choice.label} (--mapping)\n`;
  else if (choice.how === 'recognised')
    text += `${file}: built-in mapping ${choice.label}, recognised: ${choice.recognition.reason}\n`;
  else {
    const { recognition, inferred } = choice;
    const candidates =
      recognition.status === 'ambiguous'
        ? ` (pass --mapping ${recognition.candidates.map((c) => c.name).join(' or --mapping ')} to use a built-in one)`
        : '';
    text += `${file}: no built-in mapping used: ${recognition.reason}${candidates}.\n`;
    text += `${file}: inferred a ${inferred.shape} mapping from the header and the first rows; every guess, with its evidence:\n`;
    for (const guess of inferred.guesses) text += guessLine(guess);
    for (const open of inferred.undecided)
      text += `  ${'undecided'.padEnd(12)} ${open.role}: ${open.reason}; used ${open.placeholder}\n`;
    if (mappingFile !== undefined)
      text += `${file}: the inferred mapping is in ${mappingFile}: edit it and pass it back with --mapping ${mappingFile}\n`;
  }
  const { stats } = result;
  text += `${file}: ${countNoun(stats.rows, 'row', 'rows', n)}, ${countNoun(stats.observations, 'observation', 'observations', n)}, ${n(stats.rejected)} rejected, ${countNoun(stats.errors, 'error', 'errors', n)}, ${countNoun(stats.warnings, 'warning', 'warnings', n)}\n`;
  if (result.issues.length > 0) {
    text += `${formatIssues(result.issues.slice(0, SHOWN_ISSUES), { file })}\n`;
    if (result.issues.length > SHOWN_ISSUES)
      text += `${file}: ... and ${n(result.issues.length - SHOWN_ISSUES)} more issues (coe import ${file} --mapping <mapping> --out <file> lists them all)\n`;
  }
  return text;
}
