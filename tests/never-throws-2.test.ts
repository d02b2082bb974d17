// The second share of the "never throws" property tests (see tests/support/never-throws.ts).
import { describeNeverThrows } from './support/never-throws.js';

describeNeverThrows(1, 2);
