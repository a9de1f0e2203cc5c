import { describe, expect, it } from 'vitest';
import { postureScore } from './evaluate.js';

describe('postureScore', () => {
  it('weights by severity, counts WARN half, WAIVED in full and leaves NOT_APPLICABLE out', () => {
    const score = postureScore([
      { status: 'PASS', severity: 'CRITICAL' }, // 10 of 10
      { status: 'WARN', severity: 'HIGH' }, // 2.5 of 5
      { status: 'FAIL', severity: 'MEDIUM' }, // 0 of 3
      { status: 'WAIVED', severity: 'LOW' }, // 1 of 1
      { status: 'NOT_APPLICABLE', severity: 'CRITICAL' }, // left out
      { status: 'ERROR', severity: 'INFO' }, // weight 0
    ]);
    expect(score).toBe(Math.round((13.5 / 19) * 1000) / 10);
  });

  it('is null when no weighted check applies', () => {
    expect(postureScore([{ status: 'NOT_APPLICABLE', severity: 'HIGH' }])).toBeNull();
  });

  it('counts ERROR as nothing: a check that cannot be verified is not a pass', () => {
    expect(postureScore([{ status: 'ERROR', severity: 'HIGH' }])).toBe(0);
  });
});
