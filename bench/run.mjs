// Runs every benchmark in sequence. `pnpm bench` builds the packages first.
const only = process.argv[2];
const benches = [
  'validate-observations',
  'score-assessments',
  'import-observations',
  'import-memory',
  'csv-long-record',
  'cohort-transitions',
  'check-partnership',
  'cli-startup',
];
for (const name of benches) {
  if (only !== undefined && only !== name) continue;
  console.log(`\n## ${name}\n`);
  await import(`./${name}.mjs`);
}
