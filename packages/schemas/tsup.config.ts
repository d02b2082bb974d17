import { defineConfig } from 'tsup';
import { libraryConfig } from '../../tsup.library.js';

// Two entry points: the full package and the zod-free `data` subpath.
export default defineConfig(libraryConfig(['src/index.ts', 'src/data.ts']));
