import { Inject, Injectable } from '@nestjs/common';
import {
  Prisma,
  type Alert,
  type AlertKind,
  type AlertState,
  type Severity,
} from '@posture/prisma';
import type { ListArgs } from '../common/list-args.js';
import { byIdWhere, idsWhere, pageOf, sortOf, tenantWhere } from '../common/repository-helpers.js';
import { Db, type Tx } from '../database/db.js';
import type { TenantScope } from '../scope.js';
import type { OpenDriftAlertRef } from './drift-alerts.js';
import type { AlertItem, NewAlert, ResultRef, UnresolvedAlertRef } from './regression.js';

export interface AlertFilter {
  tenantId?: string | null;
  ids?: string[] | null;
  checkId?: string | null;
  /** One state, or any of several (the dashboard's "open" is OPEN or ACKNOWLEDGED). */
  state?: AlertState | readonly AlertState[] | null;
  severity?: Severity | null;
  /** One kind, or any of several. */
  kind?: AlertKind | readonly AlertKind[] | null;
  /** Words found in the check id or the summary, case-insensitive. */
  q?: string | null;
}

/** An alert's primary key: tenant first, like every tenant-owned table. */
export interface AlertKey {
  tenantId: string;
  id: string;
}

/** Raised inside a transition's transaction when a row changed state meanwhile; rolls it back. */
class StateChangedMeanwhile extends Error {}

@Injectable()
export class AlertsRepository {
  constructor(@Inject(Db) private readonly db: Db) {}

  // --- Within a check run's transaction (check-runs.repository.ts) ---------------------------

  /** The newest result of each check before `runId`: one index probe per check. */
  async previousResults(
    tx: Tx,
    tenantId: string,
    checkIds: readonly string[],
    runId: string,
  ): Promise<ResultRef[]> {
    if (checkIds.length === 0) return [];
    const rows = await tx.$queryRaw<Array<ResultRef & { metric: number | null }>>`
      SELECT r.id::text AS "id", r.run_id::text AS "runId", r.check_id AS "checkId",
             r.status::text AS "status", r.severity::text AS "severity", r.metric, r.summary,
             r.evidence
        FROM unnest(${[...checkIds]}::text[]) AS c(check_id)
        CROSS JOIN LATERAL (
          SELECT * FROM check_results x
           WHERE x.tenant_id = ${tenantId}::uuid AND x.check_id = c.check_id
             AND x.run_id <> ${runId}::uuid
           ORDER BY x.evaluated_at DESC, x.id DESC
           LIMIT 1) r`;
    return rows.map((r) => ({ ...r, metric: r.metric === null ? null : Number(r.metric) }));
  }

  /** The tenant's alerts that are not RESOLVED, DRIFT aside (the dedupe index's rows). */
  async unresolved(tx: Tx, tenantId: string): Promise<UnresolvedAlertRef[]> {
    return tx.alert.findMany({
      where: { tenantId, state: { not: 'RESOLVED' }, kind: { not: 'DRIFT' } },
      select: { id: true, checkId: true },
    });
  }

  open(tx: Tx, tenantId: string, a: NewAlert, at: Date): Promise<Alert> {
    return tx.alert.create({
      data: {
        tenantId,
        checkId: a.checkId,
        kind: a.kind,
        state: 'OPEN',
        severity: a.severity,
        summary: a.summary,
        beforeStatus: a.beforeStatus,
        afterStatus: a.afterStatus,
        latestStatus: a.afterStatus,
        beforeMetric: a.beforeMetric,
        afterMetric: a.afterMetric,
        previousResultId: a.previousResultId,
        firstResultId: a.resultId,
        firstRunId: a.runId,
        latestResultId: a.resultId,
        latestRunId: a.runId,
        items: a.items as unknown as Prisma.InputJsonValue,
        openedAt: at,
        updatedAt: at,
      },
    });
  }

  /** Points an unresolved alert at a newer result of its check. */
  async pointAt(tx: Tx, key: AlertKey, result: ResultRef, at: Date): Promise<void> {
    await tx.alert.update({
      where: { tenantId_id: key },
      data: {
        latestResultId: result.id,
        latestRunId: result.runId,
        latestStatus: result.status,
        updatedAt: at,
      },
    });
  }

  autoResolve(tx: Tx, key: AlertKey, result: ResultRef, comment: string, at: Date): Promise<Alert> {
    return tx.alert.update({
      where: { tenantId_id: key },
      data: {
        state: 'RESOLVED',
        latestResultId: result.id,
        latestRunId: result.runId,
        latestStatus: result.status,
        resolvedAt: at,
        resolvedBy: null,
        resolveComment: comment,
        autoResolved: true,
        updatedAt: at,
      },
    });
  }

  /**
   * Resolves the check's DRIFT alerts that hold a change recorded after `previousResultId` was
   * evaluated: the run that opened a regression alert for the check explains that change now.
   * The alerts point at the run's result, and say so. Conditional on the state, so a person's
   * concurrent acknowledge or resolve is never overwritten by a stale read.
   */
  async supersedeDrift(
    tx: Tx,
    tenantId: string,
    checkId: string,
    previousResultId: string,
    result: Pick<ResultRef, 'id' | 'runId' | 'status'>,
    comment: string,
    at: Date,
  ): Promise<number> {
    return tx.$executeRaw`
      UPDATE alerts a
         SET state = 'RESOLVED', resolved_at = ${at}, resolved_by = NULL,
             resolve_comment = ${comment}, auto_resolved = true, updated_at = ${at},
             latest_result_id = ${result.id}::uuid, latest_run_id = ${result.runId}::uuid,
             latest_status = ${result.status}::"CheckStatus"
        FROM check_results p
       WHERE a.tenant_id = ${tenantId}::uuid AND a.check_id = ${checkId}
         AND a.kind = 'DRIFT' AND a.state <> 'RESOLVED'
         AND p.tenant_id = a.tenant_id AND p.id = ${previousResultId}::uuid
         AND EXISTS (SELECT 1 FROM jsonb_array_elements(a.items) i
                      WHERE (i -> 'row' ->> 'detectedAt')::timestamptz > p.evaluated_at)`;
  }

  // --- Within a snapshot's transaction (drift alerts) ---------------------------------------

  /** Of `checkIds`, those with an unresolved alert of another kind than DRIFT. */
  async checksWithUnresolved(
    tx: Tx,
    tenantId: string,
    checkIds: readonly string[],
  ): Promise<Set<string>> {
    if (checkIds.length === 0) return new Set();
    const rows = await tx.alert.findMany({
      where: {
        tenantId,
        checkId: { in: [...checkIds] },
        state: { not: 'RESOLVED' },
        kind: { not: 'DRIFT' },
      },
      select: { checkId: true },
    });
    return new Set(rows.map((r) => r.checkId));
  }

  /** The tenant's OPEN (unacknowledged) DRIFT alerts of these checks. */
  async openDrift(
    tx: Tx,
    tenantId: string,
    checkIds: readonly string[],
  ): Promise<OpenDriftAlertRef[]> {
    if (checkIds.length === 0) return [];
    const rows = await tx.alert.findMany({
      where: { tenantId, checkId: { in: [...checkIds] }, kind: 'DRIFT', state: 'OPEN' },
      select: { id: true, checkId: true, items: true },
    });
    return rows.map((r) => ({ ...r, items: r.items as unknown as AlertItem[] }));
  }

  async openDriftAlert(
    tx: Tx,
    tenantId: string,
    a: { checkId: string; summary: string; items: AlertItem[] },
    at: Date,
  ): Promise<Alert> {
    return tx.alert.create({
      data: {
        tenantId,
        checkId: a.checkId,
        kind: 'DRIFT',
        state: 'OPEN',
        severity: 'INFO',
        summary: a.summary,
        items: a.items as unknown as Prisma.InputJsonValue,
        openedAt: at,
        updatedAt: at,
      },
    });
  }

  /**
   * Replaces an OPEN drift alert's items and summary; false when it is no longer OPEN (someone
   * acknowledged it, or a run resolved it, meanwhile): the caller then opens a new one.
   */
  async extendDriftAlert(
    tx: Tx,
    key: AlertKey,
    a: { summary: string; items: AlertItem[] },
    at: Date,
  ): Promise<boolean> {
    const { count } = await tx.alert.updateMany({
      where: { ...key, kind: 'DRIFT', state: 'OPEN' },
      data: {
        summary: a.summary,
        items: a.items as unknown as Prisma.InputJsonValue,
        updatedAt: at,
      },
    });
    return count === 1;
  }

  // --- Reads ---------------------------------------------------------------------------------

  private where(scope: TenantScope, f: AlertFilter): Prisma.AlertWhereInput {
    return {
      ...tenantWhere(scope, f.tenantId),
      ...idsWhere(f.ids),
      ...(f.checkId ? { checkId: f.checkId } : {}),
      ...(typeof f.state === 'string'
        ? { state: f.state }
        : f.state?.length
          ? { state: { in: [...f.state] } }
          : {}),
      ...(f.severity ? { severity: f.severity } : {}),
      ...(typeof f.kind === 'string'
        ? { kind: f.kind }
        : f.kind?.length
          ? { kind: { in: [...f.kind] } }
          : {}),
      ...(f.q?.trim()
        ? {
            OR: [
              { checkId: { contains: f.q.trim(), mode: 'insensitive' as const } },
              { summary: { contains: f.q.trim(), mode: 'insensitive' as const } },
            ],
          }
        : {}),
    };
  }

  /** How many alerts are OPEN or ACKNOWLEDGED, per severity (severities with none left out). */
  async openCounts(
    scope: TenantScope,
    tenantId: string | null,
  ): Promise<Array<{ severity: Severity; count: number }>> {
    const rows = await this.db.prisma.alert.groupBy({
      by: ['severity'],
      where: { ...tenantWhere(scope, tenantId), state: { in: ['OPEN', 'ACKNOWLEDGED'] } },
      _count: { _all: true },
    });
    return rows.map((r) => ({ severity: r.severity, count: r._count._all }));
  }

  page(scope: TenantScope, f: AlertFilter, args: ListArgs): Promise<Alert[]> {
    // Enum order in PostgreSQL is declaration order (CRITICAL first): severity sorts ascending
    // unless DESC is asked for, like check results.
    const orderBy =
      args.sortField === 'severity'
        ? {
            severity:
              args.sortOrder?.toUpperCase() === 'DESC' ? ('desc' as const) : ('asc' as const),
          }
        : sortOf(args, {
            fields: ['openedAt', 'updatedAt', 'resolvedAt', 'checkId', 'state', 'kind'],
            fallback: 'openedAt',
            fallbackDirection: 'desc',
          });
    return this.db.prisma.alert.findMany({
      where: this.where(scope, f),
      orderBy: [orderBy, { id: 'asc' }],
      ...pageOf(args),
    });
  }

  count(scope: TenantScope, f: AlertFilter): Promise<number> {
    return this.db.prisma.alert.count({ where: this.where(scope, f) });
  }

  find(scope: TenantScope, id: string): Promise<Alert | null> {
    const where = byIdWhere(scope, id);
    return where ? this.db.prisma.alert.findFirst({ where }) : Promise.resolve(null);
  }

  /** The listed alerts the scope may see (ids that are not UUIDs match nothing). */
  findMany(scope: TenantScope, ids: readonly string[]): Promise<Alert[]> {
    return this.db.prisma.alert.findMany({
      where: { ...tenantWhere(scope), ...idsWhere([...ids]) },
    });
  }

  // --- Transitions by people -----------------------------------------------------------------

  /**
   * Moves every listed alert that is in one of `from` to the new state, all or none: when any
   * of them left `from` meanwhile (a run resolved it, someone else acted), nothing is written
   * and the answer is null. `then` runs in the same transaction with the changed alerts (the
   * notifications of the change are written with it).
   */
  async transition(
    keys: readonly AlertKey[],
    from: readonly AlertState[],
    data: Pick<
      Prisma.AlertUpdateManyMutationInput,
      | 'state'
      | 'acknowledgedAt'
      | 'acknowledgedBy'
      | 'acknowledgeComment'
      | 'resolvedAt'
      | 'resolvedBy'
      | 'resolveComment'
      | 'updatedAt'
    >,
    then: (tx: Tx, changed: Alert[]) => Promise<void> = async () => {},
  ): Promise<Alert[] | null> {
    const where: Prisma.AlertWhereInput = {
      OR: keys.map((k) => ({ tenantId: k.tenantId, id: k.id })),
    };
    try {
      return await this.db.prisma.$transaction(async (tx) => {
        const { count } = await tx.alert.updateMany({
          where: { ...where, state: { in: [...from] } },
          data: { ...data, autoResolved: false },
        });
        if (count !== keys.length) throw new StateChangedMeanwhile();
        const changed = await tx.alert.findMany({ where, orderBy: { openedAt: 'desc' } });
        await then(tx, changed);
        return changed;
      });
    } catch (err) {
      if (err instanceof StateChangedMeanwhile) return null;
      throw err;
    }
  }
}
