import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';

/** One ```ts block of a TSDoc `@example` in a package's sources. */
export interface TsdocExample {
  /** The source file, absolute. */
  readonly file: string;
  /** The source file relative to the repository root, with `/` separators. */
  readonly relativeFile: string;
  /** The package folder name (`schemas`, `scoring`, ...). */
  readonly pkg: string;
  /** The 1-based line of the example's first code line in the source file. */
  readonly line: number;
  /** The code, without the comment's leading `*`. */
  readonly code: string;
  /** The name of the declaration the comment documents (`''` when it has none). */
  readonly owner: string;
  /** True when the documented declaration is a type (interface or type alias), not a value. */
  readonly ownerIsType: boolean;
}

/** The source files of the packages that carry documentation: no tests, no test fixtures. */
export function packageSourceFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (
        entry.name.endsWith('.ts') &&
        !/\.test(-d)?\.ts$/.test(entry.name) &&
        !/(^test-fixtures|\.fixture)\.ts$/.test(entry.name)
      )
        files.push(path);
    }
  };
  for (const pkg of readdirSync(join(root, 'packages'), { withFileTypes: true }))
    if (pkg.isDirectory()) walk(join(root, 'packages', pkg.name, 'src'));
  return files.sort();
}

const declarationName = (node: ts.Node): string => {
  if (ts.isVariableStatement(node))
    return node.declarationList.declarations
      .map((d) => (ts.isIdentifier(d.name) ? d.name.text : ''))
      .join(',');
  const name = (node as { name?: ts.Node }).name;
  return name !== undefined && (ts.isIdentifier(name) || ts.isStringLiteral(name)) ? name.text : '';
};

/** The `@example` code blocks of one source file. */
export function tsdocExamplesOf(root: string, file: string): TsdocExample[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const relativeFile = relative(root, file).split(sep).join('/');
  const pkg = relativeFile.split('/')[1] ?? '';
  const examples: TsdocExample[] = [];
  const seen = new Set<number>();
  const visit = (node: ts.Node): void => {
    for (const doc of ts.getJSDocCommentsAndTags(node)) {
      if (!ts.isJSDoc(doc) || seen.has(doc.pos)) continue;
      seen.add(doc.pos);
      const firstLine = source.getLineAndCharacterOfPosition(doc.getStart(source)).line;
      const lines = text
        .slice(doc.getStart(source), doc.end)
        .split('\n')
        .map((line) => line.replace(/^\s*\/?\*+\/?\s?/, '').replace(/\s*\*\/$/, ''));
      let inExample = false;
      for (let i = 0; i < lines.length; i += 1) {
        const line = lines[i] ?? '';
        if (/^@\w+/.test(line)) inExample = line.startsWith('@example');
        if (!inExample || !/^```(ts|typescript)\s*$/.test(line.trim())) continue;
        const body: string[] = [];
        let j = i + 1;
        for (; j < lines.length && !(lines[j] ?? '').trim().startsWith('```'); j += 1)
          body.push(lines[j] ?? '');
        examples.push({
          file,
          relativeFile,
          pkg,
          line: firstLine + i + 2,
          code: body.join('\n') + '\n',
          owner: declarationName(node),
          ownerIsType: ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node),
        });
        i = j;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return examples;
}

/** Every `@example` code block of the packages' sources. */
export function tsdocExamples(root: string): TsdocExample[] {
  return packageSourceFiles(root).flatMap((file) => tsdocExamplesOf(root, file));
}

/** Where a name an example uses without importing it comes from. */
export interface ExportedName {
  /** The module specifier to import it from, as the example's file would write it. */
  readonly from: string;
  /** True when the name is only a type (imported with `import type`). */
  readonly isType: boolean;
}

/** The names a module exports, each with whether it is only a type. */
export function exportsOfModule(
  program: ts.Program,
  file: string,
): Map<string, { readonly isType: boolean }> {
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  const names = new Map<string, { readonly isType: boolean }>();
  const moduleSymbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
  if (moduleSymbol === undefined) return names;
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol =
      exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    names.set(exported.getName(), { isType: (symbol.flags & ts.SymbolFlags.Value) === 0 });
  }
  return names;
}

/** The names an example uses and the names it declares or imports itself. */
export function namesOfExample(code: string): {
  readonly used: Set<string>;
  readonly declared: Set<string>;
} {
  const source = ts.createSourceFile('example.ts', code, ts.ScriptTarget.Latest, true);
  const used = new Set<string>();
  const declared = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) {
      const parent = node.parent;
      const isDeclaration =
        (ts.isVariableDeclaration(parent) ||
          ts.isFunctionDeclaration(parent) ||
          ts.isClassDeclaration(parent) ||
          ts.isInterfaceDeclaration(parent) ||
          ts.isTypeAliasDeclaration(parent) ||
          ts.isEnumDeclaration(parent) ||
          ts.isParameter(parent) ||
          ts.isBindingElement(parent) ||
          ts.isImportSpecifier(parent) ||
          ts.isImportClause(parent) ||
          ts.isNamespaceImport(parent) ||
          ts.isTypeParameterDeclaration(parent)) &&
        (parent as { name?: ts.Node }).name === node;
      const isMemberName =
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        (ts.isQualifiedName(parent) && parent.right === node) ||
        ((ts.isPropertyAssignment(parent) ||
          ts.isPropertySignature(parent) ||
          ts.isMethodDeclaration(parent) ||
          ts.isMethodSignature(parent) ||
          ts.isPropertyDeclaration(parent) ||
          ts.isEnumMember(parent)) &&
          parent.name === node) ||
        (ts.isBindingElement(parent) && parent.propertyName === node) ||
        (ts.isImportSpecifier(parent) && parent.propertyName === node) ||
        ts.isLabeledStatement(parent) ||
        ts.isBreakOrContinueStatement(parent);
      if (isDeclaration) declared.add(node.text);
      else if (!isMemberName) used.add(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { used, declared };
}
