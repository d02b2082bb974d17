import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tempDirs } from '../testing/temp-dirs.js';
import { mappingChoiceText } from './mapping-choice-text.js';
import { readRawCsv } from './raw-csv-input.js';

const tempDir = tempDirs('choice-text');

describe('mappingChoiceText', () => {
  it('prints the guesses, the undecided roles, the summary and the first ten issues', async () => {
    const file = join(tempDir(), 'scores.csv');
    const rows = Array.from({ length: 12 }, (_, i) => `S${i},x${i}`);
    const good = Array.from({ length: 120 }, (_, i) => `T${i},0.5`);
    writeFileSync(file, `school,value\n${good.join('\n')}\n${rows.join('\n')}\n`);
    const read = await readRawCsv(file, {});
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const text = mappingChoiceText(read.input);
    expect(text).toContain(
      `${file}: no built-in mapping used: no built-in mapping finds its columns in this header.\n`,
    );
    expect(text).toContain(
      `${file}: inferred a long mapping from the header and the first rows; every guess, with its evidence:\n`,
    );
    expect(text).toContain(
      '  place-code   medium place code from the names in `school` (scheme name)',
    );
    expect(text).toContain(
      '  undecided    period: no column is named like a period or holds years; used the constant "period not given" (edit period.label)\n',
    );
    expect(text).toContain(
      `${file}: 132 rows, 120 observations, 12 rejected, 12 errors, 0 warnings\n`,
    );
    expect(text).toContain(
      `${file}: ... and 2 more issues (coe import ${file} --mapping <mapping> --out <file> lists them all)\n`,
    );
  });
});
