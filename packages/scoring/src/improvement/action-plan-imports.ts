/**
 * The action-plan types and the one action-state rule, from `@community-excellence/schemas`.
 * Until they are exported from `@community-excellence/schemas/data` (wiring of issue 13), they
 * come from the schemas sources: replace both paths with '@community-excellence/schemas/data'.
 * Type-only and zod-free (action-state.ts imports its types only).
 *
 * @packageDocumentation
 */
export { actionStates, type ActionState } from '../../../schemas/src/action-plan/action-state.js';
export type {
  Action,
  ActionPlan,
  ActionStatus,
} from '../../../schemas/src/action-plan/action-plan.js';
