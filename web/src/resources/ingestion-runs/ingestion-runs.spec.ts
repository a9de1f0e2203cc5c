import { describe, expect, it } from 'vitest';
import {
  RUNNING_POLL_MS,
  pollWhileRunning,
  refetchListWhileRunning,
  refetchRecordWhileRunning,
  runStatusColor,
} from './ingestion-runs';

describe('runStatusColor', () => {
  it.each([
    ['RUNNING', 'info'],
    ['SUCCEEDED', 'success'],
    ['FAILED', 'error'],
  ] as const)('%s → %s', (status, color) => {
    expect(runStatusColor(status)).toBe(color);
  });
});

describe('polling while a run is running', () => {
  const page = (...statuses: string[]) => ({
    state: { data: { data: statuses.map((status) => ({ status })) } },
  });

  it('asks again every 3 seconds while a run on the page is running', () => {
    expect(refetchListWhileRunning(page('SUCCEEDED', 'RUNNING'))).toBe(RUNNING_POLL_MS);
    expect(RUNNING_POLL_MS).toBe(3000);
  });

  it('stops once every run has finished', () => {
    expect(refetchListWhileRunning(page('SUCCEEDED', 'FAILED'))).toBe(false);
    expect(refetchListWhileRunning(page())).toBe(false);
  });

  it('does not poll before the first answer', () => {
    expect(refetchListWhileRunning({ state: {} })).toBe(false);
    expect(refetchRecordWhileRunning({ state: {} })).toBe(false);
    expect(pollWhileRunning(undefined)).toBe(false);
  });

  it('polls a single run until it finishes', () => {
    expect(refetchRecordWhileRunning({ state: { data: { status: 'RUNNING' } } })).toBe(3000);
    expect(refetchRecordWhileRunning({ state: { data: { status: 'FAILED' } } })).toBe(false);
  });
});
