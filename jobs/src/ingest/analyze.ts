import { Inject, Injectable, Logger } from '@nestjs/common';
import { Db } from '../database/db.js';

/** A sign-in partition is analyzed once this many rows + this share of its rows changed. */
const ANALYZE_BASE_ROWS = 1_000;
const ANALYZE_SCALE = 0.1;

/**
 * Statistics of the sign-in partitions after bulk loads. PostgreSQL plans the list queries and
 * the count estimates from them (jobs/src/browse), and a server with autovacuum off (like the
 * embedded one) never gathers them. After a push or a pull, `loaded()` ANALYZEs each partition
 * whose rows changed by more than autovacuum's own threshold (base + scale × rows, from
 * pg_stat_user_tables.n_mod_since_analyze): in the background, one pass at a time, so a load
 * never waits for it and a burst of loads runs at most one more pass. It runs VACUUM (ANALYZE),
 * which also sets the visibility map (index-only scans), on a freshly loaded, insert-only
 * partition little more than the ANALYZE's own read.
 */
@Injectable()
export class SignInStatistics {
  private readonly log = new Logger('SignInStatistics');
  private running: Promise<string[]> | null = null;
  private again = false;

  constructor(@Inject(Db) private readonly db: Db) {}

  /** Called by ingestion after rows were stored; returns at once. */
  loaded(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.analyzeStale()
      .catch((err: unknown) => {
        this.log.warn(`ANALYZE of sign-in partitions failed: ${String(err)}`);
        return [];
      })
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.loaded();
        }
      });
  }

  /** The pass in flight, if any (tests and shutdown wait for it). */
  async settled(): Promise<void> {
    while (this.running) await this.running;
  }

  /** VACUUM (ANALYZE)s the partitions of sign_ins (and `tables`) past the threshold; returns their names. */
  async analyzeStale(tables: readonly string[] = ['sign_ins']): Promise<string[]> {
    const { rows } = await this.db.pool.query<{ name: string }>(
      `SELECT format('%I.%I', s.schemaname, s.relname) AS name
         FROM pg_inherits i
         JOIN pg_stat_user_tables s ON s.relid = i.inhrelid
        WHERE i.inhparent = ANY(SELECT to_regclass(t) FROM unnest($1::text[]) t)
          AND (s.last_analyze IS NULL AND s.last_autoanalyze IS NULL AND s.n_live_tup > 0
               OR s.n_mod_since_analyze > $2::float8 + $3::float8 * s.n_live_tup)
        ORDER BY s.relname`,
      [tables, ANALYZE_BASE_ROWS, ANALYZE_SCALE],
    );
    // VACUUM (ANALYZE): the statistics, and the visibility map, without which an index-only
    // scan (a deep page's boundary on the primary key) still reads every heap page it covers.
    for (const r of rows) await this.db.pool.query(`VACUUM (ANALYZE) ${r.name}`);
    return rows.map((r) => r.name);
  }
}
