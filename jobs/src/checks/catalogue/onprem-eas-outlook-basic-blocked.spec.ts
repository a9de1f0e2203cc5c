import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../evaluate.js';
import { rule, tenantWaiver } from '../testing/fixtures.js';
import { makeView } from '../testing/view-factory.js';
import type { DeviceAccessRule } from '../types.js';
import { onPremEasOutlookBasicBlocked as check } from './onprem-activesync.js';

const view = (activeSyncDeviceAccessRules: DeviceAccessRule[] | undefined) =>
  makeView({ exchangeOnPremises: { activeSyncDeviceAccessRules } });

describe('ONPREM.EAS.OUTLOOK_BASIC_BLOCKED', () => {
  it('passes when a DeviceModel "Outlook for iOS and Android" Block rule exists', () => {
    const r = evaluateCheck(
      check,
      view([
        rule('DeviceType', 'OutlookService', 'Allow'),
        rule('DeviceModel', 'Outlook for iOS and Android', 'Block'),
      ]),
    );
    expect(r.status).toBe('PASS');
  });

  it('fails when there is no such rule ([] is data)', () => {
    expect(evaluateCheck(check, view([])).status).toBe('FAIL');
  });

  it('fails when the rule for Outlook mobile quarantines instead of blocking', () => {
    const r = evaluateCheck(
      check,
      view([rule('DeviceModel', 'Outlook for iOS and Android', 'Quarantine')]),
    );
    expect(r.status).toBe('FAIL');
    expect(r.summary).toMatch(/Quarantine, not Block/);
  });

  it('fails when the rule only matches part of the model name (rules take no wildcards)', () => {
    expect(
      evaluateCheck(check, view([rule('DeviceModel', 'Outlook for iOS', 'Block')])).status,
    ).toBe('FAIL');
  });

  it('is an error when the device access rule list is missing', () => {
    expect(evaluateCheck(check, view(undefined)).status).toBe('ERROR');
  });

  it('is not applicable when the tenant has no Exchange on-premises', () => {
    expect(evaluateCheck(check, makeView()).status).toBe('NOT_APPLICABLE');
  });

  it('is waived by a tenant-wide waiver while it would fail', () => {
    const v = view([]);
    v.waivers = [tenantWaiver(check.id)];
    expect(evaluateCheck(check, v).status).toBe('WAIVED');
  });
});
