import { Inject, Injectable } from '@nestjs/common';
import { RateLimitStore } from './rate-limit.js';

/**
 * Slows password guessing: after `limit` failed sign-ins for one e-mail within a window,
 * further attempts for it are refused until the window ends. Counted in PostgreSQL
 * (rate-limit.ts), so any number of processes share one allowance; a success clears it.
 */
@Injectable()
export class LoginThrottle {
  static readonly LIMIT = 10;
  static readonly WINDOW_MS = 15 * 60_000;

  constructor(@Inject(RateLimitStore) private readonly store: RateLimitStore) {}

  private bucket(email: string): string {
    return `login:${email}`;
  }

  /** Milliseconds until the next attempt is allowed, 0 when it is allowed now. */
  async blockedFor(email: string, now = new Date()): Promise<number> {
    const failures = await this.store.count(this.bucket(email), LoginThrottle.WINDOW_MS, now);
    return failures < LoginThrottle.LIMIT
      ? 0
      : this.store.remainingMs(LoginThrottle.WINDOW_MS, now);
  }

  async fail(email: string, now = new Date()): Promise<void> {
    await this.store.hit(this.bucket(email), LoginThrottle.WINDOW_MS, now);
  }

  async succeed(email: string): Promise<void> {
    await this.store.clear(this.bucket(email));
  }
}
