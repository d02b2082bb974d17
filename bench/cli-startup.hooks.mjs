// Module loader hook for bench/cli-startup.mjs: run `node --import ./bench/cli-startup.hooks.mjs ...`
// with CLI_STARTUP_MODULE_LOG set to a file, and every ES module the process loads after it (and the
// CommonJS packages it imports, by their entry file) is appended to that file, one URL a line. It
// shows which modules `--help` and `validate` pull in. Not used for the timings.
import { appendFileSync } from 'node:fs';
import { register } from 'node:module';
import { isMainThread } from 'node:worker_threads';

if (isMainThread) register(import.meta.url);

/** The `load` hook: records the URL, then loads the module as usual. */
export async function load(url, context, nextLoad) {
  if (process.env.CLI_STARTUP_MODULE_LOG)
    appendFileSync(process.env.CLI_STARTUP_MODULE_LOG, `${url}\n`);
  return nextLoad(url, context);
}
