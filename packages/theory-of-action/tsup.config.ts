import { defineConfig } from 'tsup';
import { libraryConfig } from '../../tsup.library.js';

// One public entry (src/index.ts). For ESM, its three parts are built as their own modules so that
// bundlers can drop the ones an app does not use (with `sideEffects: false`): an app that only reads
// gaps and trends does not bundle the CSV importer and papaparse. CommonJS stays one file.
// The two builds run side by side, so neither cleans: the build script empties dist/ first.
const parts = {
  index: 'src/index.ts',
  metrics: 'src/metrics/index.ts',
  benchmarks: 'src/benchmarks/index.ts',
  import: 'src/import/index.ts',
};
export default defineConfig([
  { ...libraryConfig(parts), format: ['esm'], clean: false },
  { ...libraryConfig(['src/index.ts']), format: ['cjs'], clean: false },
]);
