import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../evaluate.js';
import { tenantWaiver } from '../testing/fixtures.js';
import { makeView } from '../testing/view-factory.js';
import type { OnPremAuthenticationPolicy } from '../types.js';
import { onPremAuthPolicyBlocksLegacy as check } from './onprem-authpol.js';

const blocking: OnPremAuthenticationPolicy = {
  Name: 'BlockLegacyActiveSyncAuth',
  BlockLegacyAuthActiveSync: true,
  BlockLegacyAuthAutodiscover: true,
};

const view = (authenticationPolicies: OnPremAuthenticationPolicy[] | undefined) =>
  makeView({ exchangeOnPremises: { authenticationPolicies } });

describe('ONPREM.AUTHPOL.BLOCKS_LEGACY', () => {
  it('passes when a policy blocks legacy auth for both ActiveSync and Autodiscover', () => {
    const r = evaluateCheck(check, view([blocking]));
    expect(r.status).toBe('PASS');
    expect(r.metric).toBe(1);
  });

  it('fails when the only policy blocks ActiveSync but not Autodiscover', () => {
    const r = evaluateCheck(check, view([{ ...blocking, BlockLegacyAuthAutodiscover: false }]));
    expect(r.status).toBe('FAIL');
    expect(r.evidence.policies).toEqual([
      {
        Name: 'BlockLegacyActiveSyncAuth',
        BlockLegacyAuthActiveSync: true,
        BlockLegacyAuthAutodiscover: false,
        blocksLegacy: false,
      },
    ]);
  });

  it('fails when on-premises has no authentication policy ([] is data)', () => {
    expect(evaluateCheck(check, view([])).status).toBe('FAIL');
  });

  it('is an error when a policy lacks BlockLegacyAuthAutodiscover', () => {
    const { BlockLegacyAuthAutodiscover: _drop, ...broken } = blocking;
    expect(evaluateCheck(check, view([broken])).status).toBe('ERROR');
  });

  it('is an error when the policy list is missing', () => {
    expect(evaluateCheck(check, view(undefined)).status).toBe('ERROR');
  });

  it('is not applicable when the tenant has no Exchange on-premises', () => {
    expect(evaluateCheck(check, makeView()).status).toBe('NOT_APPLICABLE');
  });

  it('is an error when Exchange on-premises is declared but never arrived', () => {
    expect(
      evaluateCheck(check, makeView({ settings: { declaredSources: ['exchangeOnPremises'] } }))
        .status,
    ).toBe('ERROR');
  });

  it('is waived by a tenant-wide waiver while it would fail', () => {
    const v = view([]);
    v.waivers = [tenantWaiver(check.id)];
    expect(evaluateCheck(check, v).status).toBe('WAIVED');
  });
});
