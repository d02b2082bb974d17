// "Never throws", proven over every export: see tests/support/never-throws.ts. The targets are
// shared between this file and never-throws-2.test.ts, which vitest runs in parallel.
import { describeNeverThrows } from './support/never-throws.js';

describeNeverThrows(0, 2);
