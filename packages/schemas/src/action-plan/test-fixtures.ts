import { readFileSync } from 'node:fs';
import type { ActionPlan } from './action-plan.js';

/** Reads a file of the Riverbend example as JSON (tests only). */
export function readRiverbend(file: string): unknown {
  return JSON.parse(
    readFileSync(new URL(`../../../../examples/riverbend/${file}`, import.meta.url), 'utf8'),
  ) as unknown;
}

/** A fresh copy of the Riverbend action plan (tests only). */
export function riverbendPlan(): ActionPlan {
  return readRiverbend('action-plan.json') as ActionPlan;
}
