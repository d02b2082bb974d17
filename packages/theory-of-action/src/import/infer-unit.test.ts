import { describe, expect, it } from 'vitest';
import { profileColumns } from './column-profile.js';
import { inferTokens, inferUnit } from './infer-unit.js';

const column = (...cells: string[]) =>
  profileColumns(
    ['v'],
    cells.map((c) => [c]),
  );

describe('inferUnit', () => {
  it('reads a % sign as percent, 0-1 as proportion, whole numbers above 100 as counts', () => {
    expect(inferUnit(column('90%', '85-89%')).type).toBe('percent');
    expect(inferUnit(column('0.2', '0.61')).evidence).toBe(
      'column `v` values 0.2-0.61, 2 numeric: proportion',
    );
    expect(inferUnit(column('12', '4000')).type).toBe('count');
    const other = inferUnit(column('-5.5', '300.2'));
    expect(other.unit).toEqual({ type: 'other', label: 'as in the file' });
    expect(other.undecided).toContain('not whole counts');
    expect(inferUnit(column('NA')).undecided).toBe('the sample has no numbers to tell the scale');
  });
});

describe('inferTokens', () => {
  it('counts suppressed, missing and blank cells and leaves unknown tokens undecided', () => {
    const tokens = inferTokens(column('0.5', 'S', 'LNE', '#DIV/0!', '', 'x', '81.6*'));
    expect(tokens.guess.decision).toBe(
      'suppressed: S (1, suppressed), LNE (1, low-number); missing: #DIV/0! (1, error); blank cells: 1 (missing)',
    );
    expect(tokens.undecided?.reason).toBe('cells that are neither numbers nor known tokens: x (1)');
    expect(inferTokens(column('1')).guess.decision).toBe(
      'no suppression or missing tokens seen; the default value tokens apply',
    );
  });
});
