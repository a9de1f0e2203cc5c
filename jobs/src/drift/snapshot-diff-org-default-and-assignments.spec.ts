import { describe, expect, it } from 'vitest';
import { blockingExoPolicy, exoUser } from '../checks/testing/fixtures.js';
import { diffSource } from './snapshot-diff.js';

describe('organization default policy and user assignments', () => {
  it('records a changed Exchange Online default, linked to the checks that read it', () => {
    const changes = diffSource(
      'exchangeOnline',
      { organizationConfig: { DefaultAuthenticationPolicy: null } },
      { organizationConfig: { DefaultAuthenticationPolicy: 'Block Basic Auth' } },
    );
    expect(changes).toEqual([
      expect.objectContaining({
        path: 'exchangeOnline.organizationConfig.DefaultAuthenticationPolicy',
        before: null,
        after: 'Block Basic Auth',
        summary: 'DefaultAuthenticationPolicy: null → "Block Basic Auth"',
        checkIds: [
          'EXO.AUTHPOL.ORG_DEFAULT',
          'ROLLOUT.ORG_COVERAGE',
          'ROLLOUT.PILOT_COVERAGE',
          'ROLLOUT.SCHEDULE',
        ],
      }),
    ]);
  });

  it('records the on-premises default and OAuth2ClientProfileEnabled', () => {
    const changes = diffSource(
      'exchangeOnPremises',
      {
        organizationConfig: {
          DefaultAuthenticationPolicy: 'BlockLegacy',
          OAuth2ClientProfileEnabled: true,
        },
      },
      {
        organizationConfig: {
          DefaultAuthenticationPolicy: null,
          OAuth2ClientProfileEnabled: false,
        },
      },
    );
    expect(changes.map((c) => [c.path, c.checkIds])).toEqual([
      [
        'exchangeOnPremises.organizationConfig.DefaultAuthenticationPolicy',
        ['ONPREM.AUTHPOL.ORG_DEFAULT'],
      ],
      ['exchangeOnPremises.organizationConfig.OAuth2ClientProfileEnabled', ['ONPREM.HMA.ENABLED']],
    ]);
  });

  it("records a user's policy assignment, the user matched by object id across a UPN change", () => {
    const before = [
      exoUser('alice@contoso.com', { id: 'u1' }),
      exoUser('bob@contoso.com', { id: 'u2' }),
    ];
    const after = [
      exoUser('alice.smith@contoso.com', { id: 'u1', policy: 'Block Basic Auth' }),
      exoUser('bob@contoso.com', { id: 'u2' }),
    ];
    const changes = diffSource(
      'exchangeOnline',
      { users: before, authenticationPolicies: [blockingExoPolicy()] },
      { users: after, authenticationPolicies: [blockingExoPolicy()] },
    );
    expect(changes).toEqual([
      expect.objectContaining({
        path: 'exchangeOnline.users[alice.smith@contoso.com].AuthenticationPolicy',
        before: null,
        after: 'Block Basic Auth',
        checkIds: ['ROLLOUT.ORG_COVERAGE', 'ROLLOUT.PILOT_COVERAGE', 'ROLLOUT.SCHEDULE'],
      }),
    ]);
  });

  it('records a new mailbox user with the policy it arrives with', () => {
    const changes = diffSource(
      'exchangeOnline',
      { users: [] },
      { users: [exoUser('carol@contoso.com', { policy: 'Allow Basic Auth' })] },
    );
    expect(changes).toEqual([
      expect.objectContaining({
        kind: 'ADDED',
        path: 'exchangeOnline.users[carol@contoso.com]',
        before: null,
        after: { AuthenticationPolicy: 'Allow Basic Auth' },
      }),
    ]);
    expect(changes[0]!.checkIds).toContain('ROLLOUT.ORG_COVERAGE');
  });

  it('records SMTP AUTH turned back on for the organization and for one mailbox', () => {
    const changes = diffSource(
      'exchangeOnline',
      {
        transportConfig: { SmtpClientAuthenticationDisabled: true },
        casMailboxes: [
          { UserPrincipalName: 'scanner@contoso.com', SmtpClientAuthenticationDisabled: null },
        ],
      },
      {
        transportConfig: { SmtpClientAuthenticationDisabled: false },
        casMailboxes: [
          { UserPrincipalName: 'scanner@contoso.com', SmtpClientAuthenticationDisabled: false },
        ],
      },
    );
    expect(changes.map((c) => [c.path, c.before, c.after, c.checkIds])).toEqual([
      [
        'exchangeOnline.transportConfig.SmtpClientAuthenticationDisabled',
        true,
        false,
        ['EXO.SMTP_AUTH.DISABLED'],
      ],
      [
        'exchangeOnline.casMailboxes[scanner@contoso.com].SmtpClientAuthenticationDisabled',
        null,
        false,
        ['EXO.SMTP_AUTH.DISABLED'],
      ],
    ]);
  });
});
