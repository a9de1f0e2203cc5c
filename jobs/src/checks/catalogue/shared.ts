import type {
  Capped,
  EntraData,
  ExchangeOnlineData,
  ExchangeOnPremisesData,
  SignInView,
  TenantView,
} from '../types.js';

/** Evidence lists never grow past this; they carry the true total beside them. */
export const EVIDENCE_CAP = 100;

export function cap<T>(items: readonly T[], limit = EVIDENCE_CAP): Capped<T> {
  return { items: items.slice(0, limit), total: items.length };
}

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
export function requireKey<T extends object, K extends keyof T & string>(
  obj: T,
  key: K,
  what: string,
): T[K] {
  if (!(key in obj) || obj[key] === undefined) {
    throw new CannotVerify(
      `${what} has no ${key} (a cmdlet always returns every property: is the collector broken?)`,
    );
  }
  return obj[key];
}

/** A list that must be present ([] is data: there are none; a missing list is not). */
export function requireList<T>(list: T[] | undefined, what: string): T[] {
  if (list === undefined) throw new CannotVerify(`${what} is missing from the snapshot`);
  return list;
}

/** Policy references match Name, Identity, DistinguishedName or Guid, case-insensitively. */
export function matchesPolicyName(
  policy: {
    Name?: string | null;
    Identity?: string | null;
    DistinguishedName?: string | null;
    Guid?: string | null;
  },
  ref: string,
): boolean {
  const want = ref.trim().toLowerCase();
  return [policy.Name, policy.Identity, policy.DistinguishedName, policy.Guid].some(
    (v) => typeof v === 'string' && v.trim().toLowerCase() === want,
  );
}

/** The Exchange Online data of a view the runner has already gated (or CannotVerify). */
export function exoData(view: TenantView): ExchangeOnlineData {
  if (view.exchangeOnline.state !== 'PRESENT')
    throw new CannotVerify('Exchange Online data is not present');
  return view.exchangeOnline.data;
}

export function onPremData(view: TenantView): ExchangeOnPremisesData {
  if (view.exchangeOnPremises.state !== 'PRESENT') {
    throw new CannotVerify('Exchange on-premises data is not present');
  }
  return view.exchangeOnPremises.data;
}

export function entraData(view: TenantView): EntraData {
  if (view.entra.state !== 'PRESENT') throw new CannotVerify('Entra data is not present');
  return view.entra.data;
}

export function signInData(view: TenantView): Extract<SignInView, { state: 'PRESENT' }> {
  if (view.signIns.state !== 'PRESENT') throw new CannotVerify('sign-in data is not present');
  return view.signIns;
}

/** An object the snapshot must carry (a cmdlet's whole output, e.g. Get-OrganizationConfig). */
export function requireObject<T>(obj: T | null | undefined, what: string): T {
  if (obj === undefined || obj === null)
    throw new CannotVerify(`${what} is missing from the snapshot`);
  return obj;
}

type PolicyRef = {
  Name?: string | null;
  Identity?: string | null;
  DistinguishedName?: string | null;
  Guid?: string | null;
};

/** A set policy reference (non-empty string), or null for $null / "". */
export function policyRef(value: string | null | undefined): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** The policy a reference names; a reference that matches no policy cannot be verified. */
export function findPolicy<P extends PolicyRef>(
  policies: readonly P[],
  ref: string,
  what: string,
): P {
  const found = policies.find((p) => matchesPolicyName(p, ref));
  if (!found)
    throw new CannotVerify(`${what} names "${ref}", which matches no authentication policy`);
  return found;
}

export function lower(value: string): string {
  return value.trim().toLowerCase();
}

export function sameText(a: string | null | undefined, b: string): boolean {
  return typeof a === 'string' && lower(a) === lower(b);
}

export function pct(ratio: number): string {
  return `${(ratio * 100).toFixed(1)}%`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * Waiver keys for a capped evidence list. When the list was cut, the unlisted rows get a key no
 * item waiver can hold, so only a tenant-wide waiver can waive what nobody has seen.
 */
export function failingKeys<T>(
  list: Capped<T>,
  key: (item: T) => string | null | undefined,
): string[] {
  const keys = new Set<string>();
  for (const item of list.items) {
    const k = key(item);
    // A row with no user (the SQL coalesces a missing UPN to '') must not be waivable by item.
    keys.add(typeof k === 'string' && k.trim() !== '' ? lower(k) : '(no user principal name)');
  }
  if (list.total > list.items.length)
    keys.add(`(${list.total - list.items.length} more not listed)`);
  return [...keys];
}

/** A cmdlet date (ISO string) as a Date; an unreadable one cannot be verified. */
export function parseDate(value: unknown, what: string): Date | null {
  if (value === null) return null;
  const d = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : null;
  if (!d || Number.isNaN(d.getTime()))
    throw new CannotVerify(`${what} is not a date: ${JSON.stringify(value)}`);
  return d;
}

export function days(n: number): number {
  return n * 86_400_000;
}
