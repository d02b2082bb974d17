import { defineConfig } from 'tsup';
import { libraryConfig } from '../../tsup.library.js';

// One public entry (src/index.ts). The three parts are built as their own modules so that bundlers
// can drop the ones an app does not use (with `sideEffects: false`): an app that only reads gaps and
// trends does not bundle the CSV importer and papaparse.
export default defineConfig(libraryConfig({ index: 'src/index.ts', metrics: 'src/metrics/index.ts', benchmarks: 'src/benchmarks/index.ts', import: 'src/import/index.ts' }));
