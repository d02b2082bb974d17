import { dirname, join } from 'node:path';
import ts from 'typescript';

/** A TypeScript module that exists only in memory, checked as if it were at `fileName`. */
export interface Snippet {
  /** An absolute path inside the repository (never written), so imports resolve as from there. */
  readonly fileName: string;
  readonly text: string;
}

/** One compiler error of a snippet, at a 1-based line of the snippet's text. */
export interface SnippetError {
  readonly line: number;
  readonly message: string;
}

/** The repository's compiler options (tsconfig.json: strict settings and `paths` to the sources). */
export function repositoryCompilerOptions(root: string): ts.CompilerOptions {
  const configFile = join(root, 'tsconfig.json');
  const read = ts.readConfigFile(configFile, (file) => ts.sys.readFile(file));
  if (read.error !== undefined)
    throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, dirname(configFile));
  return { ...parsed.options, noEmit: true };
}

/**
 * Type-checks in-memory snippets in one program with the repository's compiler options; the
 * workspace packages resolve to their sources. Only errors inside the snippets are reported.
 */
export function typecheckSnippets(
  root: string,
  snippets: readonly Snippet[],
  oldProgram?: ts.Program,
): { readonly program: ts.Program; readonly errors: Map<string, SnippetError[]> } {
  const options = repositoryCompilerOptions(root);
  const byName = new Map(snippets.map((s) => [s.fileName, s.text]));
  const host = ts.createCompilerHost(options, true);
  const { fileExists, readFile, getSourceFile } = host;
  host.fileExists = (file) => byName.has(file) || fileExists.call(host, file);
  host.readFile = (file) => byName.get(file) ?? readFile.call(host, file);
  host.getSourceFile = (file, language, onError, shouldCreate) => {
    const text = byName.get(file);
    return text === undefined
      ? getSourceFile.call(host, file, language, onError, shouldCreate)
      : ts.createSourceFile(file, text, language, true);
  };
  const program = ts.createProgram({
    rootNames: [...byName.keys()],
    options,
    host,
    ...(oldProgram === undefined ? {} : { oldProgram }),
  });
  const errors = new Map<string, SnippetError[]>();
  for (const snippet of snippets) {
    const source = program.getSourceFile(snippet.fileName);
    if (source === undefined) throw new Error(`not in the program: ${snippet.fileName}`);
    const diagnostics = [
      ...program.getSyntacticDiagnostics(source),
      ...program.getSemanticDiagnostics(source),
    ];
    errors.set(
      snippet.fileName,
      diagnostics.map((d) => ({
        line:
          d.file !== undefined && d.start !== undefined
            ? d.file.getLineAndCharacterOfPosition(d.start).line + 1
            : 0,
        message: `TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
      })),
    );
  }
  return { program, errors };
}
