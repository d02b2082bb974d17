import type { Options } from 'tsup';

/**
 * The build every library package shares: ESM and CommonJS with declarations for each entry,
 * tree-shaken, for ES2022 (Node 20.19+ and modern browsers).
 */
export function libraryConfig(entry: string[] | Record<string, string>): Options {
  return {
    entry,
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: false,
    target: 'es2022',
    treeshake: true,
    tsconfig: 'tsconfig.build.json',
  };
}
