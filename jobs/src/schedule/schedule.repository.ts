import { Inject, Injectable } from '@nestjs/common';
import type { PoolClient } from 'pg';
import { Db } from '../database/db.js';

export interface DueSchedule {
  tenantId: string;
  cron: string;
  nextRunAt: Date;
}

@Injectable()
export class ScheduleRepository {
  constructor(@Inject(Db) private readonly db: Db) {}

  /** Tenants and their cron (from settings), with the schedule row when one exists. */
  async tenantsWithCron(): Promise<
    Array<{ tenantId: string; cron: string; scheduled: string | null }>
  > {
    const { rows } = await this.db.pool.query<{
      tenant_id: string;
      cron: string;
      scheduled: string | null;
    }>(
      `SELECT t.id AS tenant_id, coalesce(t.settings->>'checkSchedule', '0 * * * *') AS cron, s.cron AS scheduled
         FROM tenants t LEFT JOIN tenant_schedules s ON s.tenant_id = t.id
        ORDER BY t.id`,
    );
    return rows.map((r) => ({ tenantId: r.tenant_id, cron: r.cron, scheduled: r.scheduled }));
  }

  /** Creates or re-times a tenant's schedule (when its cron setting changed). */
  async upsert(tenantId: string, cron: string, nextRunAt: Date): Promise<void> {
    await this.db.pool.query(
      `INSERT INTO tenant_schedules (tenant_id, cron, next_run_at) VALUES ($1, $2, $3)
       ON CONFLICT (tenant_id) DO UPDATE SET cron = EXCLUDED.cron, next_run_at = EXCLUDED.next_run_at, updated_at = now()
        WHERE tenant_schedules.cron IS DISTINCT FROM EXCLUDED.cron`,
      [tenantId, cron, nextRunAt],
    );
  }

  async due(now: Date): Promise<DueSchedule[]> {
    const { rows } = await this.db.pool.query<{
      tenant_id: string;
      cron: string;
      next_run_at: Date;
    }>(
      `SELECT tenant_id, cron, next_run_at FROM tenant_schedules WHERE next_run_at <= $1 ORDER BY next_run_at LIMIT 1000`,
      [now],
    );
    return rows.map((r) => ({ tenantId: r.tenant_id, cron: r.cron, nextRunAt: r.next_run_at }));
  }

  /**
   * Claims one slot: moves next_run_at from `slot` to `next` only if nobody did first, and, in
   * the same transaction, lets `enqueue` write the job. Exactly one scheduler wins a slot, and a
   * claimed slot always has its job.
   */
  async claim(
    tenantId: string,
    slot: Date,
    next: Date,
    enqueue: (client: PoolClient) => Promise<void>,
  ): Promise<boolean> {
    const client = await this.db.pool.connect();
    try {
      await client.query('BEGIN');
      const res = await client.query(
        `UPDATE tenant_schedules SET next_run_at = $3, updated_at = now() WHERE tenant_id = $1 AND next_run_at = $2`,
        [tenantId, slot, next],
      );
      if (res.rowCount !== 1) {
        await client.query('ROLLBACK');
        return false;
      }
      await enqueue(client);
      await client.query('COMMIT');
      return true;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      client.release();
    }
  }
}
