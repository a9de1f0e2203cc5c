import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../evaluate.js';
import { tenantWaiver } from '../testing/fixtures.js';
import { makeView, NOW } from '../testing/view-factory.js';
import { onPremHmaEnabled as check } from './onprem-hma.js';

const view = (OAuth2ClientProfileEnabled: boolean | null) =>
  makeView({ exchangeOnPremises: { organizationConfig: { OAuth2ClientProfileEnabled } } });

describe('ONPREM.HMA.ENABLED', () => {
  it('passes when OAuth2ClientProfileEnabled is true', () => {
    expect(evaluateCheck(check, view(true)).status).toBe('PASS');
  });

  it('fails when Hybrid Modern Authentication is off', () => {
    const r = evaluateCheck(check, view(false));
    expect(r.status).toBe('FAIL');
    expect(r.evidence.OAuth2ClientProfileEnabled).toBe(false);
  });

  it('is an error when OrganizationConfig lacks OAuth2ClientProfileEnabled', () => {
    const r = evaluateCheck(
      check,
      makeView({
        exchangeOnPremises: { organizationConfig: { DefaultAuthenticationPolicy: null } },
      }),
    );
    expect(r.status).toBe('ERROR');
    expect(r.summary).toMatch(/OAuth2ClientProfileEnabled/);
  });

  it('is an error when the snapshot carries no on-premises OrganizationConfig', () => {
    expect(evaluateCheck(check, makeView({ exchangeOnPremises: {} })).status).toBe('ERROR');
  });

  it('is not applicable when the tenant has no Exchange on-premises', () => {
    expect(evaluateCheck(check, makeView()).status).toBe('NOT_APPLICABLE');
  });

  it('is an error when the on-premises data is stale', () => {
    const v = makeView();
    v.exchangeOnPremises = {
      state: 'STALE',
      snapshotId: 's',
      capturedAt: new Date(NOW.getTime() - 72 * 3_600_000),
      maxAgeHours: 48,
    };
    expect(evaluateCheck(check, v).status).toBe('ERROR');
  });

  it('is waived by a tenant-wide waiver while it would fail', () => {
    const v = view(false);
    v.waivers = [tenantWaiver(check.id)];
    expect(evaluateCheck(check, v).status).toBe('WAIVED');
  });
});
