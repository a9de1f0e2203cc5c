import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../evaluate.js';
import { rule, tenantWaiver } from '../testing/fixtures.js';
import { makeView } from '../testing/view-factory.js';
import type { DeviceAccessRule } from '../types.js';
import { onPremEasOutlookServiceAllowed as check } from './onprem-activesync.js';

const view = (
  DefaultAccessLevel: 'Allow' | 'Block' | 'Quarantine',
  activeSyncDeviceAccessRules: DeviceAccessRule[] | undefined,
) =>
  makeView({
    exchangeOnPremises: {
      activeSyncOrganizationSettings: { DefaultAccessLevel },
      activeSyncDeviceAccessRules,
    },
  });

describe('ONPREM.EAS.OUTLOOKSERVICE_ALLOWED', () => {
  it('passes when DefaultAccessLevel is Allow (no rule needed)', () => {
    expect(evaluateCheck(check, view('Allow', [])).status).toBe('PASS');
  });

  it('passes when the default blocks and a DeviceType OutlookService Allow rule exists', () => {
    const r = evaluateCheck(check, view('Block', [rule('DeviceType', 'OutlookService', 'Allow')]));
    expect(r.status).toBe('PASS');
    expect(r.evidence.outlookServiceRules).toHaveLength(1);
  });

  it('fails (an outage) when the default blocks and no rule allows OutlookService', () => {
    const r = evaluateCheck(
      check,
      view('Block', [rule('DeviceModel', 'Outlook for iOS and Android', 'Block')]),
    );
    expect(r.status).toBe('FAIL');
    expect(r.summary).toMatch(/cannot sync on-premises mailboxes/);
  });

  it('fails when an OutlookService rule matches on the wrong characteristic (DeviceModel instead of DeviceType)', () => {
    expect(
      evaluateCheck(check, view('Quarantine', [rule('DeviceModel', 'OutlookService', 'Allow')]))
        .status,
    ).toBe('FAIL');
  });

  it('fails when a rule blocks DeviceType OutlookService even though the default is Allow', () => {
    expect(
      evaluateCheck(check, view('Allow', [rule('DeviceType', 'OutlookService', 'Block')])).status,
    ).toBe('FAIL');
  });

  it('is an error when the device access rule list is missing', () => {
    expect(evaluateCheck(check, view('Block', undefined)).status).toBe('ERROR');
  });

  it('is an error when a rule lacks its AccessLevel', () => {
    const { AccessLevel: _drop, ...broken } = rule('DeviceType', 'OutlookService', 'Allow');
    expect(evaluateCheck(check, view('Block', [broken])).status).toBe('ERROR');
  });

  it('is not applicable when the tenant has no Exchange on-premises', () => {
    expect(evaluateCheck(check, makeView()).status).toBe('NOT_APPLICABLE');
  });

  it('is waived by a tenant-wide waiver while it would fail', () => {
    const v = view('Block', []);
    v.waivers = [tenantWaiver(check.id)];
    expect(evaluateCheck(check, v).status).toBe('WAIVED');
  });
});
