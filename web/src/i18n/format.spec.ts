import { describe, expect, it } from 'vitest';
import { makeFormat } from './format';

// Midday UTC: the same calendar day in every time zone a test machine runs in.
const AT = '2026-12-03T12:00:00Z';

describe('makeFormat', () => {
  it('writes a date the way each language does', () => {
    expect(makeFormat('en').date(AT)).toBe('Dec 3, 2026');
    expect(makeFormat('ja').date(AT)).toBe('2026/12/03');
    expect(makeFormat('zh-TW').date(AT)).toBe('2026年12月3日');
  });

  it('writes a date and time with the date first, in the language', () => {
    expect(makeFormat('en').dateTime(new Date(AT))).toMatch(/^Dec 3, 2026, \d{1,2}:\d{2}/);
    expect(makeFormat('ja').dateTime(Date.parse(AT))).toMatch(/^2026\/12\/03 \d{1,2}:\d{2}$/);
    expect(makeFormat('zh-TW').dateTime(AT)).toMatch(/^2026年12月3日 /);
  });

  it('writes chart days as month and day, in UTC when asked', () => {
    expect(makeFormat('en').day(AT, { utc: true })).toBe('Dec 3');
    expect(makeFormat('ja').day('2026-12-03', { utc: true })).toBe('12月3日');
    expect(makeFormat('zh-TW').day(AT, { utc: true })).toBe('12月3日');
  });

  it('groups numbers and writes ratios as percentages', () => {
    expect(makeFormat('en').number(12345.5)).toBe('12,345.5');
    expect(makeFormat('ja').number(12345)).toBe('12,345');
    expect(makeFormat('en').percent(0.006)).toBe('0.6%');
    expect(makeFormat('zh-TW').percent(0.875)).toBe('87.5%');
    expect(makeFormat('ja').percent(1)).toBe('100%');
  });

  it("writes a check's metric in its unit: never a raw ratio", () => {
    const ja = makeFormat('ja');
    expect(ja.metric(0.006, 'RATIO')).toBe('0.6%');
    expect(ja.metric(3, 'COUNT')).toBe('3');
    expect(ja.metric(1234, 'COUNT')).toBe('1,234');
    expect(ja.metric(null, 'RATIO')).toBe('—');
  });

  it('shows a dash for a missing or broken value instead of "Invalid Date" or "NaN"', () => {
    const en = makeFormat('en');
    expect(en.date(null)).toBe('—');
    expect(en.dateTime('not a date')).toBe('—');
    expect(en.number(Number.NaN)).toBe('—');
    expect(en.percent(undefined)).toBe('—');
  });

  it('makes the formatters of a locale once', () => {
    expect(makeFormat('ja')).toBe(makeFormat('ja'));
    expect(makeFormat('ja')).not.toBe(makeFormat('en'));
  });
});

describe('makeFormat, short and signed numbers', () => {
  it('writes large numbers the short way of each language', () => {
    expect(makeFormat('en').compact(1_234_567)).toBe('1.2M');
    expect(makeFormat('ja').compact(1_200_000)).toBe('120万');
    expect(makeFormat('zh-TW').compact(1_200_000)).toBe('120萬');
  });

  it('signs a change, and not a zero', () => {
    expect(makeFormat('en').signed(2.5)).toBe('+2.5');
    expect(makeFormat('ja').signed(-1)).toBe('-1');
    expect(makeFormat('en').signed(0)).toBe('0');
  });
});
