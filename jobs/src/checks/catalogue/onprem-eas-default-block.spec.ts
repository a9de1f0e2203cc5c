import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../evaluate.js';
import { tenantWaiver } from '../testing/fixtures.js';
import { makeView } from '../testing/view-factory.js';
import { onPremEasDefaultBlock as check } from './onprem-activesync.js';

const view = (DefaultAccessLevel: 'Allow' | 'Block' | 'Quarantine' | null) =>
  makeView({ exchangeOnPremises: { activeSyncOrganizationSettings: { DefaultAccessLevel } } });

describe('ONPREM.EAS.DEFAULT_BLOCK', () => {
  it('passes when DefaultAccessLevel is Block', () => {
    expect(evaluateCheck(check, view('Block')).status).toBe('PASS');
  });

  it('fails when DefaultAccessLevel is Allow', () => {
    expect(evaluateCheck(check, view('Allow')).status).toBe('FAIL');
  });

  it('fails when DefaultAccessLevel is Quarantine, which also lets any client in', () => {
    const r = evaluateCheck(check, view('Quarantine'));
    expect(r.status).toBe('FAIL');
    expect(r.evidence.DefaultAccessLevel).toBe('Quarantine');
  });

  it('is an error when DefaultAccessLevel is $null, not a known access level', () => {
    expect(evaluateCheck(check, view(null)).status).toBe('ERROR');
  });

  it('is an error when the ActiveSync organization settings are missing', () => {
    expect(evaluateCheck(check, makeView({ exchangeOnPremises: {} })).status).toBe('ERROR');
  });

  it('is not applicable when the tenant has no Exchange on-premises', () => {
    expect(evaluateCheck(check, makeView()).status).toBe('NOT_APPLICABLE');
  });

  it('is waived by a tenant-wide waiver while it would fail', () => {
    const v = view('Allow');
    v.waivers = [tenantWaiver(check.id)];
    expect(evaluateCheck(check, v).status).toBe('WAIVED');
  });
});
