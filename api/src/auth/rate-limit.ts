import { Inject, Injectable, Logger } from '@nestjs/common';
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

  /** Counts one more event in the bucket's current window and answers the window's count. */
  async hit(bucket: string, windowMs: number, now = new Date()): Promise<number> {
    const windowStart = this.windowOf(now, windowMs);
    this.pruneNow(now);
    const rows = await this.db.prisma.$queryRaw<Array<{ count: number }>>`
      INSERT INTO rate_limit_counters AS c (bucket, window_start, count)
      VALUES (${bucket}, ${windowStart}, 1)
      ON CONFLICT (bucket) DO UPDATE SET
        count = CASE WHEN c.window_start = EXCLUDED.window_start THEN c.count + 1 ELSE 1 END,
        window_start = EXCLUDED.window_start
      RETURNING count`;
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

/** The per-caller request budget of the HTTP API (GraphQL and push), shared across processes. */
@Injectable()
export class RequestRateLimit {
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
    const count = await this.store.hit(RequestRateLimit.bucketOf(auth, address), MINUTE, now);
    return {
      allowed: count <= limit,
      retryAfterSeconds: Math.max(1, Math.ceil(this.store.remainingMs(MINUTE, now) / 1000)),
    };
  }
}
