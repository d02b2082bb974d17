import { baldrige20232024 } from './framework/baldrige-2023-2024.js';
import { coeBaldrigeDerivedPoints } from './framework/coe-baldrige-derived-points.js';
import { coeCommunity2024 } from './framework/coe-community.js';
import type { Framework } from './framework/framework.js';

/**
 * The frameworks every document set can refer to without shipping them: Baldrige 2023-2024,
 * the COE community framework, and COE with the unofficial Baldrige-derived points.
 *
 * @example
 * ```ts
 * BUILT_IN_FRAMEWORKS.map((f) => f.id);
 * // ['baldrige-2023-2024', 'coe-community-2024', 'coe-community-2024-baldrige-derived-points']
 * ```
 */
export const BUILT_IN_FRAMEWORKS: readonly Framework[] = [
  baldrige20232024,
  coeCommunity2024,
  coeBaldrigeDerivedPoints,
];
