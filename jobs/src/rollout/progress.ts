import { CannotVerify } from '../checks/catalogue/shared.js';
import {
  MailboxDirectory,
  type MailboxCoverage,
  type MemberCoverage,
} from '../checks/catalogue/mailbox-coverage.js';
import { GroupDirectory, waveCoverage } from '../checks/catalogue/people.js';
import type { RolloutWaveView, TenantView } from '../checks/types.js';

/** The waveKey of the whole organization in rollout_coverage_points. */
export const OVERALL = 'overall';

export interface WaveProgress {
  wave: RolloutWaveView;
  /** null when the wave's group cannot be resolved (not in the Entra data). */
  coverage: MailboxCoverage | null;
  problem: string | null;
}

export interface CoverageNow {
  /** Newest capturedAt (and its snapshot) of the sources read; null without Exchange Online. */
  capturedAt: Date | null;
  snapshotId: string | null;
  overall: MailboxCoverage | null;
  waves: WaveProgress[];
  problem: string | null;
}

/**
 * Coverage of the whole organization and of each wave, from the view the checks read, with the
 * same definition as ROLLOUT.* (mailbox-coverage.ts). What cannot be computed is null with why.
 */
export function coverageNow(view: TenantView): CoverageNow {
  const sources = [view.exchangeOnline, view.exchangeOnPremises, view.entra].filter(
    (s): s is Extract<typeof s, { state: 'PRESENT' }> => s.state === 'PRESENT',
  );
  const newest = sources.sort((a, b) => b.capturedAt.getTime() - a.capturedAt.getTime())[0];
  const empty = (problem: string): CoverageNow => ({
    capturedAt: newest?.capturedAt ?? null,
    snapshotId: newest?.snapshotId ?? null,
    overall: null,
    waves: view.waves.map((wave) => ({ wave, coverage: null, problem })),
    problem,
  });
  if (view.exchangeOnline.state !== 'PRESENT') return empty('Exchange Online data is not present');
  let mailboxes: MailboxDirectory;
  let overall: MailboxCoverage;
  try {
    mailboxes = MailboxDirectory.of(view);
    overall = mailboxes.everyone();
  } catch (err) {
    if (err instanceof CannotVerify) return empty(err.message);
    throw err;
  }
  let groups: GroupDirectory | null = null;
  let groupProblem: string | null = null;
  try {
    groups = GroupDirectory.of(view);
  } catch (err) {
    if (!(err instanceof CannotVerify)) throw err;
    groupProblem = err.message;
  }
  const waves = [...view.waves]
    .sort((a, b) => a.order - b.order)
    .map((wave): WaveProgress => {
      if (!groups) return { wave, coverage: null, problem: groupProblem };
      try {
        return { wave, coverage: waveCoverage(groups, mailboxes, wave), problem: null };
      } catch (err) {
        if (err instanceof CannotVerify) return { wave, coverage: null, problem: err.message };
        throw err;
      }
    });
  return {
    capturedAt: newest?.capturedAt ?? null,
    snapshotId: newest?.snapshotId ?? null,
    overall,
    waves,
    problem: null,
  };
}

export type { MemberCoverage };

// ---------------------------------------------------------------------------------------------
// Projection

export const PROJECTION = {
  /** Points older than this before the newest one are left out of the fit. */
  windowDays: 14,
  /** A slope below this (coverage per day: 0.1 percentage point) is no progress. */
  minSlopePerDay: 0.001,
  /** A completion further away than this is no progress either. */
  maxYears: 5,
} as const;

export type Projection =
  | { state: 'COMPLETE'; date: null; slopePerDay: null }
  | { state: 'INSUFFICIENT_DATA'; date: null; slopePerDay: null }
  | { state: 'NO_PROGRESS'; date: null; slopePerDay: number }
  | { state: 'PROJECTED'; date: Date; slopePerDay: number };

const DAY = 86_400_000;

/**
 * When coverage reaches 100%: an ordinary least-squares line through the points of the last
 * PROJECTION.windowDays days (before the newest point), extended to coverage 1. Complete when the
 * newest point is at 100%; no progress when the slope is flat or falling; too few points (fewer
 * than two at different times) say so.
 */
export function project(points: ReadonlyArray<{ at: Date; coverage: number | null }>): Projection {
  const known = points
    .filter((p): p is { at: Date; coverage: number } => p.coverage !== null)
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  const last = known[known.length - 1];
  if (!last) return { state: 'INSUFFICIENT_DATA', date: null, slopePerDay: null };
  if (last.coverage >= 1) return { state: 'COMPLETE', date: null, slopePerDay: null };
  const from = last.at.getTime() - PROJECTION.windowDays * DAY;
  const recent = known.filter((p) => p.at.getTime() >= from);
  const xs = recent.map((p) => (p.at.getTime() - last.at.getTime()) / DAY);
  const ys = recent.map((p) => p.coverage);
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    sxx += (xs[i]! - mx) ** 2;
    sxy += (xs[i]! - mx) * (ys[i]! - my);
  }
  if (n < 2 || sxx === 0) return { state: 'INSUFFICIENT_DATA', date: null, slopePerDay: null };
  const slope = sxy / sxx;
  if (slope < PROJECTION.minSlopePerDay)
    return { state: 'NO_PROGRESS', date: null, slopePerDay: slope };
  const intercept = my - slope * mx;
  // Days after the newest point at which the line reaches 1 (never before the newest point).
  const days = Math.max(0, (1 - intercept) / slope);
  if (days > PROJECTION.maxYears * 365)
    return { state: 'NO_PROGRESS', date: null, slopePerDay: slope };
  return { state: 'PROJECTED', date: new Date(last.at.getTime() + days * DAY), slopePerDay: slope };
}
