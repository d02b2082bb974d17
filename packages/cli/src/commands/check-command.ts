import { Command, Option } from 'commander';
import type { CommandContext } from '../command-context.js';

const collect = (value: string, previous: readonly string[] = []): string[] => [...previous, value];

/**
 * Defines the `check` command on `program`; its implementation is loaded only when it runs.
 *
 * @example
 * ```ts
 * defineCheckCommand(program, { io, setCode });
 * ```
 */
export function defineCheckCommand(program: Command, { io, setCode }: CommandContext): void {
  program
    .command('check')
    .description(
      'Check a partnership against the theory-of-action benchmarks: gateways, benchmark statuses and reasons.',
    )
    .argument('<evidence>', 'partnership-evidence JSON document')
    .argument(
      '<observations...>',
      'observation-set documents (*.json), observation rows (*.ndjson), raw CSV outcome files (*.csv: a built-in mapping recognised from the header, else an inferred one), indicator-set or community documents',
    )
    .option(
      '--mapping <name|file>',
      'read the CSV files through this mapping: a built-in mapping name or a mapping JSON file',
    )
    .option('--indicators <file>', 'indicator-set JSON document (repeatable)', collect)
    .option(
      '--place <code>',
      "place of the outcome data to analyse (its code, or level:code); default: the evidence's geography",
    )
    .option(
      '--reference <dimension=group>',
      'reference group of a dimension for every gap, e.g. race=White (repeatable)',
      collect,
    )
    .addOption(
      new Option(
        '--gap-uncertainty <mode>',
        'what a gap change is tested against before it counts: confidence intervals and numerator/denominator counts, intervals only (whole-cohort counts read as exact), or none',
      ).choices(['counts-and-intervals', 'intervals', 'none']),
    )
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(['text', 'json', 'markdown'])
        .default('text'),
    )
    .action(
      async (
        evidence: string,
        observations: string[],
        options: {
          format: 'text' | 'json' | 'markdown';
          mapping?: string;
          indicators?: string[];
          place?: string;
          reference?: string[];
          gapUncertainty?: string;
        },
      ) => {
        const { runCheck } = await import('./check.js');
        setCode(await runCheck(io, evidence, observations, options));
      },
    );
}
