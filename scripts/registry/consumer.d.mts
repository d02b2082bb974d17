// Types of consumer.mjs for tests/registry-round-trip.test.ts.
export declare const MODES: readonly ['esm', 'cjs', 'ts-node16', 'ts-bundler'];
