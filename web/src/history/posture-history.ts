import { DAY_MS } from '../posture/dates';
import { CheckStatus } from '../gql/graphql';
import { valuesOf } from '../posture/enums';
import { statusCounts } from '../posture/counts';

/** One point of `postureHistory`: a run, or a day of runs beyond 31 days. */
export interface PosturePoint {
  at: string;
  /** 0..100, null when no check applied. */
  score: number | null;
  /** Results per status, summed by the server. */
  counts: unknown;
  runs: number;
}

/** A point as the chart draws it: time in ms, one key per status (0 when absent). */
export type ChartPoint = { at: number; score: number | null; runs: number } & Record<
  CheckStatus,
  number
>;

/** Bottom to top: good news first, then findings, then what could not be judged. */
export const STACK_ORDER: readonly CheckStatus[] = valuesOf(CheckStatus, {
  PASS: 0,
  WAIVED: 1,
  WARN: 2,
  FAIL: 3,
  ERROR: 4,
  NOT_APPLICABLE: 5,
});

export const PERIODS = [7, 30, 90] as const;
export type PeriodDays = (typeof PERIODS)[number];

/** The query window for "the last `days` days", ending now. */
export function rangeOf(days: number, now: Date): { from: string; to: string } {
  return { from: new Date(now.getTime() - days * DAY_MS).toISOString(), to: now.toISOString() };
}

/**
 * Server points → chart rows, oldest first. Only reshapes: every number is the server's
 * (aggregates are never summed in the browser). Points with an unreadable time are dropped.
 */
export function toChartData(points: readonly PosturePoint[]): ChartPoint[] {
  const rows: ChartPoint[] = [];
  for (const point of points) {
    const at = Date.parse(point.at);
    if (Number.isNaN(at)) continue;
    const row = {
      at,
      score: typeof point.score === 'number' && Number.isFinite(point.score) ? point.score : null,
      runs: point.runs,
      ...Object.fromEntries(STACK_ORDER.map((status) => [status, 0])),
    } as ChartPoint;
    for (const [status, count] of statusCounts(point.counts)) row[status] = count;
    rows.push(row);
  }
  return rows.sort((a, b) => a.at - b.at);
}

/** The statuses that occur in the period, in stack order: the chart draws only these. */
export function statusesIn(rows: readonly ChartPoint[]): CheckStatus[] {
  return STACK_ORDER.filter((status) => rows.some((row) => row[status] > 0));
}

/** The newest point's score, if any point has one. */
export function latestScore(rows: readonly ChartPoint[]): number | null {
  for (let i = rows.length - 1; i >= 0; i -= 1) {
    const score = rows[i]?.score;
    if (typeof score === 'number') return score;
  }
  return null;
}
