import { cap } from './catalogue/shared.js';
import { renderEnglish, runMessage, type Message } from './catalogue/messages.js';
import type {
  CheckDefinition,
  CheckOutcome,
  CheckStatus,
  EvaluatedCheck,
  Severity,
  SourceName,
  TenantView,
  TimeWindow,
} from './types.js';

/** Kept here too for the SQL aggregates, which cap their lists at the same size. */
export { EVIDENCE_CAP } from './catalogue/shared.js';

type Gate =
  | { kind: 'ok' }
  | { kind: 'absent'; source: SourceName }
  | { kind: 'error'; source: SourceName; reason: Message };

/** Why a source cannot be judged, as a message (RUN_MESSAGES' RUN.REASON.*). */
const because = (key: string, params: Message['params'] = {}): Message => ({
  code: `RUN.REASON.${key}`,
  params,
});

function gate(view: TenantView, source: SourceName): Gate {
  if (source === 'signIns') {
    const s = view.signIns;
    switch (s.state) {
      case 'PRESENT':
        return { kind: 'ok' };
      case 'ABSENT':
        return view.settings.declaredSources.includes('signIns')
          ? {
              kind: 'error',
              source,
              reason: because('signins_undelivered'),
            }
          : { kind: 'absent', source };
      case 'STALE':
        return {
          kind: 'error',
          source,
          reason: because('signins_stale', { hours: s.maxAgeHours }),
        };
      case 'PARTIAL':
        return { kind: 'error', source, reason: because('signins_partial') };
    }
  }
  const s = view[source];
  switch (s.state) {
    case 'PRESENT':
      return { kind: 'ok' };
    case 'ABSENT':
      return view.settings.declaredSources.includes(source)
        ? {
            kind: 'error',
            source,
            reason: because('source_undelivered', { source }),
          }
        : { kind: 'absent', source };
    case 'STALE':
      return {
        kind: 'error',
        source,
        reason: because('source_stale', {
          source,
          capturedAt: s.capturedAt.toISOString(),
          hours: s.maxAgeHours,
        }),
      };
  }
}

function snapshotIdFor(def: CheckDefinition, view: TenantView): string | null {
  for (const source of def.sources) {
    if (source === 'signIns') continue;
    const s = view[source];
    if (s.state !== 'ABSENT') return s.snapshotId;
  }
  return null;
}

function windowFor(def: CheckDefinition, view: TenantView): TimeWindow | null {
  if (!def.sources.includes('signIns')) return null;
  const s = view.signIns;
  return s.state === 'PRESENT' || s.state === 'PARTIAL' ? s.window : null;
}

/**
 * Runs one check over a view: the source gates (absent → NOT_APPLICABLE, stale → ERROR), the
 * check itself (a throw is an ERROR, never a PASS), then waivers (every failing item covered,
 * or a tenant-wide waiver → WAIVED; the metric stays the raw measurement).
 */
export function evaluateCheck(def: CheckDefinition, view: TenantView): EvaluatedCheck {
  const base = {
    checkId: def.id,
    severity: def.severity,
    remediation: def.remediation,
    snapshotId: snapshotIdFor(def, view),
    window: windowFor(def, view),
  };
  const gates = def.sources.map((s) => gate(view, s));
  const error = gates.find((g) => g.kind === 'error');
  if (error && error.kind === 'error') {
    return {
      ...base,
      status: 'ERROR',
      metric: null,
      ...runMessage('RUN.ERROR.reason', { reason: error.reason }),
      // The evidence keeps the reason in English, as results before messages had it.
      evidence: { source: error.source, reason: renderEnglish(error.reason) },
    };
  }
  const absent = gates.find((g) => g.kind === 'absent');
  if (absent && absent.kind === 'absent') {
    return {
      ...base,
      status: 'NOT_APPLICABLE',
      metric: null,
      ...runMessage('RUN.NOT_APPLICABLE.no_source', { source: absent.source }),
      evidence: { source: absent.source },
    };
  }
  let outcome: CheckOutcome;
  try {
    outcome = def.evaluate(view);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return {
      ...base,
      status: 'ERROR',
      metric: null,
      ...runMessage('RUN.ERROR.thrown', { reason }),
      evidence: { reason },
    };
  }
  return applyWaivers(
    def,
    view,
    {
      ...base,
      ...outcome,
      // Kept with the evidence so the dashboard can tell failing rows and offer them for waivers.
      evidence: outcome.failingItems?.length
        ? { ...outcome.evidence, failingItems: outcome.failingItems }
        : outcome.evidence,
      message: outcome.message ?? null,
      remediation: outcome.remediation ?? def.remediation,
      status: outcome.status,
    },
    outcome.failingItems ?? [],
  );
}

function applyWaivers(
  def: CheckDefinition,
  view: TenantView,
  result: EvaluatedCheck,
  failingItems: string[],
): EvaluatedCheck {
  if (result.status !== 'FAIL' && result.status !== 'WARN') return result;
  const waivers = view.waivers.filter((w) => w.checkId === def.id && w.expiresAt > view.now);
  if (waivers.length === 0) return result;
  const tenantWide = waivers.find((w) => w.scope === 'TENANT');
  const covered = new Map<string, string>();
  for (const w of waivers) for (const item of w.items) covered.set(item.toLowerCase(), w.id);
  const keys = failingItems.map((i) => i.toLowerCase());
  const waived = keys.filter((k) => covered.has(k));
  const unwaived = keys.filter((k) => !covered.has(k));
  const evidence = {
    ...result.evidence,
    waivers: waivers.map((w) => ({
      id: w.id,
      scope: w.scope,
      reason: w.reason,
      author: w.author,
      expiresAt: w.expiresAt.toISOString(),
    })),
    waivedItems: cap(waived),
  };
  if (tenantWide || (keys.length > 0 && unwaived.length === 0)) {
    return {
      ...result,
      status: 'WAIVED',
      ...runMessage('RUN.WAIVED', {
        wouldBe: result.status,
        summary: result.message ?? result.summary,
      }),
      evidence: { ...evidence, wouldBe: result.status },
    };
  }
  return { ...result, evidence: { ...evidence, unwaivedItems: cap(unwaived) } };
}

/** How much each severity weighs in the posture score (docs/checks.md prints it). */
export const SEVERITY_WEIGHTS: Record<Severity, number> = {
  CRITICAL: 10,
  HIGH: 5,
  MEDIUM: 3,
  LOW: 1,
  INFO: 0,
};
/** The share of its weight a result earns; NOT_APPLICABLE is left out of the score. */
export const STATUS_CREDIT: Record<CheckStatus, number | null> = {
  PASS: 1,
  WAIVED: 1,
  WARN: 0.5,
  FAIL: 0,
  ERROR: 0,
  NOT_APPLICABLE: null,
};

/**
 * Posture score 0..100: the severity-weighted share of applicable checks that pass (PASS and
 * WAIVED in full, WARN half, FAIL and ERROR nothing, NOT_APPLICABLE left out). Null when no
 * weighted check applies.
 */
export function postureScore(
  results: ReadonlyArray<Pick<EvaluatedCheck, 'status' | 'severity'>>,
): number | null {
  let total = 0;
  let earned = 0;
  for (const r of results) {
    const credit = STATUS_CREDIT[r.status];
    if (credit === null) continue;
    total += SEVERITY_WEIGHTS[r.severity];
    earned += SEVERITY_WEIGHTS[r.severity] * credit;
  }
  return total === 0 ? null : Math.round((earned / total) * 1000) / 10;
}
