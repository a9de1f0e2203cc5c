import { describe, expect, it } from 'vitest';
import { truncate } from './text';

describe('truncate', () => {
  it('keeps short text, on one line', () => {
    expect(truncate('connector\n  timed out', 40)).toBe('connector timed out');
  });

  it('cuts long text to the limit, ellipsis included', () => {
    const cut = truncate('Graph returned 429 Too Many Requests for signIns', 20);
    expect(cut).toBe('Graph returned 429…');
    expect(cut.length).toBeLessThanOrEqual(20);
  });
});
