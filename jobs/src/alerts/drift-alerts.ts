/**
 * When drift raises an INFO alert: pure, no database (drift-alerts.spec.ts shows every case).
 * docs/architecture.md ("Alerts", "Drift alerts") defines it.
 *
 * A change of a setting that a check reads (a drift event with checkIds) is news for that check
 * unless it already shows as a regression. For each linked check, when the snapshot is stored:
 * - the check has an unresolved REGRESSION, BLIND_SPOT or WAIVER_EXPIRED alert → nothing: that
 *   alert already tells people the check is bad (its page lists the drift, `Alert.drift`);
 * - the check has an OPEN (not yet acknowledged) DRIFT alert → the change is added to it
 *   (dedupe: one OPEN drift alert per tenant and check);
 * - otherwise → one new DRIFT alert, severity INFO.
 * The next check run finishes the rule (AlertsService.evaluateRun): when it opens a regression
 * alert for the check, that check's drift alerts holding a change seen since its previous result
 * resolve themselves, since the change now shows as the regression.
 * Drift that no check reads raises nothing (it stays on the Drift timeline).
 */
import type { DriftKind } from '@posture/prisma/enums';
import type { AlertItem } from './regression.js';

/** A drift event as far as alerts read it. */
export interface DriftEventRef {
  id: string;
  source: string;
  path: string;
  kind: DriftKind;
  before: unknown;
  after: unknown;
  summary: string;
  checkIds: readonly string[];
  fromSnapshotId: string;
  toSnapshotId: string;
  capturedAt: Date;
  detectedAt: Date;
}

/** The row of a drift alert's item: what changed, with the event that says so. */
export interface DriftItemRow {
  driftEventId: string;
  source: string;
  path: string;
  kind: DriftKind;
  before: unknown;
  after: unknown;
  summary: string;
  fromSnapshotId: string;
  toSnapshotId: string;
  capturedAt: string;
  /** When the change was recorded: what the next run compares with its previous result. */
  detectedAt: string;
  /** How many changes of this path the alert has seen (a flag flipped twice counts 2). */
  changes: number;
}

/** An open drift alert of the tenant (OPEN, not acknowledged). */
export interface OpenDriftAlertRef {
  id: string;
  checkId: string;
  items: readonly AlertItem[];
}

export type DriftAlertDecision =
  | { type: 'OPEN'; checkId: string; summary: string; items: AlertItem[] }
  | {
      type: 'APPEND';
      alertId: string;
      checkId: string;
      summary: string;
      items: AlertItem[];
      /** The new changes alone: what a new alert holds if the open one is acknowledged meanwhile. */
      added: AlertItem[];
    };

/** A drift alert lists at most this many changed settings; its summary counts them all. */
export const MAX_DRIFT_ITEMS = 200;
/** A before or after value longer than this (as JSON) is kept as a shortened string. */
export const MAX_DRIFT_VALUE_CHARS = 2_000;

export interface DriftAlertInput {
  /** The drift the snapshot brought (of the sources it is the newest for). */
  events: readonly DriftEventRef[];
  /** Checks with an unresolved alert of another kind than DRIFT. */
  shownAsRegression: ReadonlySet<string>;
  /** The tenant's OPEN drift alerts. */
  openDrift: readonly OpenDriftAlertRef[];
}

/** Decisions per linked check, in the order the checks first appear in the events. */
export function decideDriftAlerts(input: DriftAlertInput): DriftAlertDecision[] {
  const perCheck = new Map<string, DriftEventRef[]>();
  for (const e of input.events) {
    for (const checkId of e.checkIds) {
      if (input.shownAsRegression.has(checkId)) continue;
      const list = perCheck.get(checkId) ?? [];
      list.push(e);
      perCheck.set(checkId, list);
    }
  }
  const open = new Map(input.openDrift.map((a) => [a.checkId, a]));
  const out: DriftAlertDecision[] = [];
  for (const [checkId, events] of perCheck) {
    const existing = open.get(checkId);
    const items = mergeItems(existing?.items ?? [], events);
    const summary = driftSummary(items);
    out.push(
      existing
        ? {
            type: 'APPEND',
            alertId: existing.id,
            checkId,
            summary,
            items,
            added: mergeItems([], events),
          }
        : { type: 'OPEN', checkId, summary, items },
    );
  }
  return out;
}

/**
 * The items after adding `events`: one per path, keeping the first `before` and the newest
 * `after` (what the setting was when the alert opened, and what it is now), at most
 * MAX_DRIFT_ITEMS of them.
 */
export function mergeItems(items: readonly AlertItem[], events: readonly DriftEventRef[]) {
  const out = items.map((i) => ({ ...i }));
  const byPath = new Map(out.map((i, n) => [i.key, n]));
  for (const e of events) {
    const n = byPath.get(e.path);
    if (n !== undefined) {
      const old = out[n]!.row as DriftItemRow;
      out[n] = {
        ...out[n]!,
        row: {
          ...rowOf(e),
          before: old.before,
          fromSnapshotId: old.fromSnapshotId,
          changes: old.changes + 1,
        },
      };
      continue;
    }
    if (out.length >= MAX_DRIFT_ITEMS) continue;
    byPath.set(e.path, out.length);
    out.push({ list: 'drift', kind: 'setting', key: e.path, row: rowOf(e) });
  }
  return out;
}

function rowOf(e: DriftEventRef): DriftItemRow {
  return {
    driftEventId: e.id,
    source: e.source,
    path: e.path,
    kind: e.kind,
    before: bounded(e.before),
    after: bounded(e.after),
    summary: e.summary,
    fromSnapshotId: e.fromSnapshotId,
    toSnapshotId: e.toSnapshotId,
    capturedAt: e.capturedAt.toISOString(),
    detectedAt: e.detectedAt.toISOString(),
    changes: 1,
  };
}

/** Values stay as they are unless large (an added CA policy): then a shortened JSON string. */
function bounded(v: unknown): unknown {
  if (v === undefined) return null;
  const json = JSON.stringify(v) ?? 'null';
  return json.length <= MAX_DRIFT_VALUE_CHARS ? v : `${json.slice(0, MAX_DRIFT_VALUE_CHARS)}…`;
}

/** One line for people: the change itself when there is one, else how many and the first. */
export function driftSummary(items: readonly AlertItem[]): string {
  const first = items[0]?.row as DriftItemRow | undefined;
  if (!first) return 'A setting this check reads changed.';
  return items.length === 1
    ? `A setting this check reads changed: ${first.summary}`
    : `${items.length} settings this check reads changed, first: ${first.summary}`;
}
