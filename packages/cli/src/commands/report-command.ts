import { Command, Option } from 'commander';
import type { CommandContext } from '../command-context.js';

/**
 * Defines the `report` command on `program`. Only the options live here: the implementation (and
 * the chart library) is imported when the command runs, so `--help` stays fast.
 *
 * @example
 * ```ts
 * defineReportCommand(program, { io, setCode });
 * ```
 */
export function defineReportCommand(program: Command, { io, setCode }: CommandContext): void {
  program
    .command('report')
    .description(
      'Write a self-contained HTML report with charts, and the same as Markdown, from the documents in a folder, or from documents and raw CSV outcome files.',
    )
    .argument(
      '<inputs...>',
      'a folder with the documents (*.json directly inside it: assessment, indicator-set, observation-set, partnership-evidence, community, ...), or files: documents (*.json) and raw CSV outcome files (*.csv, read through a built-in mapping recognised from the header, else an inferred one)',
    )
    .option(
      '--out <dir>',
      'folder to write report.html and report.md to, and the inferred mapping of each CSV file as <name>.mapping.json (default: <folder>/report, or report/ beside the first file)',
    )
    .option(
      '--mapping <name|file>',
      'read the CSV files through this mapping: a built-in mapping name (for example edfacts-acgr) or a mapping JSON file (such as a <name>.mapping.json written by an earlier run)',
    )
    .option('--force', 'overwrite an existing report.html or report.md', false)
    .option(
      '--feedback',
      'write the feedback report alone (feedback.html and feedback.md: summary, key themes, strengths, opportunities and next range per item, scores) instead of the full report',
      false,
    )
    .option(
      '--date <date>',
      'date to print as "Prepared on" (YYYY-MM-DD); without it the report carries no date',
    )
    .option(
      '--place <code>',
      "place of the outcome data to report on (its code, or level:code); default: the evidence's geography",
    )
    .option(
      '--reference <dimension=group>',
      'reference group of a dimension for every gap, e.g. race=White (repeatable)',
      (value: string, previous: readonly string[] = []): string[] => [...previous, value],
    )
    .addOption(
      new Option(
        '--gap-uncertainty <mode>',
        'what a gap change is tested against before it counts: confidence intervals and numerator/denominator counts, intervals only (whole-cohort counts read as exact), or none',
      ).choices(['counts-and-intervals', 'intervals', 'none']),
    )
    .option(
      '--target <points>',
      'roadmap target: total points (a mean item percent when the framework has no points); default: the total at which process and results could each reach their next band',
    )
    .option(
      '--citations <file>',
      'JSON file of citation lines keyed by source, added to (or replacing) the built-in ones',
    )
    .addOption(
      new Option('--format <format>', "output format of the command's own messages")
        .choices(['text', 'json'])
        .default('text'),
    )
    .action(
      async (
        inputs: string[],
        options: {
          mapping?: string;
          out?: string;
          force: boolean;
          target?: string;
          date?: string;
          citations?: string;
          place?: string;
          reference?: string[];
          gapUncertainty?: string;
          feedback: boolean;
          format: 'text' | 'json';
        },
      ) => {
        const { runReport } = await import('./report.js');
        setCode(await runReport(io, inputs, options));
      },
    );
}
