import { Inject, Injectable } from '@nestjs/common';
import type { Alert, AlertState, CheckResult } from '@posture/prisma';
import { Severity } from '@posture/prisma/enums';
import type { ListArgs } from '../common/list-args.js';
import type { Tx } from '../database/db.js';
import { InvalidInput } from '../errors.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import type { TenantScope } from '../scope.js';
import { AlertNotFound, InvalidAlertTransition } from './alerts.errors.js';
import { AlertsRepository, type AlertFilter } from './alerts.repository.js';
import { decideDriftAlerts, driftSummary, type DriftEventRef } from './drift-alerts.js';
import { decideAlerts, type AlertDecision, type ResultRef } from './regression.js';

export type { AlertFilter };

/** What a DRIFT alert says when a regression of its check now explains its change. */
export const DRIFT_SUPERSEDED_COMMENT =
  'Resolved automatically: the change shows as a regression alert of the same check';

/** At most this many alerts in one acknowledge or resolve. */
export const MAX_ALERTS_PER_CHANGE = 500;
const MAX_COMMENT = 2000;

/** How a check run changed alerts. */
export interface AlertChanges {
  opened: number;
  updated: number;
  resolved: number;
}

/**
 * Alerts: opened, kept up to date and resolved by check runs (evaluateRun, inside the run's own
 * transaction), acknowledged and resolved by people. Who may act is the API's rule: ANALYST and
 * up may acknowledge and resolve, VIEWER may only read (API spec, "Roles"); here every method
 * takes the caller's tenant scope, and an alert outside it does not exist.
 */
@Injectable()
export class AlertsService {
  constructor(
    @Inject(AlertsRepository) private readonly repo: AlertsRepository,
    @Inject(NotificationsService) private readonly notifications: NotificationsService,
  ) {}

  /**
   * Called by check-runs.repository.ts in the transaction that stores the run, after its results
   * are written (under the tenant's run lock, so runs of one tenant are judged one at a time):
   * a failure here rolls the run back, and a run that fails to store changes no alert. The
   * notifications of the change are written in the same transaction: one message per channel
   * for the alerts the run opened, one for those it resolved; a check that stays bad (UPDATE)
   * sends nothing.
   */
  async evaluateRun(
    tx: Tx,
    tenantId: string,
    runId: string,
    stored: readonly CheckResult[],
    now: Date,
  ): Promise<AlertChanges> {
    const current = stored.map(toRef);
    const [previous, unresolved] = await Promise.all([
      this.repo.previousResults(
        tx,
        tenantId,
        current.map((r) => r.checkId),
        runId,
      ),
      this.repo.unresolved(tx, tenantId),
    ]);
    const decisions = decideAlerts({ previous, current, unresolved, now });
    const opened: Alert[] = [];
    const resolved: Alert[] = [];
    for (const d of decisions) {
      const changed = await this.apply(tx, tenantId, d, now);
      if (d.type === 'OPEN' && changed) opened.push(changed);
      if (d.type === 'RESOLVE' && changed) resolved.push(changed);
    }
    const context = { runId, actor: null, at: now };
    await this.notifications.enqueue(tx, tenantId, 'OPENED', opened, context);
    await this.notifications.enqueue(tx, tenantId, 'RESOLVED', resolved, context);
    await this.supersedeDrift(tx, tenantId, decisions, now);
    return {
      opened: decisions.filter((d) => d.type === 'OPEN').length,
      updated: decisions.filter((d) => d.type === 'UPDATE').length,
      resolved: decisions.filter((d) => d.type === 'RESOLVE').length,
    };
  }

  private async apply(
    tx: Tx,
    tenantId: string,
    d: AlertDecision,
    now: Date,
  ): Promise<Alert | null> {
    switch (d.type) {
      case 'OPEN':
        return this.repo.open(tx, tenantId, d.alert, now);
      case 'UPDATE':
        await this.repo.pointAt(tx, { tenantId, id: d.alertId }, d.result, now);
        return null;
      case 'RESOLVE':
        return this.repo.autoResolve(tx, { tenantId, id: d.alertId }, d.result, d.comment, now);
    }
  }

  /**
   * A regression this run opened explains the drift of its check seen since the check's
   * previous result: those DRIFT alerts resolve themselves (drift-alerts.ts).
   */
  private async supersedeDrift(
    tx: Tx,
    tenantId: string,
    decisions: readonly AlertDecision[],
    now: Date,
  ): Promise<void> {
    for (const d of decisions) {
      if (d.type !== 'OPEN') continue;
      const comment = `${DRIFT_SUPERSEDED_COMMENT} (${d.alert.kind})`;
      const result = { id: d.alert.resultId, runId: d.alert.runId, status: d.alert.afterStatus };
      await this.repo.supersedeDrift(
        tx,
        tenantId,
        d.alert.checkId,
        d.alert.previousResultId,
        result,
        comment,
        now,
      );
    }
  }

  /**
   * Called by IngestService in the transaction that stores a snapshot and its drift (under the
   * tenant's snapshot lock): the INFO alerts that drift raises (drift-alerts.ts). `events` are
   * the changes of the sources the snapshot is the newest for.
   */
  async raiseDriftAlerts(
    tx: Tx,
    tenantId: string,
    events: readonly DriftEventRef[],
    now: Date,
  ): Promise<{ opened: number; extended: number }> {
    const checkIds = [...new Set(events.flatMap((e) => e.checkIds))];
    if (checkIds.length === 0) return { opened: 0, extended: 0 };
    const [shownAsRegression, openDrift] = await Promise.all([
      this.repo.checksWithUnresolved(tx, tenantId, checkIds),
      this.repo.openDrift(tx, tenantId, checkIds),
    ]);
    const decisions = decideDriftAlerts({ events, shownAsRegression, openDrift });
    const opened: Alert[] = [];
    let extended = 0;
    for (const d of decisions) {
      if (d.type === 'APPEND') {
        const key = { tenantId, id: d.alertId };
        if (await this.repo.extendDriftAlert(tx, key, d, now)) {
          extended++;
          continue;
        }
        // Acknowledged (or resolved) meanwhile: the new changes open a new alert.
        opened.push(
          await this.repo.openDriftAlert(
            tx,
            tenantId,
            { checkId: d.checkId, summary: driftSummary(d.added), items: d.added },
            now,
          ),
        );
      } else {
        opened.push(await this.repo.openDriftAlert(tx, tenantId, d, now));
      }
    }
    // Channels that carry INFO drift alerts hear of new ones, written with the snapshot; changes
    // joining an OPEN alert send nothing more (like a check that stays failing).
    await this.notifications.enqueue(tx, tenantId, 'OPENED', opened, {
      runId: null,
      actor: null,
      at: now,
    });
    return { opened: opened.length, extended };
  }

  list(scope: TenantScope, args: ListArgs, f: AlertFilter = {}): Promise<Alert[]> {
    return this.repo.page(scope, f, args);
  }

  count(scope: TenantScope, f: AlertFilter = {}): Promise<number> {
    return this.repo.count(scope, f);
  }

  /** Unresolved (OPEN or ACKNOWLEDGED) alerts per severity, every severity listed, worst first. */
  async openCounts(
    scope: TenantScope,
    tenantId: string | null = null,
  ): Promise<Array<{ severity: Severity; count: number }>> {
    const rows = await this.repo.openCounts(scope, tenantId);
    return Object.values(Severity).map((severity) => ({
      severity,
      count: rows.find((r) => r.severity === severity)?.count ?? 0,
    }));
  }

  async get(scope: TenantScope, id: string): Promise<Alert> {
    const a = await this.repo.find(scope, id);
    if (!a) throw new AlertNotFound([id]);
    return a;
  }

  /** OPEN → ACKNOWLEDGED for every listed alert, or none of them; the comment is optional. */
  async acknowledge(
    scope: TenantScope,
    actor: string,
    ids: readonly string[],
    comment: string | null,
    now = new Date(),
  ): Promise<Alert[]> {
    const text = cleanComment(comment, false);
    const who = { by: actor, comment: text };
    return this.change(scope, 'acknowledge', ids, ['OPEN'], who, now, {
      state: 'ACKNOWLEDGED',
      acknowledgedAt: now,
      acknowledgedBy: actor,
      acknowledgeComment: text,
      updatedAt: now,
    });
  }

  /**
   * OPEN or ACKNOWLEDGED → RESOLVED for every listed alert, or none of them. A person resolving
   * says why (the check may still fail: the alert will not open again until it regresses anew).
   */
  async resolve(
    scope: TenantScope,
    actor: string,
    ids: readonly string[],
    comment: string,
    now = new Date(),
  ): Promise<Alert[]> {
    const text = cleanComment(comment, true);
    const who = { by: actor, comment: text };
    return this.change(scope, 'resolve', ids, ['OPEN', 'ACKNOWLEDGED'], who, now, {
      state: 'RESOLVED',
      resolvedAt: now,
      resolvedBy: actor,
      resolveComment: text,
      updatedAt: now,
    });
  }

  private async change(
    scope: TenantScope,
    action: 'acknowledge' | 'resolve',
    ids: readonly string[],
    from: readonly AlertState[],
    actor: { by: string; comment: string | null },
    now: Date,
    data: Parameters<AlertsRepository['transition']>[2],
  ): Promise<Alert[]> {
    const wanted = [...new Set(ids)];
    if (wanted.length === 0) {
      throw new InvalidInput(`name at least one alert to ${action}`, [
        { path: 'ids', reason: 'must not be empty' },
      ]);
    }
    if (wanted.length > MAX_ALERTS_PER_CHANGE) {
      throw new InvalidInput(`at most ${MAX_ALERTS_PER_CHANGE} alerts at once`, [
        { path: 'ids', reason: `at most ${MAX_ALERTS_PER_CHANGE}` },
      ]);
    }
    const found = await this.repo.findMany(scope, wanted);
    const missing = wanted.filter((id) => !found.some((a) => a.id === id));
    if (missing.length) throw new AlertNotFound(missing);
    const offending = found.filter((a) => !from.includes(a.state));
    if (offending.length) throw new InvalidAlertTransition(action, offending);
    const event = action === 'acknowledge' ? 'ACKNOWLEDGED' : 'RESOLVED';
    const changed = await this.repo.transition(found, from, data, (tx, alerts) =>
      this.notifications.enqueueByPerson(tx, event, alerts, actor, now),
    );
    if (changed) return changed;
    // Someone (or a run) changed one of them meanwhile: report what they are now.
    const current = await this.repo.findMany(scope, wanted);
    const moved = current.filter((a) => !from.includes(a.state));
    if (moved.length) throw new InvalidAlertTransition(action, moved);
    throw new AlertNotFound(wanted.filter((id) => !current.some((a) => a.id === id)));
  }
}

function cleanComment(comment: string | null, required: boolean): string | null {
  const text = comment?.trim() ?? '';
  if (required && text === '') {
    throw new InvalidInput('say why the alert is resolved', [
      { path: 'comment', reason: 'must not be empty' },
    ]);
  }
  if (text.length > MAX_COMMENT) {
    throw new InvalidInput(`the comment is longer than ${MAX_COMMENT} characters`, [
      { path: 'comment', reason: `at most ${MAX_COMMENT} characters` },
    ]);
  }
  return text === '' ? null : text;
}

function toRef(r: CheckResult): ResultRef {
  return {
    id: r.id,
    runId: r.runId,
    checkId: r.checkId,
    status: r.status,
    severity: r.severity,
    metric: r.metric,
    summary: r.summary,
    evidence: r.evidence,
  };
}
