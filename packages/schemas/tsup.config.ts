import { defineConfig } from 'tsup';
import { libraryConfig } from '../../tsup.library.js';

// Three entry points: the full package, the zod-free `data` subpath and the unstable `internal`
// subpath (zod schemas of document parts and helpers shared by the other packages).
export default defineConfig(libraryConfig(['src/index.ts', 'src/data.ts', 'src/internal.ts']));
