import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../evaluate.js';
import { appProtectionPolicy, group, member, nested, wave } from '../testing/fixtures.js';
import { makeView } from '../testing/view-factory.js';
import type { ManagedAppProtection, TenantView } from '../types.js';
import { intuneAppProtectionOutlook as check } from './intune-app-protection.js';

const USERS = ['a', 'b', 'c', 'bg'].map((n) => ({
  id: `id-${n}`,
  userPrincipalName: `${n}@contoso.com`,
  accountEnabled: true,
}));

/** a@ pilot, b@ in "Field" nested in wave 2, c@ in no wave, bg@ the emergency-access account. */
const view = (
  ios: ManagedAppProtection[] | undefined,
  android: ManagedAppProtection[] | undefined,
  opts: { waves?: TenantView['waves']; emergency?: string[] } = {},
) =>
  makeView({
    entra: {
      conditionalAccessPolicies: [],
      users: USERS,
      groups: [
        group('g-pilot', [member('a@contoso.com')], 'Pilot'),
        group('g-wave2', [nested('g-field')], 'Wave 2'),
        group('g-field', [member('b@contoso.com')], 'Field'),
        group('g-bg', [member('bg@contoso.com')], 'Emergency'),
        group('g-contractors', [member('c@contoso.com')], 'Contractors'),
      ],
      iosManagedAppProtections: ios,
      androidManagedAppProtections: android,
    },
    waves: opts.waves ?? [],
    settings: { emergencyAccessAccounts: opts.emergency ?? [] },
  });

const WAVES = [
  wave({ groupId: 'g-pilot', name: 'Pilot', order: 1 }),
  wave({ groupId: 'g-wave2', name: 'Wave 2', order: 2 }),
];
const ios = appProtectionPolicy('ios');
const android = appProtectionPolicy('android');

describe('INTUNE.APP_PROTECTION_OUTLOOK', () => {
  it('passes when both platforms protect Outlook for all licensed users', () => {
    const r = evaluateCheck(check, view([ios], [android]));
    expect(r.status).toBe('PASS');
    expect(r.summary).toMatch(/iOS: all users; Android: all users/);
  });

  it('compares the iOS bundle id case-insensitively (Graph samples spell it in lower case)', () => {
    const lowerCase = appProtectionPolicy('ios');
    lowerCase.apps![0]!.mobileAppIdentifier!.bundleId = 'com.microsoft.office.outlook';
    expect(evaluateCheck(check, view([lowerCase], [android])).status).toBe('PASS');
  });

  it('passes when the groups reach every rollout wave, nested groups resolved', () => {
    const byWave = appProtectionPolicy('android', { targets: ['g-pilot', 'g-wave2'] });
    const r = evaluateCheck(check, view([ios], [byWave], { waves: WAVES }));
    expect(r.status).toBe('PASS');
    expect(r.summary).toMatch(/Android: every rollout wave \(2 waves\)/);
  });

  it('warns when narrowed to the pilot, naming the waves and the users left out', () => {
    const pilotOnly = appProtectionPolicy('android', { targets: ['g-pilot'] });
    const r = evaluateCheck(check, view([ios], [pilotOnly], { waves: WAVES }));
    expect(r.status).toBe('WARN');
    expect(r.summary).toContain('Android assigned only to "Pilot"');
    expect(r.summary).toContain('waves left out: "Wave 2" (1 of 1)');
    expect(r.summary).toContain('1 user left out (b@contoso.com)');
    expect(r.metric).toBe(1);
    expect(check.evaluate(view([ios], [pilotOnly], { waves: WAVES })).failingItems).toEqual([
      'b@contoso.com',
    ]);
  });

  it('warns without waves and names everyone the groups leave out', () => {
    const pilotOnly = appProtectionPolicy('ios', { targets: ['g-pilot'] });
    const r = evaluateCheck(check, view([pilotOnly], [android]));
    expect(r.status).toBe('WARN');
    expect(r.summary).toContain('3 users left out (b@contoso.com, c@contoso.com, bg@contoso.com)');
  });

  it('allows excluding the emergency-access accounts only', () => {
    const excludesBg = appProtectionPolicy('ios', { targets: ['all', '-g-bg'] });
    expect(
      evaluateCheck(check, view([excludesBg], [android], { emergency: ['bg@contoso.com'] })).status,
    ).toBe('PASS');
    const r = evaluateCheck(check, view([excludesBg], [android]));
    expect(r.status).toBe('WARN');
    expect(r.summary).toContain('excludes "Emergency"');
  });

  it('warns when an exclusion takes a wave member out (an exclusion wins over all users)', () => {
    const excludesWave = appProtectionPolicy('android', { targets: ['all', '-g-field'] });
    const r = evaluateCheck(check, view([ios], [excludesWave], { waves: WAVES }));
    expect(r.status).toBe('WARN');
    expect(r.summary).toContain('excludes "Field"');
    expect(r.summary).toContain('"Wave 2" (1 of 1)');
  });

  it('another policy that includes the excluded user covers them', () => {
    const excludesC = appProtectionPolicy('ios', { targets: ['all', '-g-contractors'] });
    const forC = appProtectionPolicy('ios', { id: 'T_c', targets: ['g-contractors'] });
    // All users minus Contractors, plus a policy for Contractors: nobody is left out, but no
    // single policy is for all users and there are no waves, so it stays a WARN (cautious).
    const r = evaluateCheck(check, view([excludesC, forC], [android]));
    expect(r.status).toBe('WARN');
    expect(r.metric).toBe(0);
  });

  it('fails when a platform has no policy with Outlook', () => {
    const noOutlook = appProtectionPolicy('ios', { outlook: false, name: 'Teams only' });
    const r = evaluateCheck(check, view([noOutlook], [android]));
    expect(r.status).toBe('FAIL');
    expect(r.summary).toContain('no iOS policy includes Outlook (com.microsoft.Office.Outlook)');
  });

  it('fails when the Outlook policy is assigned to nobody, or there is none', () => {
    const unassigned = appProtectionPolicy('android', { targets: [] });
    expect(evaluateCheck(check, view([ios], [unassigned])).summary).toContain('assigned to nobody');
    const r = evaluateCheck(check, view([], [android]));
    expect(r.status).toBe('FAIL');
    expect(r.summary).toContain('no iOS app protection policy exists');
  });

  it('is not applicable when the policies were not read, and never passes without them', () => {
    const r = evaluateCheck(check, view(undefined, undefined));
    expect(r.status).toBe('NOT_APPLICABLE');
    expect(r.summary).toMatch(/DeviceManagementApps\.Read\.All/);
  });

  it('cannot verify one platform alone, a policy read without $expand, or an unknown group', () => {
    expect(evaluateCheck(check, view([ios], undefined)).status).toBe('ERROR');
    const { apps: _apps, ...noApps } = ios;
    expect(evaluateCheck(check, view([noApps], [android])).summary).toMatch(/\$expand/);
    const ghost = appProtectionPolicy('android', { targets: ['g-ghost'] });
    expect(evaluateCheck(check, view([ios], [ghost])).status).toBe('ERROR');
  });
});
