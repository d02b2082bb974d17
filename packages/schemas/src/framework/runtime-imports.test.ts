import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The framework data and the small helpers must be importable without zod, so that a scoring
// engine can use them without pulling zod into a bundle.
const here = dirname(fileURLToPath(import.meta.url));

/** Module specifiers a file loads at runtime (type-only imports and exports are erased). */
function runtimeImports(file: string): string[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  );
  const out: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && statement.importClause?.isTypeOnly !== true) {
      out.push((statement.moduleSpecifier as ts.StringLiteral).text);
    }
    if (
      ts.isExportDeclaration(statement) &&
      !statement.isTypeOnly &&
      statement.moduleSpecifier !== undefined
    ) {
      out.push((statement.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return out;
}

/** Every module reached at runtime from a file, following relative imports. */
function runtimeClosure(file: string): Set<string> {
  const seen = new Set<string>();
  const stack = [file];
  while (stack.length > 0) {
    const current = stack.pop() as string;
    if (seen.has(current)) continue;
    seen.add(current);
    for (const specifier of runtimeImports(current)) {
      if (specifier.startsWith('.'))
        stack.push(join(dirname(current), specifier.replace(/\.js$/, '.ts')));
      else seen.add(specifier);
    }
  }
  return seen;
}

const dataFiles = ['baldrige-2023-2024.ts', 'coe-community.ts', 'baldrige-scoring-guidelines.ts'];
const zodFree = [
  ...dataFiles,
  'coe-baldrige-derived-points.ts',
  'find-item.ts',
  'framework-codes.ts',
  'range-for-percent.ts',
  'parse-range-id.ts',
];

describe('runtime imports of the framework data', () => {
  it('the detector sees zod in the schema modules', () => {
    expect(runtimeClosure(join(here, 'framework.ts')).has('zod')).toBe(true);
    expect(runtimeImports(join(here, 'validate-framework.ts'))).toContain('./framework.js');
  });

  it.each(dataFiles)('%s imports only types', (file) => {
    expect(runtimeImports(join(here, file))).toEqual([]);
  });

  it.each(zodFree)('%s never loads zod at runtime', (file) => {
    const closure = runtimeClosure(join(here, file));
    expect([...closure].filter((m) => !m.startsWith('/'))).toEqual([]);
  });
});
