import type { CheckOutcome } from '../types.js';

/**
 * Thrown inside a check when the data cannot answer the question (a missing cmdlet key, a name
 * that matches nothing); the runner turns it into ERROR with this reason.
 */
export class CannotVerify extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'CannotVerify';
  }
}

/** The value of `key`, or CannotVerify when the object lacks it (null is a real value). */
export function requireKey<T extends object, K extends keyof T & string>(obj: T, key: K, what: string): T[K] {
  if (!(key in obj) || obj[key] === undefined) {
    throw new CannotVerify(`${what} has no ${key} (a cmdlet always returns every property: is the collector broken?)`);
  }
  return obj[key];
}

/** A list that must be present ([] is data: there are none; a missing list is not). */
export function requireList<T>(list: T[] | undefined, what: string): T[] {
  if (list === undefined) throw new CannotVerify(`${what} is missing from the snapshot`);
  return list;
}

export function outcome(o: CheckOutcome): CheckOutcome {
  return o;
}

/** Policy references match Name, Identity, DistinguishedName or Guid, case-insensitively. */
export function matchesPolicyName(
  policy: { Name?: string | null; Identity?: string | null; DistinguishedName?: string | null; Guid?: string | null },
  ref: string,
): boolean {
  const want = ref.trim().toLowerCase();
  return [policy.Name, policy.Identity, policy.DistinguishedName, policy.Guid].some(
    (v) => typeof v === 'string' && v.trim().toLowerCase() === want,
  );
}
