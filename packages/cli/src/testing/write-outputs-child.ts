// A child process for the write-outputs process tests: stages files, then commits them
// (`now`), waits for a line on standard input before committing (`barrier`), or waits to be
// killed (`hold`). Exit 0 when written, 2 when refused.
import { stageOutputs } from '../files/write-outputs.js';

const [mode, label, force, ...paths] = process.argv.slice(2);
const staged = stageOutputs(paths, { force: force === 'force' });
if (!staged.ok) {
  process.stdout.write(`refused ${staged.reason}\n`);
  process.exit(2);
}
const { outputs } = staged;
const text = `${label}\n`.repeat(100_000);
for (const path of paths) outputs.file(path).write(text);
const commit = (): void => {
  const result = outputs.commit();
  process.stdout.write(result.ok ? 'written\n' : `refused ${result.reason}\n`);
  process.exit(result.ok ? 0 : 2);
};
process.stdout.write('staged\n');
if (mode === 'now') commit();
else if (mode === 'barrier') process.stdin.once('data', commit);
else setInterval(() => undefined, 1000);
