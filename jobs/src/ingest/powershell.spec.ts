import { describe, expect, it } from 'vitest';
import { fromPowerShellDate } from './powershell.js';
import { validateSnapshot } from './snapshot.schema.js';

/** JSON text exactly as Windows PowerShell 5.1's ConvertTo-Json writes it (`\/Date(…)\/`, enum numbers). */
const PS51 = String.raw`{
  "capturedAt": "\/Date(1700000000000)\/",
  "exchangeOnPremises": {
    "activeSyncOrganizationSettings": { "DefaultAccessLevel": 2 },
    "activeSyncDeviceAccessRules": [
      { "Name": "Outlook for iOS and Android (DeviceModel)", "Characteristic": 1, "QueryString": "Outlook for iOS and Android", "AccessLevel": 1 },
      { "Name": "OutlookService (DeviceType)", "Characteristic": 0, "QueryString": "OutlookService", "AccessLevel": 0 }
    ],
    "mobileDevices": [
      { "DeviceId": "ABC123", "DeviceType": "iPhone", "DeviceAccessState": 1, "DeviceAccessStateReason": 1,
        "FirstSyncTime": "\/Date(1690000000000+0100)\/", "LastSuccessSync": "\/Date(1699990000000)\/" }
    ]
  }
}`;

describe('Windows PowerShell 5.1 ConvertTo-Json bodies', () => {
  it('turns /Date(ms)/ and /Date(ms+hhmm)/ into ISO 8601 UTC (the offset is informational)', () => {
    expect(fromPowerShellDate('/Date(1700000000000)/')).toBe('2023-11-14T22:13:20.000Z');
    expect(fromPowerShellDate('/Date(1700000000000+0100)/')).toBe('2023-11-14T22:13:20.000Z');
    expect(fromPowerShellDate('/Date(-1000-0500)/')).toBe('1969-12-31T23:59:59.000Z');
    // Get-Date output keeps its ETS note properties in 5.1.
    expect(
      fromPowerShellDate({ value: '/Date(1700000000000)/', DisplayHint: 2, DateTime: 'x' }),
    ).toBe('2023-11-14T22:13:20.000Z');
    expect(fromPowerShellDate('2023-11-14T22:13:20Z')).toBe('2023-11-14T22:13:20Z');
  });

  it('accepts the 5.1 body and hands the checks names and ISO dates only', () => {
    const v = validateSnapshot(JSON.parse(PS51), new Date('2023-11-15T00:00:00Z'));
    if (!v.ok) throw new Error(JSON.stringify(v.problems));
    expect(v.capturedAt.toISOString()).toBe('2023-11-14T22:13:20.000Z');
    expect(v.body.capturedAt).toBe('2023-11-14T22:13:20.000Z');
    const onprem = v.body.exchangeOnPremises!;
    expect(onprem.activeSyncOrganizationSettings?.DefaultAccessLevel).toBe('Quarantine');
    expect(
      onprem.activeSyncDeviceAccessRules?.map((r) => [r.Characteristic, r.AccessLevel]),
    ).toEqual([
      ['DeviceModel', 'Block'],
      ['DeviceType', 'Allow'],
    ]);
    expect(onprem.mobileDevices?.[0]).toMatchObject({
      DeviceAccessState: 'Allowed',
      DeviceAccessStateReason: 'Global',
      FirstSyncTime: '2023-07-22T04:26:40.000Z',
      LastSuccessSync: '2023-11-14T19:26:40.000Z',
    });
  });

  it('refuses an enum number outside the documented members, naming the range', () => {
    const body = JSON.parse(PS51) as { exchangeOnPremises: Record<string, unknown> };
    body.exchangeOnPremises.activeSyncOrganizationSettings = { DefaultAccessLevel: 7 };
    const v = validateSnapshot(body, new Date('2023-11-15T00:00:00Z'));
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.problems).toEqual([
      {
        path: 'exchangeOnPremises.activeSyncOrganizationSettings.DefaultAccessLevel',
        reason: '7 is not a documented value (0-2: Allow, Block, Quarantine)',
      },
    ]);
  });

  it('refuses a malformed /Date()/ with the ISO message', () => {
    const body = JSON.parse(PS51) as Record<string, unknown>;
    body.capturedAt = '/Date(soon)/';
    const v = validateSnapshot(body);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.problems[0]?.path).toBe('capturedAt');
  });
});
