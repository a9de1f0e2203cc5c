import { Inject, Injectable, Logger } from '@nestjs/common';
import { Db } from '../database/db.js';

/**
 * The tables the sign-in rollup trigger writes (posture_sign_in_rollup_sql): plain tables, kept
 * by the same passes as the partitions, so the checks' queries on them are planned from
 * statistics on a server without autovacuum.
 */
export const SIGN_IN_ROLLUP_TABLES = [
  'sign_in_daily_counts',
  'sign_in_exchange_user_days',
  'sign_in_freshness',
  'sign_in_legacy_clients',
  'sign_in_legacy_user_days',
  'sign_in_mobile_app_days',
  'sign_in_protocol_days',
] as const;

/** A sign-in partition is analyzed once this many rows + this share of its rows changed. */
const ANALYZE_BASE_ROWS = 1_000;
const ANALYZE_SCALE = 0.1;
/**
 * A table is vacuumed (without ANALYZE when its statistics are still fresh) once this many rows
 * were inserted since its last VACUUM: the rows of the last tenth of a load are otherwise left
 * out of the visibility map, and every index-only scan over them reads the heap.
 */
export const VACUUM_INSERTED_ROWS = 1_000;
/** A pass waits until loads have paused this long… */
const QUIET_MS = 1_000;
/** …or until the first load it covers is this old. */
const MAX_WAIT_MS = 30_000;

/**
 * Statistics of the sign-in partitions after bulk loads. PostgreSQL plans the list queries and
 * the count estimates from them (jobs/src/browse), and a server with autovacuum off (like the
 * embedded one) never gathers them. After a push or a pull, `loaded()` ANALYZEs each partition
 * whose rows changed by more than autovacuum's own threshold (base + scale × rows, from
 * pg_stat_user_tables.n_mod_since_analyze): in the background, one pass at a time, so a load
 * never waits for it. It runs VACUUM (ANALYZE), which also sets the visibility map (index-only
 * scans), on a freshly loaded, insert-only partition little more than the ANALYZE's own read.
 * A partition with VACUUM_INSERTED_ROWS new rows short of that threshold (the last tenth of a
 * long load) is vacuumed alone, so its new pages join the visibility map too.
 *
 * A pass reads up to 30,000 sample rows of each partition (about half a second for 50,000 rows
 * here), so it waits for the loads to pause (QUIET_MS without one) rather than running between
 * the batches of a bulk load, where it took a quarter of PostgreSQL's CPU and was stale within
 * seconds; under loads that never pause it still runs every MAX_WAIT_MS.
 */
@Injectable()
export class SignInStatistics {
  private readonly log = new Logger('SignInStatistics');
  private running: Promise<string[]> | null = null;
  private timer: NodeJS.Timeout | null = null;
  /** When the first and the last load not yet analyzed were announced (0: none). */
  private firstLoad = 0;
  private lastLoad = 0;

  constructor(@Inject(Db) private readonly db: Db) {}

  /** Called by ingestion after rows were stored; returns at once. */
  loaded(): void {
    const now = Date.now();
    if (this.firstLoad === 0) this.firstLoad = now;
    this.lastLoad = now;
    this.schedule();
  }

  /** Arms the timer for the next pass, unless one is armed or running (it re-arms when done). */
  private schedule(): void {
    if (this.timer || this.running || this.firstLoad === 0) return;
    const now = Date.now();
    const due = Math.min(this.lastLoad + QUIET_MS, this.firstLoad + MAX_WAIT_MS);
    this.timer = setTimeout(
      () => {
        this.timer = null;
        if (Date.now() < Math.min(this.lastLoad + QUIET_MS, this.firstLoad + MAX_WAIT_MS)) {
          this.schedule(); // loads came meanwhile: wait on
          return;
        }
        this.firstLoad = 0;
        this.lastLoad = 0;
        this.running = this.analyzeStale()
          .catch((err: unknown) => {
            this.log.warn(`ANALYZE of sign-in partitions failed: ${String(err)}`);
            return [];
          })
          .finally(() => {
            this.running = null;
            this.schedule(); // loads announced during the pass
          });
      },
      Math.max(0, due - now),
    );
    // A pending pass never keeps the process alive (when the clock runs, its partitions job
    // gathers what a stopped process left).
    this.timer.unref();
  }

  /** Until the pending pass, if any, has run (tests and shutdown wait for it). */
  async settled(): Promise<void> {
    while (this.timer || this.running) {
      if (this.running) await this.running;
      else await new Promise((r) => setTimeout(r, 50));
    }
  }

  /**
   * VACUUM (ANALYZE)s the partitions of sign_ins (and of `tables`) and the plain tables `plain`
   * (the rollups) that changed past the threshold, and VACUUMs those with VACUUM_INSERTED_ROWS
   * new rows short of it; returns their names.
   */
  async analyzeStale(
    tables: readonly string[] = ['sign_ins'],
    plain: readonly string[] = SIGN_IN_ROLLUP_TABLES,
  ): Promise<string[]> {
    const { rows } = await this.db.pool.query<{ name: string; stale: boolean }>(
      `SELECT name, stale FROM (
         SELECT format('%I.%I', s.schemaname, s.relname) AS name, s.relname,
                (s.last_analyze IS NULL AND s.last_autoanalyze IS NULL AND s.n_live_tup > 0
                 OR s.n_mod_since_analyze > $2::float8 + $3::float8 * s.n_live_tup) AS stale,
                s.n_ins_since_vacuum > $5::bigint AS unvacuumed
           FROM pg_stat_user_tables s
          WHERE s.relid IN (SELECT i.inhrelid FROM pg_inherits i
                             WHERE i.inhparent = ANY(SELECT to_regclass(t) FROM unnest($1::text[]) t))
             OR s.relid = ANY(SELECT to_regclass(t) FROM unnest($4::text[]) t)) c
        WHERE stale OR unvacuumed
        ORDER BY relname`,
      [tables, ANALYZE_BASE_ROWS, ANALYZE_SCALE, plain, VACUUM_INSERTED_ROWS],
    );
    // VACUUM: the visibility map, without which an index-only scan (a deep page's boundary on
    // the primary key) still reads every heap page it covers; on an insert-only table it reads
    // only the pages not yet marked. ANALYZE: the statistics, past the threshold.
    for (const r of rows) {
      await this.db.pool.query(`VACUUM ${r.stale ? '(ANALYZE) ' : ''}${r.name}`);
    }
    return rows.map((r) => r.name);
  }
}
