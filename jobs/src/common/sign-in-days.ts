/**
 * Sign-in rollups (sign_in_daily_counts, sign_in_legacy_user_days and the others) count whole
 * UTC days, so every window read from them starts at a midnight UTC. One place for that rule:
 * the checks' view, rollout readiness and the pull connector's first window agree.
 */
export interface DayWindow {
  from: Date;
  to: Date;
}

const DAY_MS = 86_400_000;

/** Midnight UTC at or before `d`: sign-in rollups count whole UTC days. */
export function utcDayStart(d: Date): Date {
  return new Date(Math.floor(d.getTime() / DAY_MS) * DAY_MS);
}

/** Midnight UTC at or after `d`. */
export function utcDayEnd(d: Date): Date {
  return new Date(Math.ceil(d.getTime() / DAY_MS) * DAY_MS);
}

/** A date as the rollups' `day` column holds it (YYYY-MM-DD, UTC). */
export function dayOf(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/**
 * The sign-in look-back window at `now`, in whole UTC days as the rollups count them: from the
 * midnight at or before now - look-back, holding today up to now.
 */
export function signInWindow(now: Date, lookbackDays: number): DayWindow {
  return { from: utcDayStart(new Date(now.getTime() - lookbackDays * DAY_MS)), to: now };
}

/**
 * The rollup days a window reads: from the UTC day holding `from` to the one holding `to`,
 * both whole. The view starts its windows at midnight UTC, so what it records is what is read.
 */
export function rollupDays(window: DayWindow): { from: string; to: string } {
  return { from: dayOf(utcDayStart(window.from)), to: dayOf(utcDayEnd(window.to)) };
}
