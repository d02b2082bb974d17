import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';

/** A TypeScript module to run, checked in memory as if it were at `fileName`. */
export interface RunnableSnippet {
  /** An absolute path inside the repository (never written); relative imports resolve from it. */
  readonly fileName: string;
  readonly text: string;
}

/** What running a snippet gave: `null` when it ran to its end, otherwise the error. */
export type SnippetOutcome = string | null;

const MARK = '@@snippet-outcome@@';
const driver = (files: readonly string[]): string => `
const entries = ${JSON.stringify(files)};
for (const [index, file] of entries.entries()) {
  let error = null;
  try {
    await import(file);
  } catch (caught) {
    error = caught instanceof Error ? (caught.stack ?? caught.message) : String(caught);
  }
  process.stdout.write('\\n${MARK}' + JSON.stringify({ index, error }) + '\\n');
}
`;

/**
 * Bundles the snippets in one esbuild build (workspace packages resolved to their sources through
 * tsconfig.json `paths`; shared code in shared chunks) into a temporary folder outside the
 * repository, then imports them one after the other in one Node process whose working directory
 * is `cwd`. Returns each snippet's outcome, in order. A snippet that cannot be bundled, or that
 * ends the process, gets its error too.
 */
export async function runSnippets(
  root: string,
  snippets: readonly RunnableSnippet[],
  cwd: string,
): Promise<SnippetOutcome[]> {
  const outdir = mkdtempSync(join(tmpdir(), 'snippets-'));
  try {
    const virtual: Plugin = {
      name: 'snippets',
      setup(builder) {
        builder.onResolve({ filter: /^snippet:\d+$/ }, (args) => ({
          path: args.path,
          namespace: 'snippet',
        }));
        builder.onLoad({ filter: /.*/, namespace: 'snippet' }, (args) => {
          const snippet = snippets[Number(args.path.slice('snippet:'.length))];
          return {
            contents: snippet?.text ?? '',
            loader: 'ts',
            resolveDir: dirname(snippet?.fileName ?? root),
          };
        });
      },
    };
    const outcomes: SnippetOutcome[] = snippets.map(() => null);
    const bundled: number[] = [];
    // One build for all; when it fails, each snippet alone, so that the failure is named.
    const bundle = async (indexes: readonly number[]): Promise<string | null> => {
      try {
        await build({
          entryPoints: Object.fromEntries(indexes.map((i) => [`s${i}`, `snippet:${i}`])),
          absWorkingDir: root,
          tsconfig: join(root, 'tsconfig.json'),
          bundle: true,
          splitting: true,
          platform: 'node',
          format: 'esm',
          target: 'node20',
          outdir,
          outExtension: { '.js': '.mjs' },
          sourcemap: 'inline',
          logLevel: 'silent',
          plugins: [virtual],
          // Bundled CommonJS dependencies (commander) require Node built-ins.
          banner: {
            js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
          },
        });
        return null;
      } catch (error) {
        return `could not bundle: ${String(error)}`;
      }
    };
    const all = snippets.map((_, i) => i);
    if ((await bundle(all)) === null) bundled.push(...all);
    else
      for (const i of all) {
        const error = await bundle([i]);
        if (error === null) bundled.push(i);
        else outcomes[i] = error;
      }
    const files = bundled.map((i) => pathToFileURL(join(outdir, `s${i}.mjs`)).href);
    const driverFile = join(outdir, 'driver.mjs');
    writeFileSync(driverFile, driver(files));
    const { stdout, stderr, status } = await new Promise<{
      stdout: string;
      stderr: string;
      status: number | null;
    }>((resolve, reject) => {
      const child = spawn(process.execPath, ['--enable-source-maps', driverFile], {
        cwd,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      let err = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
      child.on('error', reject);
      child.on('close', (code) => resolve({ stdout: out, stderr: err, status: code }));
    });
    const reported = new Set<number>();
    for (const line of stdout.split('\n')) {
      if (!line.startsWith(MARK)) continue;
      const { index, error } = JSON.parse(line.slice(MARK.length)) as {
        index: number;
        error: string | null;
      };
      const snippet = bundled[index];
      if (snippet === undefined) continue;
      reported.add(index);
      outcomes[snippet] = error;
    }
    bundled.forEach((snippet, index) => {
      if (!reported.has(index))
        outcomes[snippet] =
          `the run ended (exit ${status}) before this snippet finished\n${stderr}`;
    });
    return outcomes;
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}
