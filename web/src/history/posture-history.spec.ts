import { describe, expect, it } from 'vitest';
import {
  latestScore,
  rangeOf,
  statusesIn,
  toChartData,
  type PosturePoint,
} from './posture-history';

const points: PosturePoint[] = [
  {
    at: '2026-11-22T04:00:00.000Z',
    score: 60,
    counts: { PASS: 6, FAIL: 2, NOT_APPLICABLE: 10 },
    runs: 1,
  },
  {
    at: '2026-11-21T04:00:00.000Z',
    score: 54.5,
    counts: '{"PASS":5,"WARN":6,"FAIL":3}',
    runs: 2,
  },
  { at: 'not a date', score: 1, counts: {}, runs: 1 },
  { at: '2026-11-23T04:00:00.000Z', score: null, counts: null, runs: 1 },
];

describe('toChartData', () => {
  const rows = toChartData(points);

  it('orders the points oldest first and drops unreadable times', () => {
    expect(rows.map((r) => new Date(r.at).toISOString())).toEqual([
      '2026-11-21T04:00:00.000Z',
      '2026-11-22T04:00:00.000Z',
      '2026-11-23T04:00:00.000Z',
    ]);
  });

  it("keeps the server's counts per status, zero for the others", () => {
    expect(rows[0]).toMatchObject({ PASS: 5, WARN: 6, FAIL: 3, ERROR: 0, WAIVED: 0, runs: 2 });
    expect(rows[1]).toMatchObject({ PASS: 6, FAIL: 2, NOT_APPLICABLE: 10, WARN: 0 });
  });

  it('keeps a missing score as a gap, not a zero', () => {
    expect(rows.map((r) => r.score)).toEqual([54.5, 60, null]);
  });
});

describe('statusesIn', () => {
  it('lists the statuses that occur, in stack order', () => {
    expect(statusesIn(toChartData(points))).toEqual(['PASS', 'WARN', 'FAIL', 'NOT_APPLICABLE']);
  });
});

describe('latestScore', () => {
  it('is the newest score there is', () => {
    expect(latestScore(toChartData(points))).toBe(60);
    expect(latestScore([])).toBeNull();
  });
});

describe('rangeOf', () => {
  it('ends now and starts the given number of days before', () => {
    expect(rangeOf(7, new Date('2026-11-22T00:00:00Z'))).toEqual({
      from: '2026-11-15T00:00:00.000Z',
      to: '2026-11-22T00:00:00.000Z',
    });
  });
});
