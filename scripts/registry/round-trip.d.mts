// Types of round-trip.mjs for tests/registry-round-trip.test.ts (the scripts are plain JavaScript
// so that `pnpm release:rehearse` runs them with Node.js alone).

export declare const NODE_MAJORS: readonly number[];

export interface NodeBinary {
  readonly major: number;
  /** `process.version` of the binary, e.g. `v22.23.3`. */
  readonly version: string;
  readonly bin: string;
  /** Where it came from: the running Node.js or the npm package `node@<major>`. */
  readonly source: string;
}

export interface LockEntry {
  readonly version: string;
  readonly resolved?: string;
  readonly integrity?: string;
}

export interface InstalledConsumer {
  readonly dir: string;
  readonly output: string;
  /** package-lock.json entries by package name (nested ones as `a/node_modules/b`). */
  readonly lockEntries: Readonly<Record<string, LockEntry>>;
  /** The installed package.json of each of the project's packages. */
  readonly installedManifests: Readonly<
    Record<
      string,
      { readonly version: string; readonly dependencies?: Readonly<Record<string, string>> }
    >
  >;
}

export interface FlowRun {
  /** The script that ran: `esm.mjs`, `cjs.cjs`, `ts/node16-esm/flow.mts`, `ts/node16-cjs/flow.cts`, `ts/bundler/flow.ts`. */
  readonly label: string;
  /** The JSON the script printed. */
  readonly result: Record<string, unknown>;
  /** TypeScript runs: the packages' declaration files tsc read, as `<package>/dist/<file>`. */
  readonly typeFiles?: readonly string[];
  /** TypeScript runs: the extension those files must have (`.d.ts` or `.d.cts`). */
  readonly expectedTypes?: string;
}

export interface CommandOutput {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface Executables {
  /** `node --version` with the PATH the executables ran with. */
  readonly nodeOnPath: string;
  readonly version: CommandOutput;
  readonly coeVersion: CommandOutput;
  readonly validate: CommandOutput;
  readonly validateInvalid: CommandOutput;
}

export type Settled<T> =
  | { readonly value: T; readonly error?: undefined }
  | { readonly value?: undefined; readonly error: string };

export interface ConsumerOutcome {
  readonly major: number;
  readonly node: NodeBinary | undefined;
  /** Why there is no installed consumer (no Node.js binary, or the install failed). */
  readonly error: string | undefined;
  readonly install: InstalledConsumer | undefined;
  readonly modes: Readonly<
    Record<string, { readonly runs?: readonly FlowRun[]; readonly error?: string }>
  >;
  readonly executables: Settled<Executables> | undefined;
}

export interface LocalRegistry {
  readonly url: string;
  readonly port: number;
  readonly pid: number;
  readonly log: string;
  stop(): Promise<void>;
}

export interface RoundTrip {
  readonly registry: LocalRegistry;
  /** The workspace's public packages and their versions. */
  readonly packages: readonly { readonly name: string; readonly version: string }[];
  /** The output of `changeset publish`. */
  readonly publish: { readonly stdout: string; readonly stderr: string; readonly command: string };
  /** Each package's document on the local registry (undefined when missing). */
  readonly published: Readonly<Record<string, any>>;
  readonly typescript: string;
  readonly typesNode: string;
  readonly consumers: readonly ConsumerOutcome[];
}

export declare function roundTrip(options: {
  readonly root: string;
  readonly tmp: string;
  readonly majors?: readonly number[];
  readonly log?: (line: string) => void;
}): Promise<RoundTrip>;
