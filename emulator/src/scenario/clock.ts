export const MS_PER_SIMULATED_DAY = 86_400_000;

export interface ScenarioClockOptions {
  /** Real seconds one simulated day lasts (86400 = real time; the demo uses e.g. 60). */
  daySeconds: number;
  /** Real time (ms since epoch) at which simulated day 0 starts. Default: now. */
  startedAt?: number;
  /** The real-time source; tests pass a fake one. Default: Date.now. */
  now?: () => number;
}

interface Segment {
  realStart: number;
  dayStart: number;
}

/**
 * Maps real time to the scenario's simulated day. Timestamps the emulator hands out
 * (createdDateTime, capturedAt, LastSuccessSync) stay real wall-clock time, so connectors and
 * retention behave as with Microsoft; the simulated day only decides which stage of the rollout
 * and which regressions are in force at a given real instant.
 *
 * `advance()` jumps the simulated day forward from now on. It appends a segment instead of moving
 * the origin, so what the scenario said about the past never changes (a sign-in already pulled
 * keeps its content when pulled again).
 */
export class ScenarioClock {
  readonly daySeconds: number;
  readonly startedAt: number;
  private readonly source: () => number;
  private readonly segments: Segment[];

  constructor(options: ScenarioClockOptions) {
    if (!(options.daySeconds > 0)) throw new Error('daySeconds must be positive');
    this.daySeconds = options.daySeconds;
    this.source = options.now ?? Date.now;
    this.startedAt = options.startedAt ?? this.source();
    this.segments = [{ realStart: this.startedAt, dayStart: 0 }];
  }

  /** Real time now, ms since epoch. */
  now(): number {
    return this.source();
  }

  /** Real milliseconds per simulated day. */
  get msPerDay(): number {
    return this.daySeconds * 1000;
  }

  /** Fractional simulated day at a real instant; negative before the scenario started. */
  dayAt(realMs: number): number {
    let seg = this.segments[0] as Segment;
    for (const s of this.segments) {
      if (s.realStart <= realMs) seg = s;
      else break;
    }
    return seg.dayStart + (realMs - seg.realStart) / this.msPerDay;
  }

  /** The current simulated day (whole days since the start). */
  day(): number {
    return Math.floor(this.dayAt(this.now()));
  }

  /** The simulated calendar time at a real instant (for display only). */
  simulatedTime(realMs: number = this.now()): Date {
    return new Date(this.startedAt + this.dayAt(realMs) * MS_PER_SIMULATED_DAY);
  }

  /**
   * The first real instant at which the simulated clock reads `day` or later. A day skipped by
   * advance() maps to the instant of the jump.
   */
  realTimeOfDay(day: number): number {
    const segs = this.segments;
    for (let i = segs.length - 1; i >= 0; i--) {
      const s = segs[i] as Segment;
      if (day >= s.dayStart) return s.realStart + (day - s.dayStart) * this.msPerDay;
      const prev = segs[i - 1];
      if (prev) {
        const prevEndDay = prev.dayStart + (s.realStart - prev.realStart) / this.msPerDay;
        if (day > prevEndDay) return s.realStart;
      }
    }
    const first = segs[0] as Segment;
    return first.realStart + (day - first.dayStart) * this.msPerDay;
  }

  /** Moves the simulated clock forward by `days` (fractions allowed) from now on. */
  advance(days: number): void {
    if (!(days > 0) || !Number.isFinite(days))
      throw new RangeError('days must be a positive number');
    const now = this.now();
    const last = this.segments[this.segments.length - 1] as Segment;
    const base = this.dayAt(now) + days;
    if (last.realStart === now) last.dayStart += days;
    else this.segments.push({ realStart: now, dayStart: base });
  }

  toJSON(): {
    now: string;
    startedAt: string;
    daySeconds: number;
    day: number;
    dayFraction: number;
    simulatedTime: string;
  } {
    const now = this.now();
    const d = this.dayAt(now);
    return {
      now: new Date(now).toISOString(),
      startedAt: new Date(this.startedAt).toISOString(),
      daySeconds: this.daySeconds,
      day: Math.floor(d),
      dayFraction: Math.round(d * 1000) / 1000,
      simulatedTime: this.simulatedTime(now).toISOString(),
    };
  }
}
