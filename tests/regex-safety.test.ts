import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Every non-test TypeScript source file that the packages ship. */
function shippedSources(): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.ts$/.test(entry.name) && !/\.test(-d)?\.ts$/.test(entry.name)) files.push(path);
    }
  };
  for (const pkg of readdirSync(join(root, 'packages'))) walk(join(root, 'packages', pkg, 'src'));
  return files;
}

interface FoundRegex {
  readonly where: string;
  readonly source: string;
  readonly flags: string;
}

/** Regex literals and `new RegExp('...')` / `RegExp('...')` calls with literal arguments. */
function collectRegexes(file: string): FoundRegex[] {
  const text = readFileSync(file, 'utf8');
  const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: FoundRegex[] = [];
  const where = (node: ts.Node): string => {
    const { line } = sourceFile.getLineAndCharacterOfPosition(node.getStart());
    return `${relative(root, file)}:${line + 1}`;
  };
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) {
      const literal = node.text;
      const end = literal.lastIndexOf('/');
      found.push({
        where: where(node),
        source: literal.slice(1, end),
        flags: literal.slice(end + 1),
      });
    } else if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'RegExp'
    ) {
      const [pattern, flags] = node.arguments ?? [];
      if (pattern === undefined || !ts.isStringLiteralLike(pattern)) {
        found.push({ where: where(node), source: '<dynamic>', flags: '' });
      } else {
        found.push({
          where: where(node),
          source: pattern.text,
          flags: flags !== undefined && ts.isStringLiteralLike(flags) ? flags.text : '',
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

describe('regular expressions shipped by the packages', () => {
  const regexes = shippedSources().flatMap(collectRegexes);

  it('the checker itself detects a catastrophic pattern', () => {
    expect(checkSync('^(a+)+$', '').status).toBe('vulnerable');
  });

  it('finds the regexes in the sources', () => {
    expect(regexes.length).toBeGreaterThan(0);
  });

  it('builds no regex from dynamic input', () => {
    expect(regexes.filter((r) => r.source === '<dynamic>').map((r) => r.where)).toEqual([]);
  });

  it('has no regex that can backtrack catastrophically', () => {
    const unsafe = regexes
      .filter((r) => r.source !== '<dynamic>')
      .map((r) => ({ ...r, status: checkSync(r.source, r.flags, { timeout: 10_000 }).status }))
      .filter((r) => r.status !== 'safe');
    expect(unsafe).toEqual([]);
  });
});
