import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../evaluate.js';
import { tenantWaiver, wave } from '../testing/fixtures.js';
import { makeView } from '../testing/view-factory.js';
import type { OnPremAuthenticationPolicy } from '../types.js';
import { onPremAuthPolicyOrgDefault as check } from './onprem-authpol.js';

const policies: OnPremAuthenticationPolicy[] = [
  {
    Name: 'BlockLegacyActiveSyncAuth',
    DistinguishedName:
      'CN=BlockLegacyActiveSyncAuth,CN=Auth Policies,CN=Contoso,CN=Microsoft Exchange,CN=Services',
    BlockLegacyAuthActiveSync: true,
    BlockLegacyAuthAutodiscover: true,
  },
  { Name: 'Half', BlockLegacyAuthActiveSync: true, BlockLegacyAuthAutodiscover: false },
];

const view = (
  DefaultAuthenticationPolicy: string | null,
  waves = [] as ReturnType<typeof wave>[],
) =>
  makeView({
    exchangeOnPremises: {
      organizationConfig: { OAuth2ClientProfileEnabled: true, DefaultAuthenticationPolicy },
      authenticationPolicies: policies,
    },
    waves,
  });

describe('ONPREM.AUTHPOL.ORG_DEFAULT', () => {
  it('passes when the on-premises default names a policy that blocks legacy auth', () => {
    expect(evaluateCheck(check, view('BlockLegacyActiveSyncAuth')).status).toBe('PASS');
  });

  it('matches the default by DistinguishedName, case-insensitively', () => {
    expect(evaluateCheck(check, view(policies[0]!.DistinguishedName!.toUpperCase())).status).toBe(
      'PASS',
    );
  });

  it('warns during a pilot rollout while the default does not block yet', () => {
    const r = evaluateCheck(check, view(null, [wave({ groupId: 'pilot' })]));
    expect(r.status).toBe('WARN');
    expect(r.evidence.rolloutInProgress).toBe(true);
  });

  it('fails when the default blocks only one of the two protocols and no rollout is under way', () => {
    const r = evaluateCheck(check, view('Half'));
    expect(r.status).toBe('FAIL');
    expect(r.evidence.policy).toMatchObject({ Name: 'Half', blocksLegacy: false });
  });

  it('fails when no on-premises default is set and there is no wave', () => {
    expect(evaluateCheck(check, view(null)).status).toBe('FAIL');
  });

  it('is an error when the default names a policy that does not exist', () => {
    expect(evaluateCheck(check, view('Nope')).status).toBe('ERROR');
  });

  it('is not applicable when the tenant has no Exchange on-premises', () => {
    expect(evaluateCheck(check, makeView()).status).toBe('NOT_APPLICABLE');
  });

  it('is waived by a tenant-wide waiver while it would fail', () => {
    const v = view(null);
    v.waivers = [tenantWaiver(check.id)];
    expect(evaluateCheck(check, v).status).toBe('WAIVED');
  });
});
