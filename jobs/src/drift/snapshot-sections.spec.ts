import { describe, expect, it } from 'vitest';
import {
  allowingExoPolicy,
  blockingExoPolicy,
  caPolicy,
  exoUser,
  group,
  rule,
} from '../checks/testing/fixtures.js';
import { snapshotSections, type SnapshotSection } from './snapshot-sections.js';

const body = () => ({
  capturedAt: '2026-11-20T06:00:00Z',
  exchangeOnline: {
    organizationConfig: {
      DefaultAuthenticationPolicy: 'Block Basic Auth',
      OAuth2ClientProfileEnabled: true,
    },
    authenticationPolicies: [
      { ...blockingExoPolicy(), AllowBasicAuthPop: null },
      { ...allowingExoPolicy(), AllowBasicAuthSmtp: true },
    ],
    users: [
      exoUser('alice@contoso.com'),
      exoUser('bob@contoso.com', { policy: 'Allow Basic Auth' }),
    ],
    transportConfig: { SmtpClientAuthenticationDisabled: false },
  },
  exchangeOnPremises: {
    organizationConfig: { DefaultAuthenticationPolicy: null, OAuth2ClientProfileEnabled: false },
    authenticationPolicies: [
      { Name: 'Block Legacy', BlockLegacyAuthActiveSync: true, BlockLegacyAuthPop: false },
    ],
    users: [],
    activeSyncOrganizationSettings: { DefaultAccessLevel: 'Block' },
    activeSyncDeviceAccessRules: [rule('DeviceModel', 'Outlook for iOS and Android', 'Allow')],
  },
  entra: {
    conditionalAccessPolicies: [
      caPolicy({
        id: 'ca1',
        displayName: 'Block legacy authentication',
        excludeGroups: ['g-bg'],
        clientAppTypes: ['exchangeActiveSync', 'other'],
        builtInControls: ['block'],
      }),
      caPolicy({
        id: 'ca2',
        displayName: 'MFA',
        state: 'enabledForReportingButNotEnforced',
        builtInControls: ['mfa', 'compliantDevice'],
        operator: 'AND',
        locations: { includeLocations: ['All'], excludeLocations: ['loc1'] },
      }),
    ],
    namedLocations: [
      {
        id: 'loc1',
        displayName: 'Head office',
        isTrusted: true,
        ipRanges: [{ cidrAddress: '203.0.113.0/24' }],
      },
    ],
    groups: [group('g-bg', [], 'Break glass')],
  },
});

const section = (list: SnapshotSection[], kind: SnapshotSection['kind']) => {
  const s = list.find((x) => x.kind === kind);
  if (!s) throw new Error(`no ${kind} section`);
  return s;
};
const rowOf = (s: SnapshotSection, key: string) =>
  Object.fromEntries(s.columns.map((c, i) => [c, s.rows.find((r) => r.key === key)?.cells[i]]));

describe('snapshot sections', () => {
  it('says which Basic-auth protocols each Exchange Online policy allows and blocks', () => {
    const s = section(snapshotSections(body()), 'EXO_AUTHENTICATION_POLICIES');
    expect(s.read).toBe(true);
    expect(s.total).toBe(2);
    expect(rowOf(s, 'Block Basic Auth')).toEqual({
      name: 'Block Basic Auth',
      allowed: '',
      // A switch that is null is neither allowed nor blocked.
      blocked: 'ActiveSync, Autodiscover, OutlookService',
      orgDefault: 'True',
      assignedUsers: '0',
    });
    expect(rowOf(s, 'Allow Basic Auth')).toMatchObject({
      allowed: 'ActiveSync, Smtp',
      orgDefault: 'False',
      assignedUsers: '1',
    });
    expect(s.checkIds).toContain('EXO.AUTHPOL.BLOCKS_BASIC');
  });

  it('reads on-premises BlockLegacyAuth switches the other way round', () => {
    const s = section(snapshotSections(body()), 'ONPREM_AUTHENTICATION_POLICIES');
    expect(rowOf(s, 'Block Legacy')).toMatchObject({
      allowed: 'Pop',
      blocked: 'ActiveSync',
      // No org default on-premises: unknown, not "no".
      orgDefault: null,
    });
  });

  it('gives each user their own policy and the effective one (the org default when unset)', () => {
    const s = section(snapshotSections(body()), 'EXO_USER_ASSIGNMENTS');
    expect(rowOf(s, 'alice@contoso.com')).toMatchObject({
      policy: null,
      effectivePolicy: 'Block Basic Auth',
    });
    expect(rowOf(s, 'bob@contoso.com')).toMatchObject({
      policy: 'Allow Basic Auth',
      effectivePolicy: 'Allow Basic Auth',
    });
  });

  it('lists the org settings, ActiveSync default and device access rules', () => {
    const sections = snapshotSections(body());
    const exoOrg = section(sections, 'EXO_ORGANIZATION');
    expect(exoOrg.rows.map((r) => r.cells)).toEqual([
      ['DefaultAuthenticationPolicy', 'Block Basic Auth'],
      ['OAuth2ClientProfileEnabled', 'True'],
      ['SmtpClientAuthenticationDisabled', 'False'],
    ]);
    expect(section(sections, 'ACTIVESYNC_ORGANIZATION').rows[0]!.cells).toEqual([
      'DefaultAccessLevel',
      'Block',
    ]);
    const rules = section(sections, 'ACTIVESYNC_DEVICE_ACCESS_RULES');
    expect(rules.rows[0]!.cells).toEqual([
      'Outlook for iOS and Android (DeviceModel)',
      'DeviceModel',
      'Outlook for iOS and Android',
      'Allow',
    ]);
  });

  it('shows CA policies with state, users (groups named), apps, client app types and grant', () => {
    const s = section(snapshotSections(body()), 'CONDITIONAL_ACCESS_POLICIES');
    expect(rowOf(s, 'ca1')).toEqual({
      name: 'Block legacy authentication',
      state: 'enabled',
      users: '+ All − Break glass',
      applications: '+ All',
      clientAppTypes: 'exchangeActiveSync, other',
      grant: 'block',
      conditions: '',
    });
    expect(rowOf(s, 'ca2')).toMatchObject({
      state: 'enabledForReportingButNotEnforced',
      grant: 'mfa AND compliantDevice',
      conditions: 'locations + All − Head office',
    });
    const locations = section(snapshotSections(body()), 'NAMED_LOCATIONS');
    expect(rowOf(locations, 'loc1')).toEqual({
      name: 'Head office',
      trusted: 'True',
      ranges: '203.0.113.0/24',
    });
  });

  it('marks a list the collector did not send as not read, and leaves out absent sources', () => {
    const b = body();
    delete (b.exchangeOnPremises as Partial<typeof b.exchangeOnPremises>)
      .activeSyncDeviceAccessRules;
    const sections = snapshotSections({ ...b, entra: undefined });
    const rules = section(sections, 'ACTIVESYNC_DEVICE_ACCESS_RULES');
    expect(rules).toMatchObject({ read: false, total: 0, rows: [] });
    expect(sections.some((x) => x.source === 'entra')).toBe(false);
    expect(snapshotSections(null)).toEqual([]);
  });

  it('caps rows at the limit (default 50, at most 500) from the offset, with the total', () => {
    const b = body();
    b.exchangeOnline.users = Array.from({ length: 700 }, (_, i) => exoUser(`u${i}@contoso.com`));
    const users = (page?: { limit?: number; offset?: number }) =>
      section(snapshotSections(b, page), 'EXO_USER_ASSIGNMENTS');
    expect(users().rows).toHaveLength(50);
    expect(users().total).toBe(700);
    expect(users({ limit: 10_000 }).rows).toHaveLength(500);
    const page = users({ limit: 5, offset: 698 });
    expect(page.rows.map((r) => r.key)).toEqual(['u698@contoso.com', 'u699@contoso.com']);
    expect(users({ limit: -3 }).rows).toHaveLength(0);
    expect(snapshotSections(b, { kinds: ['EXO_USER_ASSIGNMENTS'] }).map((x) => x.kind)).toEqual([
      'EXO_USER_ASSIGNMENTS',
    ]);
  });
});
