import { exoAuthPolicyBlocksBasic } from './catalogue/exchange-online.js';
import type { CheckDefinition } from './types.js';

/** The check catalogue, in the order the dashboard lists it. IDs are stable: never rename one. */
export const CHECKS: readonly CheckDefinition[] = [exoAuthPolicyBlocksBasic];

const byId = new Map(CHECKS.map((c) => [c.id, c]));

export function findCheck(id: string): CheckDefinition | undefined {
  return byId.get(id);
}
