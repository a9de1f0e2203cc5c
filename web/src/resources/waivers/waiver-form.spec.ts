import { describe, expect, it } from 'vitest';
import { defaultExpiry, expiryProblem, linesOf, toCreateWaiver, waiverState } from './waiver-form';

const now = new Date('2026-11-22T00:00:00Z');

describe('linesOf', () => {
  it('keeps one entry per non-empty line, trimmed and once', () => {
    expect(linesOf(' alex@contoso.com\r\n\n  dev-1 \nalex@contoso.com\n')).toEqual([
      'alex@contoso.com',
      'dev-1',
    ]);
  });

  it.each([undefined, null, '', '\n \n'])('is empty for %j', (text) => {
    expect(linesOf(text)).toEqual([]);
  });
});

describe('toCreateWaiver', () => {
  const base = {
    tenantId: 't1',
    checkId: 'SIGNIN.LEGACY_AUTH_SUCCESS',
    reason: '  printer relay until March ',
    expiresAt: '2026-12-22T00:00:00.000Z',
    itemsText: 'scanner@contoso.com\n',
  };

  it('sends the listed items for an ITEMS waiver', () => {
    expect(toCreateWaiver({ ...base, scope: 'ITEMS' })).toEqual({
      tenantId: 't1',
      checkId: 'SIGNIN.LEGACY_AUTH_SUCCESS',
      scope: 'ITEMS',
      items: ['scanner@contoso.com'],
      reason: 'printer relay until March',
      expiresAt: '2026-12-22T00:00:00.000Z',
    });
  });

  it('drops items typed before switching to a tenant-wide waiver', () => {
    expect(toCreateWaiver({ ...base, scope: 'TENANT' }).items).toBeNull();
    expect(toCreateWaiver({ ...base, scope: undefined }).scope).toBe('TENANT');
  });

  it('sends the expiry as an ISO instant', () => {
    const { expiresAt } = toCreateWaiver({ ...base, expiresAt: '2026-12-01T09:30' });
    expect(expiresAt).toBe(new Date(2026, 11, 1, 9, 30).toISOString());
  });
});

describe('expiry', () => {
  const limits = { maxDays: 366, defaultDays: 30 };

  it("defaults to the server's default duration ahead", () => {
    expect(defaultExpiry(limits, now)).toBe('2026-12-22T00:00:00.000Z');
    expect(expiryProblem(defaultExpiry(limits, now), limits, now)).toBeUndefined();
    expect(defaultExpiry({ ...limits, defaultDays: 7 }, now)).toBe('2026-11-29T00:00:00.000Z');
  });

  it("names the server's longest duration when the expiry is beyond it", () => {
    expect(expiryProblem('2027-11-24T00:00:00Z', limits, now)).toEqual({
      message: 'posture.waiver.expiry_too_far',
      args: { days: 366 },
    });
    expect(expiryProblem('2027-11-24T00:00:00Z', { ...limits, maxDays: 400 }, now)).toBeUndefined();
  });

  it.each([
    ['missing', '', 'ra.validation.required'],
    ['past', '2026-11-21T00:00:00Z', 'posture.waiver.expiry_past'],
    ['now', '2026-11-22T00:00:00Z', 'posture.waiver.expiry_past'],
  ])('refuses an expiry %s', (_what, value, key) => {
    expect(expiryProblem(value, limits, now)).toBe(key);
  });
});

describe('waiverState', () => {
  const future = '2026-12-01T00:00:00Z';
  const past = '2026-11-01T00:00:00Z';

  it('is active when the server says so and it has not expired since', () => {
    expect(waiverState({ active: true, revokedAt: null, expiresAt: future }, now)).toBe('ACTIVE');
    expect(waiverState({ active: true, revokedAt: null, expiresAt: past }, now)).toBe('EXPIRED');
  });

  it('calls a revoked waiver revoked even when it has also expired', () => {
    expect(waiverState({ active: false, revokedAt: past, expiresAt: past }, now)).toBe('REVOKED');
  });

  it('is expired when inactive and not revoked', () => {
    expect(waiverState({ active: false, revokedAt: null, expiresAt: future }, now)).toBe('EXPIRED');
  });
});
