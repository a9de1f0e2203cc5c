import { describe, expect, it } from 'vitest';
import { rule } from '../checks/testing/fixtures.js';
import { diffSource } from './snapshot-diff.js';

describe('ActiveSync access', () => {
  it('records DefaultAccessLevel changing from Block to Allow', () => {
    const changes = diffSource(
      'exchangeOnPremises',
      { activeSyncOrganizationSettings: { DefaultAccessLevel: 'Block' } },
      { activeSyncOrganizationSettings: { DefaultAccessLevel: 'Allow' } },
    );
    expect(changes).toEqual([
      expect.objectContaining({
        path: 'exchangeOnPremises.activeSyncOrganizationSettings.DefaultAccessLevel',
        before: 'Block',
        after: 'Allow',
        checkIds: ['ONPREM.EAS.DEFAULT_BLOCK', 'ONPREM.EAS.OUTLOOKSERVICE_ALLOWED'],
      }),
    ]);
  });

  it('records a device access rule whose level changed, and one removed', () => {
    const outlook = rule('DeviceModel', 'Outlook for iOS and Android', 'Block');
    const service = rule('DeviceType', 'OutlookService', 'Allow');
    const changes = diffSource(
      'exchangeOnPremises',
      { activeSyncDeviceAccessRules: [outlook, service] },
      { activeSyncDeviceAccessRules: [{ ...outlook, AccessLevel: 'Quarantine' }] },
    );
    expect(changes.map((c) => [c.kind, c.path, c.before, c.after])).toEqual([
      [
        'REMOVED',
        'exchangeOnPremises.activeSyncDeviceAccessRules[OutlookService (DeviceType)]',
        { Characteristic: 'DeviceType', QueryString: 'OutlookService', AccessLevel: 'Allow' },
        null,
      ],
      [
        'CHANGED',
        'exchangeOnPremises.activeSyncDeviceAccessRules[Outlook for iOS and Android (DeviceModel)].AccessLevel',
        'Block',
        'Quarantine',
      ],
    ]);
    expect(changes[1]!.checkIds).toEqual([
      'ONPREM.EAS.OUTLOOKSERVICE_ALLOWED',
      'ONPREM.EAS.OUTLOOK_BASIC_BLOCKED',
    ]);
  });
});

describe('Hybrid Modern Authentication', () => {
  it('records the default authorization endpoint moving off EvoSts', () => {
    const evo = {
      Name: 'EvoSts - 1',
      Type: 'AzureAD',
      Enabled: true,
      IsDefaultAuthorizationEndpoint: true,
    };
    const changes = diffSource(
      'exchangeOnPremises',
      { authServers: [evo] },
      { authServers: [{ ...evo, IsDefaultAuthorizationEndpoint: false }] },
    );
    expect(changes.map((c) => [c.path, c.before, c.after, c.checkIds])).toEqual([
      [
        'exchangeOnPremises.authServers[EvoSts - 1].IsDefaultAuthorizationEndpoint',
        true,
        false,
        ['ONPREM.HMA.EVOSTS'],
      ],
    ]);
  });

  it('records virtual directory auth flags by server and kind, methods as sets', () => {
    const changes = diffSource(
      'exchangeOnPremises',
      {
        virtualDirectories: [
          {
            Server: 'EX01',
            Kind: 'WebServices',
            OAuthAuthentication: true,
            BasicAuthentication: false,
          },
          {
            Server: 'EX02',
            Kind: 'Mapi',
            IISAuthenticationMethods: ['Ntlm', 'OAuth'],
            InternalUrl: 'a',
          },
        ],
      },
      {
        virtualDirectories: [
          { Server: 'EX02', Kind: 'Mapi', IISAuthenticationMethods: ['Ntlm'], InternalUrl: 'b' },
          {
            Server: 'EX01',
            Kind: 'WebServices',
            OAuthAuthentication: false,
            BasicAuthentication: false,
          },
        ],
      },
    );
    expect(changes.map((c) => [c.path, c.summary])).toEqual([
      [
        'exchangeOnPremises.virtualDirectories[EX02/Mapi].IISAuthenticationMethods',
        '"EX02/Mapi" IISAuthenticationMethods − OAuth',
      ],
      [
        'exchangeOnPremises.virtualDirectories[EX01/WebServices].OAuthAuthentication',
        '"EX01/WebServices" OAuthAuthentication: true → false',
      ],
    ]);
    expect(changes.every((c) => c.checkIds.join() === 'ONPREM.HMA.EVOSTS')).toBe(true);
  });
});
