/**
 * Slows password guessing: after `limit` failed sign-ins for one e-mail within `windowMs`,
 * further attempts for it are refused until the window has passed. Per process (a few
 * processes multiply the allowance by their number, which still stops online guessing).
 */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limit = 10,
    private readonly windowMs = 15 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  private recent(key: string): number[] {
    const cutoff = this.now() - this.windowMs;
    const list = (this.failures.get(key) ?? []).filter((t) => t > cutoff);
    if (list.length) this.failures.set(key, list);
    else this.failures.delete(key);
    return list;
  }

  /** Milliseconds until the next attempt is allowed, 0 when it is allowed now. */
  blockedFor(key: string): number {
    const list = this.recent(key);
    return list.length < this.limit ? 0 : list[0]! + this.windowMs - this.now();
  }

  fail(key: string): void {
    this.failures.set(key, [...this.recent(key), this.now()]);
    // Bound memory whatever an attacker sends.
    if (this.failures.size > 10_000) this.failures.delete(this.failures.keys().next().value!);
  }

  succeed(key: string): void {
    this.failures.delete(key);
  }
}
