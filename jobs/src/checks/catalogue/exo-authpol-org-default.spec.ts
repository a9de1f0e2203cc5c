import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../evaluate.js';
import { allowingExoPolicy, blockingExoPolicy, tenantWaiver, wave } from '../testing/fixtures.js';
import { makeView } from '../testing/view-factory.js';
import type { ExchangeOnlineData } from '../types.js';
import { exoAuthPolicyOrgDefault as check } from './exchange-online.js';

const exo = (
  DefaultAuthenticationPolicy: string | null,
  extra: Partial<ExchangeOnlineData> = {},
): ExchangeOnlineData => ({
  organizationConfig: { DefaultAuthenticationPolicy },
  authenticationPolicies: [
    blockingExoPolicy('Block Basic Auth'),
    allowingExoPolicy('Legacy Allowed'),
  ],
  ...extra,
});

describe('EXO.AUTHPOL.ORG_DEFAULT', () => {
  it('passes when the organization default names a policy that blocks Basic', () => {
    const r = evaluateCheck(check, makeView({ exchangeOnline: exo('Block Basic Auth') }));
    expect(r.status).toBe('PASS');
    expect(r.evidence.DefaultAuthenticationPolicy).toBe('Block Basic Auth');
  });

  it('matches the default by Guid, case-insensitively', () => {
    const r = evaluateCheck(check, makeView({ exchangeOnline: exo('GUID-BLOCK-BASIC-AUTH') }));
    expect(r.status).toBe('PASS');
  });

  it('warns while a rollout is in progress and the default does not block yet', () => {
    const r = evaluateCheck(
      check,
      makeView({ exchangeOnline: exo(null), waves: [wave({ groupId: 'pilot' })] }),
    );
    expect(r.status).toBe('WARN');
    expect(r.evidence.rolloutInProgress).toBe(true);
  });

  it('warns during a rollout when the default names a policy that still allows Basic', () => {
    const r = evaluateCheck(
      check,
      makeView({ exchangeOnline: exo('Legacy Allowed'), waves: [wave({ groupId: 'pilot' })] }),
    );
    expect(r.status).toBe('WARN');
  });

  it('fails when no default is set and no rollout is under way', () => {
    const r = evaluateCheck(check, makeView({ exchangeOnline: exo(null) }));
    expect(r.status).toBe('FAIL');
    expect(r.summary).toMatch(/No organization default/);
  });

  it('fails when the default allows Basic and there is no wave', () => {
    const r = evaluateCheck(check, makeView({ exchangeOnline: exo('Legacy Allowed') }));
    expect(r.status).toBe('FAIL');
    expect(r.evidence.policy).toMatchObject({ Name: 'Legacy Allowed', blocksBasic: false });
  });

  it('is an error, never a pass, when the default names no existing policy', () => {
    const r = evaluateCheck(check, makeView({ exchangeOnline: exo('Deleted Policy') }));
    expect(r.status).toBe('ERROR');
    expect(r.summary).toMatch(/Deleted Policy.*matches no authentication policy/);
  });

  it('is an error when OrganizationConfig lacks DefaultAuthenticationPolicy', () => {
    const r = evaluateCheck(
      check,
      makeView({ exchangeOnline: { ...exo(null), organizationConfig: {} } }),
    );
    expect(r.status).toBe('ERROR');
    expect(r.summary).toMatch(/DefaultAuthenticationPolicy/);
  });

  it('is not applicable when the tenant never sent Exchange Online data', () => {
    expect(evaluateCheck(check, makeView()).status).toBe('NOT_APPLICABLE');
  });

  it('is waived by a tenant-wide waiver while it would fail', () => {
    const r = evaluateCheck(
      check,
      makeView({ exchangeOnline: exo(null), waivers: [tenantWaiver(check.id)] }),
    );
    expect(r.status).toBe('WAIVED');
    expect(r.evidence.wouldBe).toBe('FAIL');
  });
});
