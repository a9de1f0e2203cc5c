import { describe, expect, it } from 'vitest';
import {
  allowingExoPolicy,
  blockingExoPolicy,
  caPolicy,
  exoUser,
  group,
  member,
  rule,
} from '../checks/testing/fixtures.js';
import { diffSource } from './snapshot-diff.js';

const reversed = <T>(xs: T[]) => [...xs].reverse();

describe('the same settings in another order', () => {
  it('is no drift for policies, users, rules, servers and virtual directories', () => {
    const policies = [blockingExoPolicy(), allowingExoPolicy(), blockingExoPolicy('Pilot')];
    const users = ['a', 'b', 'c'].map((n) => exoUser(`${n}@contoso.com`));
    expect(
      diffSource(
        'exchangeOnline',
        { authenticationPolicies: policies, users },
        { authenticationPolicies: reversed(policies), users: reversed(users) },
      ),
    ).toEqual([]);
    const onprem = {
      activeSyncDeviceAccessRules: [
        rule('DeviceType', 'OutlookService', 'Allow'),
        rule('DeviceModel', 'Outlook for iOS and Android', 'Block'),
      ],
      authServers: [
        {
          Name: 'EvoSts - 1',
          Type: 'AzureAD',
          Enabled: true,
          IsDefaultAuthorizationEndpoint: true,
        },
        { Name: 'ACS', Type: 'MicrosoftACS', Enabled: true, IsDefaultAuthorizationEndpoint: false },
      ],
      virtualDirectories: [
        {
          Server: 'EX01',
          Kind: 'Mapi' as const,
          IISAuthenticationMethods: ['Ntlm', 'OAuth', 'Negotiate'],
        },
        { Server: 'EX01', Kind: 'WebServices' as const, OAuthAuthentication: true },
      ],
    };
    expect(
      diffSource('exchangeOnPremises', onprem, {
        activeSyncDeviceAccessRules: reversed(onprem.activeSyncDeviceAccessRules),
        authServers: reversed(onprem.authServers),
        virtualDirectories: [
          { Server: 'EX01', Kind: 'WebServices', OAuthAuthentication: true },
          // the same methods, listed in another order
          {
            Server: 'EX01',
            Kind: 'Mapi',
            IISAuthenticationMethods: ['OAuth', 'Negotiate', 'Ntlm'],
          },
        ],
      }),
    ).toEqual([]);
  });

  it('is no drift for Conditional Access policies, their lists, and wave group members', () => {
    const cas = [
      caPolicy({
        id: 'p1',
        excludeGroups: ['g1', 'g2'],
        clientAppTypes: ['exchangeActiveSync', 'other'],
      }),
      caPolicy({ id: 'p2', builtInControls: ['mfa', 'compliantDevice'] }),
    ];
    const shuffled = [
      caPolicy({ id: 'p2', builtInControls: ['compliantDevice', 'mfa'] }),
      caPolicy({
        id: 'p1',
        excludeGroups: ['g2', 'g1'],
        clientAppTypes: ['other', 'exchangeActiveSync'],
      }),
    ];
    const pilot = group('pilot', [member('a@contoso.com'), member('b@contoso.com')]);
    const pilotShuffled = group('pilot', [member('b@contoso.com'), member('a@contoso.com')]);
    expect(
      diffSource(
        'entra',
        { conditionalAccessPolicies: cas, groups: [pilot] },
        { conditionalAccessPolicies: shuffled, groups: [pilotShuffled] },
        { waveGroupIds: ['pilot'] },
      ),
    ).toEqual([]);
  });
});
