/**
 * When a check run changes alerts: pure, no database, no clock (the run's time is passed in).
 * docs/architecture.md ("Alerts") and the CHECKS spec ("Regressions, drift and alerts") define
 * it; regression.spec.ts shows every situation.
 *
 * For each check of the run, given its previous result (the newest before this run) and the
 * tenant's unresolved alert for it, if any:
 * - an unresolved alert and a passing result (PASS, or WAIVED: a finding someone accepted, with
 *   an author, a reason and an expiry) → the alert resolves itself, and says why;
 * - an unresolved alert and anything else (still failing, better without passing such as
 *   FAIL → WARN, ERROR, NOT_APPLICABLE) → the alert stays as it is, pointing at the newest
 *   result (dedupe: one alert per tenant and check while it stays bad). NOT_APPLICABLE does not
 *   resolve: a check that stopped applying (its source or wave removed) has not been fixed;
 * - no unresolved alert and a regression → one new alert.
 * A check's first result opens nothing: there is nothing it could have got worse than.
 */
import type { AlertKind, CheckStatus, Severity } from '@posture/prisma/enums';

/** One stored check result, as far as alerts read it. */
export interface ResultRef {
  id: string;
  runId: string;
  checkId: string;
  status: CheckStatus;
  severity: Severity;
  metric: number | null;
  summary: string;
  evidence: unknown;
}

/** An alert that is not RESOLVED. */
export interface UnresolvedAlertRef {
  id: string;
  checkId: string;
}

/** Something that became bad, taken from the lists of a result's evidence. */
export interface AlertItem {
  /** Where the list sits in the evidence, e.g. `uncovered` or `legacyFailures.users`. */
  list: string;
  /** `setting` only in DRIFT alerts (drift-alerts.ts): a changed setting, keyed by its path. */
  kind: 'user' | 'device' | 'policy' | 'setting' | 'other';
  /** Stable, lower-cased identity, e.g. `ann@contoso.com` or `ann@contoso.com · imap4`. */
  key: string;
  /** The evidence row as the result that opened the alert lists it. */
  row: unknown;
}

export interface NewAlert {
  checkId: string;
  kind: Exclude<AlertKind, 'DRIFT'>;
  severity: Severity;
  summary: string;
  beforeStatus: CheckStatus;
  afterStatus: CheckStatus;
  beforeMetric: number | null;
  afterMetric: number | null;
  previousResultId: string;
  resultId: string;
  runId: string;
  items: AlertItem[];
}

export type AlertDecision =
  | { type: 'OPEN'; alert: NewAlert }
  /** The check is still bad: the alert now points at this result. */
  | { type: 'UPDATE'; alertId: string; result: ResultRef }
  | { type: 'RESOLVE'; alertId: string; result: ResultRef; comment: string };

export interface RunResults {
  /** The newest result of each check before this run (a check never run before has none). */
  previous: readonly ResultRef[];
  /** This run's results. */
  current: readonly ResultRef[];
  /** The tenant's alerts that are not RESOLVED (DRIFT alerts left out). */
  unresolved: readonly UnresolvedAlertRef[];
  /** When the run was evaluated: a waiver whose expiry is not after it has expired. */
  now: Date;
}

/**
 * The statuses that resolve an unresolved alert by themselves, with what the alert then says.
 * docs/checks.md prints this table and the two below (tools/checks-doc.ts).
 */
export const AUTO_RESOLVE_COMMENT = {
  PASS: 'Resolved automatically: the check passes again.',
  WAIVED:
    'Resolved automatically: the finding is waived; an alert opens again if the waiver expires.',
} as const satisfies Partial<Record<CheckStatus, string>>;

function isResolving(s: CheckStatus): s is keyof typeof AUTO_RESOLVE_COMMENT {
  return s in AUTO_RESOLVE_COMMENT;
}

/** Decisions for one run, in the order of `current` (the registry's order). */
export function decideAlerts(input: RunResults): AlertDecision[] {
  const previous = new Map(input.previous.map((r) => [r.checkId, r]));
  const unresolved = new Map(input.unresolved.map((a) => [a.checkId, a]));
  const out: AlertDecision[] = [];
  for (const result of input.current) {
    const alert = unresolved.get(result.checkId);
    if (alert) {
      out.push(
        isResolving(result.status)
          ? {
              type: 'RESOLVE',
              alertId: alert.id,
              result,
              comment: AUTO_RESOLVE_COMMENT[result.status],
            }
          : { type: 'UPDATE', alertId: alert.id, result },
      );
      continue;
    }
    const before = previous.get(result.checkId);
    if (!before) continue;
    const found = regressionOf(before, result, input.now);
    if (!found) continue;
    out.push({
      type: 'OPEN',
      alert: {
        checkId: result.checkId,
        kind: found.kind,
        severity: result.severity,
        summary: `${found.what} ${result.summary}`,
        beforeStatus: before.status,
        afterStatus: result.status,
        beforeMetric: before.metric,
        afterMetric: result.metric,
        previousResultId: before.id,
        resultId: result.id,
        runId: result.runId,
        items: newItems(before, result),
      },
    });
  }
  return out;
}

/** Statuses after which ERROR is a blind spot: the check was verified (NOT_APPLICABLE never was). */
export const BLIND_SPOT_AFTER: readonly CheckStatus[] = ['PASS', 'WARN', 'FAIL', 'WAIVED'];

/** Status changes that are regressions (CHECKS spec); ERROR is a blind spot, handled apart. */
export const WORSE: Readonly<Partial<Record<CheckStatus, readonly CheckStatus[]>>> = {
  PASS: ['WARN', 'FAIL'],
  WARN: ['FAIL'],
  WAIVED: ['FAIL'],
};

/** Whether `after` is a regression from `before`, and how to say it; null when it is not. */
export function regressionOf(
  before: ResultRef,
  after: ResultRef,
  now: Date,
): { kind: NewAlert['kind']; what: string } | null {
  if (after.status === 'ERROR') {
    // A blind spot: the check could be answered before and cannot be now (ERROR, stale source).
    return BLIND_SPOT_AFTER.includes(before.status)
      ? { kind: 'BLIND_SPOT', what: `Can no longer be verified (was ${before.status}).` }
      : null;
  }
  if (WORSE[before.status]?.includes(after.status)) {
    if (before.status === 'WAIVED' && waiverExpired(before.evidence, now)) {
      return { kind: 'WAIVER_EXPIRED', what: `A waiver expired: WAIVED → ${after.status}.` };
    }
    return { kind: 'REGRESSION', what: `Got worse: ${before.status} → ${after.status}.` };
  }
  const crossed = thresholdCrossed(before, after);
  return crossed ? { kind: 'REGRESSION', what: crossed } : null;
}

/** True when the waived result named a waiver that has expired by `now`. */
function waiverExpired(evidence: unknown, now: Date): boolean {
  const waivers = isRecord(evidence) && Array.isArray(evidence.waivers) ? evidence.waivers : [];
  return waivers.some(
    (w) =>
      isRecord(w) &&
      typeof w.expiresAt === 'string' &&
      new Date(w.expiresAt).getTime() <= now.getTime(),
  );
}

/**
 * A result may carry `evidence.metricThreshold = { value, better: 'higher' | 'lower' }`: the
 * metric crossing it the wrong way between two verified, unwaived results is a regression even
 * when the status did not change. A bare number cannot say which way is worse, so nothing else
 * is read as a threshold.
 */
export interface MetricThreshold {
  value: number;
  better: 'higher' | 'lower';
}

function thresholdOf(evidence: unknown): MetricThreshold | null {
  const t = isRecord(evidence) ? evidence.metricThreshold : undefined;
  if (!isRecord(t) || typeof t.value !== 'number') return null;
  return t.better === 'higher' || t.better === 'lower'
    ? { value: t.value, better: t.better }
    : null;
}

const MEASURED: ReadonlySet<CheckStatus> = new Set(['PASS', 'WARN', 'FAIL']);

function thresholdCrossed(before: ResultRef, after: ResultRef): string | null {
  const t0 = thresholdOf(before.evidence);
  const t1 = thresholdOf(after.evidence);
  if (!t0 || !t1 || t0.better !== t1.better) return null;
  if (before.metric === null || after.metric === null) return null;
  if (!MEASURED.has(before.status) || !MEASURED.has(after.status)) return null;
  const ok = (m: number, t: MetricThreshold) =>
    t.better === 'higher' ? m >= t.value : m <= t.value;
  if (!ok(before.metric, t0) || ok(after.metric, t1)) return null;
  return `The metric crossed its threshold: ${before.metric} → ${after.metric} (threshold ${t1.value}, ${t1.better} is better).`;
}

// ---------------------------------------------------------------------------------------------
// Items

/** The runner's waiver bookkeeping repeats the failing keys; it names nothing new. */
const NOT_ITEM_LISTS: ReadonlySet<string> = new Set(['waivedItems', 'unwaivedItems']);

/** Fields that identify an evidence row, in the order they make up its key. */
const IDENTITY_FIELDS = [
  'wave',
  'userPrincipalName',
  'UserPrincipalName',
  'account',
  'DeviceId',
  'deviceId',
  'policyId',
  'appId',
  'clientAppUsed',
] as const;
const DEVICE_FIELDS = ['DeviceId', 'deviceId'];
const USER_FIELDS = ['userPrincipalName', 'UserPrincipalName', 'account'];

/** One capped list of a result's evidence: where it sits, its rows and its true total. */
export interface EvidenceList {
  /** e.g. `uncovered` or `legacyFailures.users`. */
  list: string;
  items: unknown[];
  total: number;
}

/**
 * Every capped list (`{ items, total }`, what the catalogue's `cap()` and the sign-in aggregates
 * produce) in a result's evidence, found by walking it with sorted keys so the order does not
 * depend on how the JSON was stored. The runner's waiver bookkeeping is left out.
 */
export function listsOf(evidence: unknown): EvidenceList[] {
  const out: EvidenceList[] = [];
  const walk = (value: unknown, path: string): void => {
    if (!isRecord(value)) return;
    if (Array.isArray(value.items) && typeof value.total === 'number') {
      out.push({ list: path, items: value.items as unknown[], total: value.total });
      return;
    }
    for (const key of Object.keys(value).sort()) {
      if (path === '' && NOT_ITEM_LISTS.has(key)) continue;
      walk(value[key], path ? `${path}.${key}` : key);
    }
  };
  walk(evidence, '');
  return out;
}

/** Every item of every capped list in a result's evidence (listsOf), identified. */
export function itemsOf(evidence: unknown): AlertItem[] {
  return listsOf(evidence).flatMap(({ list, items }) =>
    items.map((row) => ({ list, ...identify(row), row })),
  );
}

/** What an evidence row is about and its stable, lower-cased identity (IDENTITY_FIELDS). */
export function identify(row: unknown): { kind: AlertItem['kind']; key: string } {
  if (typeof row === 'string') {
    return { kind: row.includes('@') ? 'user' : 'other', key: row.trim().toLowerCase() };
  }
  if (!isRecord(row)) return { kind: 'other', key: stableJson(row) };
  const present = IDENTITY_FIELDS.filter(
    (f) => typeof row[f] === 'string' && (row[f] as string).trim() !== '',
  );
  if (present.length === 0) return { kind: 'other', key: stableJson(row).toLowerCase() };
  const has = (fields: string[]) => present.some((f) => fields.includes(f));
  const kind = has(DEVICE_FIELDS)
    ? 'device'
    : has(USER_FIELDS)
      ? 'user'
      : present.includes('policyId')
        ? 'policy'
        : 'other';
  return {
    kind,
    key: present.map((f) => (row[f] as string).trim().toLowerCase()).join(' · '),
  };
}

/**
 * The items of `after` that were not bad in `before`: compared with the previous evidence when
 * that result was measured (PASS, WARN, FAIL); after a WAIVED, ERROR or NOT_APPLICABLE result
 * every listed item counts as newly bad (it was waived, or nobody could see it).
 */
export function newItems(before: ResultRef, after: ResultRef): AlertItem[] {
  const seen = new Set(
    MEASURED.has(before.status)
      ? itemsOf(before.evidence).map((i) => `${i.list}\u0000${i.key}`)
      : [],
  );
  const out: AlertItem[] = [];
  const added = new Set<string>();
  for (const item of itemsOf(after.evidence)) {
    const id = `${item.list}\u0000${item.key}`;
    if (seen.has(id) || added.has(id)) continue;
    added.add(id);
    out.push(item);
  }
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function stableJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stableJson).join(',')}]`;
  if (isRecord(v)) {
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson(v[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}
