import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { listEntryPoints } from '../scripts/api-report.mjs';

// Every public export has TSDoc; every exported value (function, constant, class) has an @example.
// Every entry point of every package, from the package.json `exports` maps (as the API reports).
// The unstable `internal` entries follow the same rules: TSDoc, and an @example on values.
const entries = listEntryPoints().map(({ specifier, source }) => ({
  pkg: specifier.replace('@community-excellence/', ''),
  file: source,
}));

const program = ts.createProgram(
  entries.map((e) => e.file),
  {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: ['node'],
  },
);
const checker = program.getTypeChecker();

interface ExportDoc {
  readonly name: string;
  readonly isValue: boolean;
  readonly documented: boolean;
  readonly hasExample: boolean;
}

function exportsOf(file: string): ExportDoc[] {
  const source = program.getSourceFile(file);
  if (source === undefined) throw new Error(`cannot load ${file}`);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (moduleSymbol === undefined) return [];
  return checker.getExportsOfModule(moduleSymbol).map((exported) => {
    const symbol =
      exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const isValue =
      (symbol.flags &
        (ts.SymbolFlags.Function | ts.SymbolFlags.Variable | ts.SymbolFlags.Class)) !==
      0;
    const documented =
      ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim().length > 0;
    const hasExample = symbol.getJsDocTags(checker).some((tag) => tag.name === 'example');
    return { name: exported.getName(), isValue, documented, hasExample };
  });
}

describe.each(entries)('public exports of $pkg', ({ file }) => {
  const docs = exportsOf(file);

  it('exports something', () => {
    expect(docs.length).toBeGreaterThan(0);
  });

  it('documents every export', () => {
    expect(docs.filter((d) => !d.documented).map((d) => d.name)).toEqual([]);
  });

  it('gives every exported value an @example', () => {
    expect(docs.filter((d) => d.isValue && !d.hasExample).map((d) => d.name)).toEqual([]);
  });
});
