import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../evaluate.js';
import { tenantWaiver } from '../testing/fixtures.js';
import { makeView, presentSignIns } from '../testing/view-factory.js';
import type { SignInAggregates } from '../types.js';
import { signInMfaCoverage as check } from './signins.js';

const mfa = (
  considered: number,
  withMfa: number,
  extra: Partial<SignInAggregates['mfa']> = {},
): Partial<SignInAggregates> => ({
  mfa: { considered, withMfa, missingRequirement: 0, byWave: [], ...extra },
});
const view = (overrides: Partial<SignInAggregates>, extra: Parameters<typeof makeView>[0] = {}) =>
  makeView({ ...extra, signIns: presentSignIns(overrides) });

describe('SIGNIN.MFA_COVERAGE', () => {
  it('passes at 99% or more, with the ratio as metric', () => {
    const r = evaluateCheck(check, view(mfa(1000, 990)));
    expect(r.status).toBe('PASS');
    expect(r.metric).toBe(0.99);
  });

  it('warns from 90% up to 99%', () => {
    expect(evaluateCheck(check, view(mfa(100, 90))).status).toBe('WARN');
  });

  it('fails below 90%', () => {
    expect(evaluateCheck(check, view(mfa(100, 89))).status).toBe('FAIL');
  });

  it('fails when the pilot wave is below 90% although the tenant overall passes', () => {
    const r = evaluateCheck(
      check,
      view(
        mfa(1000, 995, {
          byWave: [{ waveId: 'w1', waveName: 'Pilot', considered: 10, withMfa: 8 }],
        }),
      ),
    );
    expect(r.status).toBe('FAIL');
    expect(r.metric).toBe(0.995);
    expect(r.summary).toMatch(/"Pilot" \(80\.0%\)/);
  });

  it('counts events without authenticationRequirement in the evidence, outside the ratio', () => {
    const r = evaluateCheck(check, view(mfa(100, 100, { missingRequirement: 40 })));
    expect(r.status).toBe('PASS');
    expect(r.evidence.missingRequirement).toBe(40);
  });

  it('is an error when no event carries authenticationRequirement (v1.0-shaped data)', () => {
    const r = evaluateCheck(check, view(mfa(0, 0, { missingRequirement: 25 })));
    expect(r.status).toBe('ERROR');
    expect(r.summary).toMatch(/beta/);
  });

  it('is an error when more sign-ins carry MFA than were considered', () => {
    expect(evaluateCheck(check, view(mfa(10, 11))).status).toBe('ERROR');
  });

  it('is not applicable when there was no successful interactive Exchange Online sign-in', () => {
    expect(evaluateCheck(check, view(mfa(0, 0))).status).toBe('NOT_APPLICABLE');
  });

  it('is not applicable when the tenant has no sign-in data', () => {
    expect(evaluateCheck(check, makeView()).status).toBe('NOT_APPLICABLE');
  });

  it('is waived by a tenant-wide waiver while it would fail, keeping the raw ratio', () => {
    const r = evaluateCheck(check, view(mfa(100, 50), { waivers: [tenantWaiver(check.id)] }));
    expect(r.status).toBe('WAIVED');
    expect(r.metric).toBe(0.5);
  });
});
