// Writes docs/cli-reference.md from the CLI's command definitions (`pnpm docs:cli`).
//
// The renderer is internal to the CLI package (packages/cli/src/reference/, not a package entry
// point). Command implementations are loaded by dynamic import() only when a command runs; they are
// left out of the bundle (the program is built, never run). tests/cli-reference.test.ts fails when
// the file is out of date.
import { writeGeneratedPage } from './write-generated-page.mjs';

await writeGeneratedPage({
  page: 'docs/cli-reference.md',
  entry: 'packages/cli/src/reference/entry.ts',
  render: 'renderProgramReference',
  plugins: [
    {
      name: 'leave-lazy-commands-out',
      setup(builder) {
        builder.onResolve({ filter: /.*/ }, (args) =>
          args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined,
        );
      },
    },
  ],
});
