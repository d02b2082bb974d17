// Types of expected.mjs for tests/registry-round-trip.test.ts.
import type { FlowRun } from './round-trip.mjs';

export declare const EXPECTED_FLOW: Readonly<Record<string, unknown>>;
export declare const EXPECTED_JSON_SCHEMA_ID: string;
export declare function expectedModuleSystem(label: string): 'esm' | 'cjs';
export declare function runProblems(run: FlowRun, nodeVersion: string): string[];
