export { runCli } from './run-cli.js';
export { ExitCode } from './exit-codes.js';
export { type CliIo, processIo } from './cli-io.js';
