import { describe, expect, it } from 'vitest';
import { formatDuration } from './duration';

describe('formatDuration', () => {
  it.each([
    [420, '0.4 sec'],
    [14_652, '14.7 sec'],
    [59_940, '59.9 sec'],
    [60_000, '1 min'],
    [125_400, '2 min 5 sec'],
  ])('%d ms → %s', (ms, text) => {
    expect(formatDuration(ms, 'en')).toBe(text);
  });

  it('speaks the dashboard language', () => {
    expect(formatDuration(14_652, 'ja')).toBe('14.7 秒');
    expect(formatDuration(125_400, 'zh-TW')).toMatch(/^2 分鐘 5 秒$/);
  });

  it.each([null, undefined, Number.NaN, -1])('is a dash for %j', (ms) => {
    expect(formatDuration(ms, 'en')).toBe('—');
  });
});
