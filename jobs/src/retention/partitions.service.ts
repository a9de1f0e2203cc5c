import { Inject, Injectable, Logger } from '@nestjs/common';
import { Db } from '../database/db.js';
import { SignInStatistics } from '../ingest/analyze.js';
import { DEFAULT_TENANT_SETTINGS } from '../tenants/tenant-settings.js';

const DAY = 86_400_000;

/** A range-partitioned table whose whole partitions are dropped past a fixed retention. */
export interface RetainedTable {
  table: string;
  retentionDays: number;
}

export interface PartitionOptions {
  /** Month partitions of sign_ins created ahead of the current one (default 2). */
  monthsAhead: number;
  /**
   * Further range-partitioned tables kept by days, such as the sign-in rollups (default two
   * years, so history charts outlive raw sign-ins). From POSTURE_RETAINED_TABLES:
   * `name[:days],…` (days default 730). A table that does not exist is skipped.
   */
  retained: RetainedTable[];
}

export function parseRetainedTables(value: string | undefined): RetainedTable[] {
  if (!value?.trim()) return [];
  return value.split(',').map((part) => {
    const [table, days] = part.trim().split(':');
    const retentionDays = days === undefined ? 730 : Number(days);
    if (
      !table ||
      !/^[a-z_][a-z0-9_]*$/.test(table) ||
      !Number.isInteger(retentionDays) ||
      retentionDays < 1
    ) {
      throw new Error(`POSTURE_RETAINED_TABLES: "${part}" is not name[:days]`);
    }
    return { table, retentionDays };
  });
}

export interface MaintenanceReport {
  created: string[];
  dropped: string[];
  analyzed: string[];
}

/**
 * Partitions of sign_ins: created ahead, dropped whole past retention (never a DELETE of rows).
 *
 * Retention is a tenant setting (signInRetentionDays, default 90) but a month partition holds
 * every tenant's sign-ins of that month. So a partition is dropped only when all of it is older
 * than the LONGEST retention of any tenant; a tenant with a shorter one has its older rows
 * hidden from every read (browse filters at its retention; checks read the look-back window,
 * at most 90 days) until the partition goes. Rollups and other tables of `retained` keep their
 * own, longer retention.
 */
@Injectable()
export class PartitionsService {
  private readonly log = new Logger('Partitions');

  constructor(
    @Inject(Db) private readonly db: Db,
    @Inject(SignInStatistics) private readonly statistics: SignInStatistics,
  ) {}

  /** The oldest instant any tenant still keeps sign-ins from. */
  async signInCutoff(now: Date): Promise<Date> {
    const { rows } = await this.db.pool.query<{ days: number | null }>(
      `SELECT max(coalesce((settings->>'signInRetentionDays')::int, $1)) AS days FROM tenants`,
      [DEFAULT_TENANT_SETTINGS.signInRetentionDays],
    );
    const days = rows[0]?.days ?? DEFAULT_TENANT_SETTINGS.signInRetentionDays;
    return new Date(now.getTime() - days * DAY);
  }

  async maintain(options: PartitionOptions, now: Date = new Date()): Promise<MaintenanceReport> {
    const report: MaintenanceReport = { created: [], dropped: [], analyzed: [] };
    const existing = new Set((await this.partitions('sign_ins')).map((p) => p.name));
    for (let m = 0; m <= options.monthsAhead; m++) {
      const at = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + m, 1));
      const { rows } = await this.db.pool.query<{ name: string }>(
        'SELECT posture_ensure_sign_in_partition($1) AS name',
        [at],
      );
      const name = rows[0]!.name;
      if (!existing.has(name)) report.created.push(name);
    }
    const targets: Array<{ table: string; cutoff: Date }> = [
      { table: 'sign_ins', cutoff: await this.signInCutoff(now) },
      ...options.retained.map((t) => ({
        table: t.table,
        cutoff: new Date(now.getTime() - t.retentionDays * DAY),
      })),
    ];
    for (const { table, cutoff } of targets) {
      for (const p of await this.partitions(table)) {
        if (p.to === null || p.to.getTime() > cutoff.getTime()) continue;
        // The same lock as partition creation: an ingester never races a drop.
        const client = await this.db.pool.connect();
        try {
          await client.query('BEGIN');
          await client.query(
            `SELECT pg_advisory_xact_lock(hashtext('posture_sign_in_partitions'))`,
          );
          await client.query(`DROP TABLE IF EXISTS ${p.qualified}`);
          await client.query('COMMIT');
          report.dropped.push(p.name);
          this.log.log(`dropped ${p.name}: all of it before ${cutoff.toISOString()}`);
        } catch (err) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw err;
        } finally {
          client.release();
        }
      }
    }
    report.analyzed = await this.statistics.analyzeStale([
      'sign_ins',
      ...options.retained.map((t) => t.table),
    ]);
    return report;
  }

  /** The partitions of a range-partitioned table and the end of each range (null: MAXVALUE/default). */
  async partitions(
    table: string,
  ): Promise<Array<{ name: string; qualified: string; to: Date | null }>> {
    const { rows } = await this.db.pool.query<{ name: string; qualified: string; bound: string }>(
      `SELECT c.relname AS name, format('%I.%I', n.nspname, c.relname) AS qualified,
              pg_get_expr(c.relpartbound, c.oid) AS bound
         FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE i.inhparent = to_regclass($1)
        ORDER BY c.relname`,
      [table],
    );
    return rows.map((r) => {
      const to = /TO \('([^']+)'\)/.exec(r.bound)?.[1];
      return { name: r.name, qualified: r.qualified, to: to ? boundDate(to) : null };
    });
  }
}

/** A range bound as PostgreSQL prints it: '2021-01-01' or '2026-12-01 00:00:00+00'. */
export function boundDate(text: string): Date | null {
  const date = /^\d{4}-\d\d-\d\d$/.test(text) ? `${text}T00:00:00Z` : null;
  const ts = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d(?:\.\d+)?)([+-]\d\d)(?::?(\d\d))?$/.exec(text);
  const iso = date ?? (ts ? `${ts[1]}T${ts[2]}${ts[3]}:${ts[4] ?? '00'}` : null);
  const d = iso ? new Date(iso) : null;
  return d && !Number.isNaN(d.getTime()) ? d : null;
}
