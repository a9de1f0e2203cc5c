import { describe, expect, it } from 'vitest';
import { allowingExoPolicy, blockingExoPolicy, exoUser } from '../checks/testing/fixtures.js';
import type {
  ExchangeOnlineData,
  ExchangeOnPremisesData,
  OnPremAuthenticationPolicy,
} from '../checks/types.js';
import { diffSource } from './snapshot-diff.js';

const exo = (parts: Partial<ExchangeOnlineData> = {}): ExchangeOnlineData => ({
  organizationConfig: {
    DefaultAuthenticationPolicy: 'Block Basic Auth',
    OAuth2ClientProfileEnabled: true,
  },
  authenticationPolicies: [blockingExoPolicy(), allowingExoPolicy()],
  users: [exoUser('alice@contoso.com'), exoUser('bob@contoso.com', { policy: 'Allow Basic Auth' })],
  ...parts,
});

describe('authentication policies: a flag flipped', () => {
  it('is one change with its stable path, before, after and the checks that read it', () => {
    const after = exo({
      authenticationPolicies: [
        { ...blockingExoPolicy(), AllowBasicAuthActiveSync: true },
        allowingExoPolicy(),
      ],
    });
    expect(diffSource('exchangeOnline', exo(), after)).toEqual([
      {
        source: 'exchangeOnline',
        path: 'exchangeOnline.authenticationPolicies[Block Basic Auth].AllowBasicAuthActiveSync',
        kind: 'CHANGED',
        before: false,
        after: true,
        summary: '"Block Basic Auth" AllowBasicAuthActiveSync: false → true',
        // The same line as a message, for the web to word in the reader's language.
        message: {
          code: 'DRIFT.within',
          params: {
            within: 'Block Basic Auth',
            change: {
              code: 'DRIFT.setting',
              params: { field: 'AllowBasicAuthActiveSync', before: 'false', after: 'true' },
            },
          },
        },
        checkIds: [
          'EXO.AUTHPOL.BLOCKS_BASIC',
          'EXO.AUTHPOL.ORG_DEFAULT',
          'ROLLOUT.ORG_COVERAGE',
          'ROLLOUT.PILOT_COVERAGE',
          'ROLLOUT.SCHEDULE',
        ],
      },
    ]);
  });

  it('watches every flag, also ones no check reads (they link to no check)', () => {
    const after = exo({
      authenticationPolicies: [
        { ...blockingExoPolicy(), AllowBasicAuthPop: true },
        allowingExoPolicy(),
      ],
    });
    const before = exo({
      authenticationPolicies: [
        { ...blockingExoPolicy(), AllowBasicAuthPop: false },
        allowingExoPolicy(),
      ],
    });
    const [c, ...rest] = diffSource('exchangeOnline', before, after);
    expect(rest).toEqual([]);
    expect(c).toMatchObject({
      path: 'exchangeOnline.authenticationPolicies[Block Basic Auth].AllowBasicAuthPop',
      before: false,
      after: true,
      checkIds: [],
    });
  });

  it('watches the on-premises BlockLegacyAuth flags the same way', () => {
    const pol = {
      Name: 'BlockLegacy',
      BlockLegacyAuthActiveSync: true,
      BlockLegacyAuthAutodiscover: true,
    };
    const onprem = (p: OnPremAuthenticationPolicy): ExchangeOnPremisesData => ({
      authenticationPolicies: [p],
    });
    const changes = diffSource(
      'exchangeOnPremises',
      onprem(pol),
      onprem({ ...pol, BlockLegacyAuthAutodiscover: false }),
    );
    expect(changes.map((c) => [c.path, c.before, c.after, c.checkIds])).toEqual([
      [
        'exchangeOnPremises.authenticationPolicies[BlockLegacy].BlockLegacyAuthAutodiscover',
        true,
        false,
        ['ONPREM.AUTHPOL.BLOCKS_LEGACY', 'ONPREM.AUTHPOL.ORG_DEFAULT'],
      ],
    ]);
  });
});

describe('authentication policies: added, removed, renamed', () => {
  it('records an added and a removed policy as whole objects', () => {
    const after = exo({
      authenticationPolicies: [blockingExoPolicy(), blockingExoPolicy('Pilot')],
    });
    const changes = diffSource('exchangeOnline', exo(), after);
    expect(changes.map((c) => [c.kind, c.path])).toEqual([
      ['REMOVED', 'exchangeOnline.authenticationPolicies[Allow Basic Auth]'],
      ['ADDED', 'exchangeOnline.authenticationPolicies[Pilot]'],
    ]);
    expect(changes[1]!.after).toMatchObject({ Name: 'Pilot', AllowBasicAuthActiveSync: false });
    expect(changes[1]!.before).toBeNull();
    expect(changes[0]!.checkIds).toContain('EXO.AUTHPOL.BLOCKS_BASIC');
  });

  it('follows a policy renamed under the same Guid: a Name change, not remove + add', () => {
    const renamed = { ...blockingExoPolicy(), Name: 'Block Basic Auth Mobile' };
    const changes = diffSource(
      'exchangeOnline',
      exo(),
      exo({ authenticationPolicies: [renamed, allowingExoPolicy()] }),
    );
    expect(changes.map((c) => [c.kind, c.path, c.before, c.after])).toEqual([
      [
        'CHANGED',
        'exchangeOnline.authenticationPolicies[Block Basic Auth Mobile].Name',
        'Block Basic Auth',
        'Block Basic Auth Mobile',
      ],
    ]);
  });

  it('matches by Name when a collector does not send Guids, case-insensitively', () => {
    const noGuid = (name: string) => ({ ...blockingExoPolicy(name), Guid: undefined });
    const changes = diffSource(
      'exchangeOnline',
      exo({ authenticationPolicies: [noGuid('Block Basic Auth')] }),
      exo({ authenticationPolicies: [noGuid('BLOCK BASIC AUTH')] }),
    );
    expect(changes).toEqual([]);
  });

  it('escapes a ] in a name, so the path splits back the same way', () => {
    const odd = blockingExoPolicy('Block [mobile]');
    const changes = diffSource(
      'exchangeOnline',
      exo({ authenticationPolicies: [odd] }),
      exo({ authenticationPolicies: [{ ...odd, AllowBasicAuthSmtp: false }] }),
    );
    expect(changes).toEqual([]); // a flag that appears on one side only is not compared
    const flipped = diffSource(
      'exchangeOnline',
      exo({ authenticationPolicies: [odd] }),
      exo({ authenticationPolicies: [{ ...odd, AllowBasicAuthAutodiscover: true }] }),
    );
    expect(flipped[0]!.path).toBe(
      'exchangeOnline.authenticationPolicies[Block [mobile\\]].AllowBasicAuthAutodiscover',
    );
    expect(flipped[0]!.checkIds).toContain('EXO.AUTHPOL.BLOCKS_BASIC');
  });
});
