import { describe, expect, it } from 'vitest';
import { formatDelta, formatScore, scoreDelta, toDayRows, utcDays } from './format';

describe('home formatting', () => {
  it('shows a 0..100 score as a percentage in the locale', () => {
    expect(formatScore(87.5, 'en')).toBe('87.5%');
    expect(formatScore(100, 'ja')).toBe('100%');
  });

  it('gives the change in points only when both scores exist, signed', () => {
    expect(scoreDelta(80, 77.5)).toBe(2.5);
    expect(scoreDelta(70, null)).toBeNull();
    expect(scoreDelta(null, 70)).toBeNull();
    expect(formatDelta(2.5, 'en')).toBe('+2.5');
    expect(formatDelta(-1, 'en')).toBe('-1');
    expect(formatDelta(0, 'en')).toBe('0');
  });

  it('lays the server rows out one per day, a key per protocol and outcome, keeping empty days', () => {
    const days = utcDays(new Date('2026-11-28T15:00:00Z'), new Date('2026-11-30T01:00:00Z'));
    expect(days).toEqual(['2026-11-28', '2026-11-29', '2026-11-30']);
    const { data, protocols } = toDayRows(
      [
        { day: '2026-11-28', protocol: 'IMAP4', success: true, count: 3 },
        { day: '2026-11-28', protocol: 'IMAP4', success: false, count: 5 },
        { day: '2026-11-30', protocol: null, success: false, count: 2 },
      ],
      days,
      'unknown',
    );
    expect(protocols).toEqual(['IMAP4', 'unknown']);
    expect(data).toEqual([
      { day: '2026-11-28', 'IMAP4|ok': 3, 'IMAP4|blocked': 5 },
      { day: '2026-11-29' },
      { day: '2026-11-30', 'unknown|blocked': 2 },
    ]);
  });
});
