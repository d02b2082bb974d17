// Prints the closing line of a test run ("Tests: N passed, N failed") from vitest's JSON report,
// so that CI logs end with one unambiguous count. Exits 1 when the report is missing or counts a failure.
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? '.tmp/vitest-results.json';
let report;
try {
  report = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  console.error(
    `No test report at ${file}: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}
const passed = report.numPassedTests ?? 0;
const failed = (report.numFailedTests ?? 0) + (report.numFailedTestSuites ?? 0);
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
console.log(
  `Tests: ${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`,
);
if (failed > 0 || passed === 0) process.exit(1);
