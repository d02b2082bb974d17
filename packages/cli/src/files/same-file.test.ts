import { linkSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDirs } from '../testing/temp-dirs.js';
import { findOutputOverInput } from './same-file.js';

const tempDir = tempDirs('same-file');

describe('findOutputOverInput', () => {
  it('finds an output that is the input through a symbolic link, a hard link or ..', () => {
    const dir = tempDir();
    const input = join(dir, 'in.csv');
    writeFileSync(input, 'a,b\n');
    symlinkSync(input, join(dir, 'soft.csv'));
    linkSync(input, join(dir, 'hard.csv'));
    mkdirSync(join(dir, 'sub'));
    for (const output of ['soft.csv', 'hard.csv', 'sub/../in.csv'])
      expect(findOutputOverInput([join(dir, output)], [input])).toEqual({
        output: join(dir, output),
        input,
      });
    // The other way round too: the input given through a link.
    expect(findOutputOverInput([input], [join(dir, 'soft.csv')])).toEqual({
      output: input,
      input: join(dir, 'soft.csv'),
    });
  });

  it('accepts another file, a file that does not exist yet and no inputs', () => {
    const dir = tempDir();
    const input = join(dir, 'in.csv');
    writeFileSync(input, 'a,b\n');
    writeFileSync(join(dir, 'copy.csv'), 'a,b\n');
    expect(findOutputOverInput([join(dir, 'copy.csv')], [input])).toBeUndefined();
    expect(findOutputOverInput([join(dir, 'new.json')], [input])).toBeUndefined();
    expect(findOutputOverInput([input], [])).toBeUndefined();
    expect(findOutputOverInput([input], [join(dir, 'missing.csv')])).toBeUndefined();
  });
});
