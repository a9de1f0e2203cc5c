import { Inject, Injectable } from '@nestjs/common';
import { Db } from '../database/db.js';

export interface TenantFigure {
  tenantId: string;
  value: number;
}

export interface OpsFigures {
  /** Rows inserted by finished ingestion runs, per tenant (pushes and pulls). */
  ingestedRows: TenantFigure[];
  /** Seconds since the newest sign-in was stored (push or pull), per tenant. */
  ingestLagSeconds: TenantFigure[];
  /** Sign-ins stored for today (UTC), per tenant, from the rollups kept at ingest. */
  signInsToday: TenantFigure[];
  /** How long the newest finished check run took, per tenant. */
  lastCheckRunSeconds: TenantFigure[];
  checkRunsFailed: TenantFigure[];
  openAlerts: { tenantId: string; severity: string; value: number }[];
  /** Jobs waiting in the queue (pg-boss), per queue. */
  queueDepth: { queue: string; value: number }[];
  notificationsPending: number;
  deliveryFailures: number;
}

/**
 * What `/ready` and `/metrics` read. Every figure is an aggregate over small, indexed tables
 * (runs, alerts, outbox); none reads sign-ins. Figures come from the database so every process
 * reports the same numbers, whichever did the work.
 */
@Injectable()
export class OpsRepository {
  constructor(@Inject(Db) private readonly db: Db) {}

  /** Throws when the database (and the queue, which lives in it) cannot answer. */
  async probe(): Promise<{ database: true; queue: boolean }> {
    const { rows } = await this.db.pool.query<{ queue: boolean }>(
      `SELECT to_regclass('pgboss.job') IS NOT NULL AS queue`,
    );
    return { database: true, queue: rows[0]?.queue ?? false };
  }

  async figures(): Promise<OpsFigures> {
    const q = async <T extends object>(sql: string): Promise<T[]> =>
      (await this.db.pool.query<T>(sql)).rows;
    const [ingested, lag, today, runs, failed, alerts, pending, failures, hasQueue] =
      await Promise.all([
        q<{ tenant_id: string; v: string }>(
          `SELECT tenant_id, sum(inserted)::bigint AS v FROM ingestion_runs GROUP BY tenant_id`,
        ),
        q<{ tenant_id: string; v: number }>(
          `SELECT tenant_id, extract(epoch FROM now() - last_ingested_at)::float8 AS v
           FROM sign_in_freshness`,
        ),
        q<{ tenant_id: string; v: string }>(
          `SELECT tenant_id, sum(count)::bigint AS v FROM sign_in_daily_counts
          WHERE day = (now() AT TIME ZONE 'UTC')::date GROUP BY tenant_id`,
        ),
        q<{ tenant_id: string; v: number }>(
          `SELECT DISTINCT ON (tenant_id) tenant_id, duration_ms / 1000.0 AS v
           FROM check_runs WHERE duration_ms IS NOT NULL
          ORDER BY tenant_id, started_at DESC`,
        ),
        q<{ tenant_id: string; v: string }>(
          `SELECT tenant_id, count(*) AS v FROM check_runs WHERE status = 'FAILED' GROUP BY tenant_id`,
        ),
        q<{ tenant_id: string; severity: string; v: string }>(
          `SELECT tenant_id, severity::text, count(*) AS v FROM alerts
          WHERE state <> 'RESOLVED' GROUP BY tenant_id, severity`,
        ),
        q<{ v: string }>(`SELECT count(*) AS v FROM notification_messages WHERE state = 'PENDING'`),
        q<{ v: string }>(`SELECT count(*) AS v FROM notification_deliveries WHERE NOT ok`),
        q<{ ok: boolean }>(`SELECT to_regclass('pgboss.job') IS NOT NULL AS ok`),
      ]);
    const queue = hasQueue[0]?.ok
      ? await q<{ name: string; v: string }>(
          `SELECT name, count(*) AS v FROM pgboss.job
            WHERE state IN ('created', 'retry') GROUP BY name`,
        )
      : [];
    const num = (rows: { tenant_id: string; v: string | number }[]) =>
      rows.map((r) => ({ tenantId: r.tenant_id, value: Number(r.v) }));
    return {
      ingestedRows: num(ingested),
      ingestLagSeconds: num(lag),
      signInsToday: num(today),
      lastCheckRunSeconds: num(runs),
      checkRunsFailed: num(failed),
      openAlerts: alerts.map((r) => ({
        tenantId: r.tenant_id,
        severity: r.severity,
        value: Number(r.v),
      })),
      queueDepth: queue.map((r) => ({ queue: r.name, value: Number(r.v) })),
      notificationsPending: Number(pending[0]?.v ?? 0),
      deliveryFailures: Number(failures[0]?.v ?? 0),
    };
  }
}
