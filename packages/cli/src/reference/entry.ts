import { processIo } from '../cli-io.js';
import { buildProgram } from '../program.js';
import { renderCliReference } from './cli-reference.js';

/**
 * The CLI reference (`docs/cli-reference.md`) for the CLI's own program. `scripts/write-cli-reference.mjs`
 * bundles this file and writes the result; `tests/cli-reference.test.ts` compares the file with it.
 * The program is only built, never run, so the process streams are never written to.
 */
export function renderProgramReference(): string {
  return renderCliReference(buildProgram(processIo(), () => undefined));
}
