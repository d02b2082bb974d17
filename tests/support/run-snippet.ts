import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'esbuild';

/** How a snippet ran: its exit status and what it printed. */
export interface SnippetRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Bundles a TypeScript snippet in memory (workspace packages resolved to their sources through
 * tsconfig.json `paths`) and runs it as an ES module in a fresh Node process whose working
 * directory is the repository root. Nothing is written to disk.
 */
export async function runSnippet(root: string, code: string, name: string): Promise<SnippetRun> {
  let bundle;
  try {
    bundle = await build({
      stdin: { contents: code, loader: 'ts', resolveDir: root, sourcefile: name },
      absWorkingDir: root,
      tsconfig: join(root, 'tsconfig.json'),
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      sourcemap: 'inline',
      write: false,
      logLevel: 'silent',
      // Bundled CommonJS dependencies (commander) require Node built-ins.
      banner: {
        js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
      },
    });
  } catch (error) {
    return { status: null, stdout: '', stderr: `could not bundle: ${String(error)}` };
  }
  const output = bundle.outputFiles[0]?.text ?? '';
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--enable-source-maps', '--input-type=module', '-'], {
      cwd: root,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(output);
  });
}
