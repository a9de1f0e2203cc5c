import { describe, expect, it } from 'vitest';
import { legacyChipColor, legacySignInFilter, signInListLocation, signInOutcome } from './sign-in';

describe('legacyChipColor', () => {
  it('is red for a legacy sign-in that succeeded: Basic authentication still works', () => {
    expect(legacyChipColor({ isLegacy: true, success: true })).toBe('error');
  });

  it('is amber for a legacy attempt that was refused', () => {
    expect(legacyChipColor({ isLegacy: true, success: false })).toBe('warning');
  });

  it.each([true, false])('shows no chip for modern authentication (success %s)', (success) => {
    expect(legacyChipColor({ isLegacy: false, success })).toBeNull();
  });
});

describe('signInOutcome', () => {
  it('is a green success without a code', () => {
    expect(signInOutcome({ success: true, errorCode: 0 })).toEqual({
      key: 'posture.sign_in.success',
      color: 'success',
      code: null,
      known: null,
    });
  });

  it('names the error code of a failure, and whether it can be explained', () => {
    expect(signInOutcome({ success: false, errorCode: 53003 })).toEqual({
      key: 'posture.sign_in.failure',
      color: 'default',
      code: 53003,
      known: '53003',
    });
    expect(signInOutcome({ success: false, errorCode: 90095 }).known).toBeNull();
    expect(signInOutcome({ success: false, errorCode: 90095 }).code).toBe(90095);
  });

  it.each([null, 0])('is a failure without a code for errorCode %j', (errorCode) => {
    expect(signInOutcome({ success: false, errorCode }).code).toBeNull();
  });
});

describe('legacy sign-in links', () => {
  const from = new Date('2026-11-15T00:00:00Z');

  it('filters the legacy sign-ins of one tenant since a date, by outcome', () => {
    expect(legacySignInFilter('t1', true, from)).toEqual({
      tenantId: 't1',
      legacyOnly: true,
      success: true,
      from: '2026-11-15T00:00:00.000Z',
    });
    expect(legacySignInFilter('t1', false, from).success).toBe(false);
  });

  it('opens the sign-in list with the filter, newest first', () => {
    const location = signInListLocation(legacySignInFilter('t1', false, from));
    expect(location.pathname).toBe('/SignIn');
    const params = new URLSearchParams(location.search);
    expect(JSON.parse(params.get('filter') ?? '')).toEqual({
      tenantId: 't1',
      legacyOnly: true,
      success: false,
      from: '2026-11-15T00:00:00.000Z',
    });
    expect(params.get('sort')).toBe('createdAt');
    expect(params.get('order')).toBe('DESC');
  });
});
