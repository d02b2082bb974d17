import { defineConfig } from 'vite';

// A plain Vite app: no plugins. The packages resolve from node_modules to their built dist/,
// exactly as in an app that installed them from npm. Vite allows imports from the whole pnpm
// workspace, so src/riverbend.ts can import the example data from ../riverbend/ at build time.
export default defineConfig({
  // Relative asset URLs: dist/ works from any folder (a static host, a sub-path).
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
});
