import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (path: string): string => fileURLToPath(new URL(`./packages/${path}`, import.meta.url));

export default defineConfig({
  resolve: {
    // Tests run against the sources; each public entry point maps to its source file.
    alias: [
      { find: /^@community-excellence\/schemas$/, replacement: src('schemas/src/index.ts') },
      { find: /^@community-excellence\/schemas\/data$/, replacement: src('schemas/src/data.ts') },
      {
        find: /^@community-excellence\/schemas\/internal$/,
        replacement: src('schemas/src/internal.ts'),
      },
      { find: /^@community-excellence\/scoring$/, replacement: src('scoring/src/index.ts') },
      { find: /^@community-excellence\/cohorts$/, replacement: src('cohorts/src/index.ts') },
      {
        find: /^@community-excellence\/theory-of-action$/,
        replacement: src('theory-of-action/src/index.ts'),
      },
      {
        find: /^@community-excellence\/theory-of-action\/import$/,
        replacement: src('theory-of-action/src/import/index.ts'),
      },
      {
        find: /^@community-excellence\/theory-of-action\/outcomes$/,
        replacement: src('theory-of-action/src/outcomes/index.ts'),
      },
      { find: /^@community-excellence\/cli$/, replacement: src('cli/src/index.ts') },
    ],
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'tests/**/*.test.ts'],
    typecheck: {
      enabled: true,
      include: ['packages/*/src/**/*.test-d.ts', 'tests/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
    // A safety net against hangs, not a speed assertion: the 10,000-run property tests take tens of seconds on 2 cores.
    testTimeout: 600_000,
    hookTimeout: 120_000,
  },
});
