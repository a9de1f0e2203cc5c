import { describe, expect, it } from 'vitest';
import { pilotWaveIds } from './pilot';

const wave = (id: string, tenantId: string, order: number, plannedAt: string | null = null) => ({
  id,
  tenantId,
  order,
  plannedAt,
});

describe('pilotWaveIds', () => {
  it('marks the lowest order of each tenant, whatever the list order', () => {
    const ids = pilotWaveIds([
      wave('b2', 'b', 5),
      wave('a2', 'a', 2),
      wave('a1', 'a', 1),
      wave('b1', 'b', 3),
    ]);
    expect([...ids].sort()).toEqual(['a1', 'b1']);
  });

  it('breaks a tie on order by the earlier planned date, undated last', () => {
    const ids = pilotWaveIds([
      wave('undated', 't', 1),
      wave('later', 't', 1, '2026-12-01T00:00:00Z'),
      wave('sooner', 't', 1, '2026-11-01T00:00:00Z'),
    ]);
    expect([...ids]).toEqual(['sooner']);
  });

  it('breaks a full tie by id, as the checks do', () => {
    expect([...pilotWaveIds([wave('y', 't', 0), wave('x', 't', 0)])]).toEqual(['x']);
  });

  it('has no pilot without waves', () => {
    expect(pilotWaveIds([]).size).toBe(0);
  });
});
