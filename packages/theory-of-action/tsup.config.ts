import { defineConfig } from 'tsup';
import { libraryConfig } from '../../tsup.library.js';

// Three public entries: src/index.ts (benchmarks and metrics), src/import/index.ts (the
// `/import` subpath: CSV, JSON and NDJSON import through mappings) and src/outcomes/index.ts (the
// `/outcomes` subpath: the one outcome analysis and its rules). For ESM, the main entry's parts
// are built as their own modules so that bundlers can drop the ones an app does not use (with
// `sideEffects: false`): an app that only reads gaps and trends does not bundle the benchmark
// catalogue. CommonJS builds one file per public entry.
// The two builds run side by side, so neither cleans: the build script empties dist/ first.
const parts = {
  index: 'src/index.ts',
  metrics: 'src/metrics/index.ts',
  benchmarks: 'src/benchmarks/index.ts',
  import: 'src/import/index.ts',
  outcomes: 'src/outcomes/index.ts',
};
export default defineConfig([
  { ...libraryConfig(parts), format: ['esm'], clean: false },
  {
    ...libraryConfig({
      index: 'src/index.ts',
      import: 'src/import/index.ts',
      outcomes: 'src/outcomes/index.ts',
    }),
    format: ['cjs'],
    clean: false,
  },
]);
