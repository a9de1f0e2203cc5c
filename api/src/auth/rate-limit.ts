import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { Db } from '@posture/jobs';
import type { AuthContext } from './auth.types.js';

export const RATE_LIMITS = Symbol('RATE_LIMITS');

export interface RateLimits {
  /** Requests per minute for one API token or one signed-in user; 0 turns the limit off. */
  perMinute: number;
  /** Requests per minute from one address without a valid token (sign-in pages, probes). */
  anonymousPerMinute: number;
}

export interface RateDecision {
  allowed: boolean;
  /** Seconds until the current window ends (what `Retry-After` says). */
  retryAfterSeconds: number;
}

const MINUTE = 60_000;
const PRUNE_EVERY_MS = 10 * MINUTE;
const KEEP_MS = 24 * 60 * MINUTE;

/**
 * Fixed-window counters in PostgreSQL, so every process counts against the same budget (one
 * upsert per hit). A window is [floor(now / size) * size, + size); a caller may therefore get up
 * to twice the budget across one window boundary, which is the usual price of fixed windows and
 * still bounds a caller to the same order of magnitude.
 */
@Injectable()
export class RateLimitStore {
  private readonly log = new Logger('RateLimit');
  private lastPrune = 0;

  constructor(@Inject(Db) private readonly db: Db) {}

  private windowOf(now: Date, windowMs: number): Date {
    return new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  }

  /**
   * Counts `n` more events in the bucket's current window and answers the window's count. One
   * statement on the pg pool: a request's budget is checked on every call, so it takes no ORM
   * round of its own.
   */
  async hit(bucket: string, windowMs: number, now = new Date(), n = 1): Promise<number> {
    const windowStart = this.windowOf(now, windowMs);
    this.pruneNow(now);
    const { rows } = await this.db.pool.query<{ count: number }>(
      `INSERT INTO rate_limit_counters AS c (bucket, window_start, count)
       VALUES ($1, $2, $3)
       ON CONFLICT (bucket) DO UPDATE SET
         count = CASE WHEN c.window_start = EXCLUDED.window_start THEN c.count + EXCLUDED.count
                      WHEN c.window_start > EXCLUDED.window_start THEN c.count
                      ELSE EXCLUDED.count END,
         window_start = greatest(c.window_start, EXCLUDED.window_start)
       RETURNING count`,
      [bucket, windowStart, n],
    );
    return rows[0]!.count;
  }

  /** The bucket's count in the current window (0 when its row is of an older window). */
  async count(bucket: string, windowMs: number, now = new Date()): Promise<number> {
    const rows = await this.db.prisma.$queryRaw<Array<{ count: number }>>`
      SELECT count FROM rate_limit_counters
       WHERE bucket = ${bucket} AND window_start = ${this.windowOf(now, windowMs)}`;
    return rows[0]?.count ?? 0;
  }

  async clear(bucket: string): Promise<void> {
    await this.db.prisma.$executeRaw`DELETE FROM rate_limit_counters WHERE bucket = ${bucket}`;
  }

  /** Milliseconds from `now` to the end of its window. */
  remainingMs(windowMs: number, now = new Date()): number {
    return this.windowOf(now, windowMs).getTime() + windowMs - now.getTime();
  }

  /** Deletes windows over a day old, at most every ten minutes per process, in the background. */
  private pruneNow(now: Date): void {
    if (now.getTime() - this.lastPrune < PRUNE_EVERY_MS) return;
    this.lastPrune = now.getTime();
    const before = new Date(now.getTime() - KEEP_MS);
    this.db.prisma
      .$executeRaw`DELETE FROM rate_limit_counters WHERE window_start < ${before}`.catch(
      (err: unknown) => this.log.warn(`pruning old rate-limit windows failed: ${String(err)}`),
    );
  }
}

/** Below this budget every request is counted in PostgreSQL before it is answered. */
export const LOCAL_COUNTING_MIN_LIMIT = 100;
/** How often counts kept in the process are added to PostgreSQL's. */
export const RATE_FLUSH_MS = 200;
/** Most callers whose counts one process keeps at once (more are counted in PostgreSQL). */
const MAX_LOCAL_BUCKETS = 10_000;

interface LocalCount {
  /** Start of the window (ms) these counts belong to. */
  window: number;
  /** The shared count PostgreSQL last answered for this window. */
  known: number;
  /** Requests this process allowed and has not yet added to PostgreSQL. */
  pending: number;
}

/**
 * The per-caller request budget of the HTTP API (GraphQL and push), shared across processes.
 *
 * A synchronous upsert of one row per request made the budget the dearest part of a dashboard
 * read (half the app's CPU for a small query, and every concurrent request of a token queued on
 * the same row lock). So, while a caller is well under its budget (the shared count this process
 * last saw plus its own unsent requests at most half the limit), the request is counted in the
 * process and the counts reach PostgreSQL in one upsert per caller every RATE_FLUSH_MS. From half
 * the budget on, every request is counted in PostgreSQL before it is answered, so the limit is
 * decided on the shared count. Budgets under LOCAL_COUNTING_MIN_LIMIT are always counted there.
 *
 * What this costs in accuracy: a process does not see another's unsent requests (at most
 * RATE_FLUSH_MS of them), so with P processes a caller may exceed its budget by what the other
 * processes admitted in their last interval, never more than (P − 1) × half the limit. One
 * process alone is exact. Unsent counts are lost if a process dies, which only ever favours the
 * caller by at most one interval.
 */
@Injectable()
export class RequestRateLimit implements OnModuleDestroy {
  private readonly log = new Logger('RateLimit');
  private readonly local = new Map<string, LocalCount>();
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    @Inject(RateLimitStore) private readonly store: RateLimitStore,
    @Inject(RATE_LIMITS) private readonly limits: RateLimits,
  ) {}

  /** The bucket a request counts against: its token, its user, or (without either) its address. */
  static bucketOf(auth: AuthContext | null, address: string | undefined): string {
    if (auth?.tokenId) return `request:token:${auth.tokenId}`;
    if (auth?.userId) return `request:user:${auth.userId}`;
    return `request:ip:${address ?? 'unknown'}`;
  }

  async check(auth: AuthContext | null, address: string | undefined): Promise<RateDecision> {
    const limit = auth ? this.limits.perMinute : this.limits.anonymousPerMinute;
    if (limit <= 0) return { allowed: true, retryAfterSeconds: 0 };
    const now = new Date();
    const bucket = RequestRateLimit.bucketOf(auth, address);
    const window = Math.floor(now.getTime() / MINUTE) * MINUTE;
    const retryAfterSeconds = Math.max(1, Math.ceil(this.store.remainingMs(MINUTE, now) / 1000));
    let c = this.local.get(bucket);
    if (c && c.window !== window) c = undefined;
    if (
      limit >= LOCAL_COUNTING_MIN_LIMIT &&
      (c ?? { known: 0, pending: 0 }).known + (c?.pending ?? 0) + 1 <= limit / 2 &&
      (c || this.local.size < MAX_LOCAL_BUCKETS)
    ) {
      if (!c) {
        c = { window, known: 0, pending: 0 };
        this.local.set(bucket, c);
      }
      c.pending++;
      this.timer ??= setTimeout(() => void this.flush(), RATE_FLUSH_MS).unref();
      return { allowed: true, retryAfterSeconds };
    }
    // Near the limit: this request and any unsent ones are counted in PostgreSQL now.
    const n = 1 + (c?.pending ?? 0);
    if (c) c.pending = 0;
    const count = await this.store.hit(bucket, MINUTE, now, n);
    if (c) c.known = Math.max(c.known, count);
    return { allowed: count <= limit, retryAfterSeconds };
  }

  /**
   * Adds the counts kept in this process to PostgreSQL (one upsert per caller), learns the shared
   * counts, and forgets callers of past windows (their counts no longer decide anything).
   */
  flush(): Promise<void> {
    this.timer = null;
    const run = this.flushing.then(async () => {
      const window = Math.floor(Date.now() / MINUTE) * MINUTE;
      for (const [bucket, c] of this.local) {
        if (c.window !== window) {
          this.local.delete(bucket);
          continue;
        }
        if (c.pending === 0) continue;
        const n = c.pending;
        c.pending = 0;
        try {
          c.known = Math.max(c.known, await this.store.hit(bucket, MINUTE, new Date(c.window), n));
        } catch (err) {
          // Kept for the next try (a database blip must not hand out a fresh budget).
          c.pending += n;
          this.log.warn(`counting requests in the database failed: ${String(err)}`);
          this.timer ??= setTimeout(() => void this.flush(), RATE_FLUSH_MS).unref();
        }
      }
    });
    this.flushing = run.catch(() => undefined);
    return run;
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.flush().catch(() => undefined);
  }
}
