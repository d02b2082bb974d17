import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { namesOfExample, tsdocExamplesOf } from './tsdoc-examples.js';

describe('tsdocExamplesOf', () => {
  it('finds the ts blocks of @example tags with the source line of their first line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tsdoc-examples-test-'));
    try {
      const file = join(dir, 'packages', 'demo', 'src', 'thing.ts');
      const root = dir;
      const source = [
        '/**', //                       1
        ' * A thing.', //               2
        ' *', //                        3
        ' * @example', //               4
        ' * ```ts', //                  5
        ' * thing(1); // 2', //         6
        ' * ```', //                    7
        ' */', //                       8
        'export function thing(n: number): number {', // 9
        '  return n + 1;',
        '}',
        '/** A shape. @see thing */',
        'export interface Shape {',
        '  /**',
        '   * @example',
        '   * ```ts',
        '   * shape.size;',
        '   * ```',
        '   */',
        '  readonly size: number;',
        '}',
      ].join('\n');
      mkdirSync(join(dir, 'packages', 'demo', 'src'), { recursive: true });
      writeFileSync(file, source);
      expect(tsdocExamplesOf(root, file)).toEqual([
        {
          file,
          relativeFile: 'packages/demo/src/thing.ts',
          pkg: 'demo',
          line: 6,
          code: 'thing(1); // 2\n',
          owner: 'thing',
          ownerIsType: false,
        },
        {
          file,
          relativeFile: 'packages/demo/src/thing.ts',
          pkg: 'demo',
          line: 17,
          code: 'shape.size;\n',
          owner: 'size',
          ownerIsType: false,
        },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('namesOfExample', () => {
  it('tells the names an example uses from the ones it declares, ignoring member names', () => {
    const { used, declared } = namesOfExample(
      "import { a } from 'x';\nconst { b, c: d } = make(a);\nd.e.f({ g: h }, (i: Shape) => i.j);",
    );
    expect([...used].sort()).toEqual(['Shape', 'a', 'd', 'h', 'i', 'make']);
    expect([...declared].sort()).toEqual(['a', 'b', 'd', 'i']);
  });
});
