import { describe, expect, it } from 'vitest';
import { daysFrom, localToIso } from './dates';

describe('localToIso', () => {
  it('reads a local date-time input value as the instant it names', () => {
    expect(localToIso('2026-11-30T10:00')).toBe(new Date(2026, 10, 30, 10, 0).toISOString());
  });

  it('keeps an instant that is already ISO', () => {
    expect(localToIso('2026-11-30T10:00:00.000Z')).toBe('2026-11-30T10:00:00.000Z');
    expect(localToIso(new Date('2026-11-30T10:00:00Z'))).toBe('2026-11-30T10:00:00.000Z');
  });

  it.each(['', '  ', 'not a date', null, undefined, 7])('is null for %j', (value) => {
    expect(localToIso(value)).toBeNull();
  });
});

describe('daysFrom', () => {
  it('adds whole days', () => {
    expect(daysFrom(new Date('2026-11-01T00:00:00Z'), 30).toISOString()).toBe(
      '2026-12-01T00:00:00.000Z',
    );
  });
});
