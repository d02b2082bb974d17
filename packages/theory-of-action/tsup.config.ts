import { defineConfig } from 'tsup';
import { libraryConfig } from '../../tsup.library.js';

export default defineConfig(libraryConfig(['src/index.ts']));
