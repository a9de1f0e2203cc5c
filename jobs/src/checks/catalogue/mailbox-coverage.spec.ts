import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../evaluate.js';
import {
  allowingExoPolicy,
  blockingExoPolicy,
  exoUser,
  group,
  member,
  nested,
  wave,
} from '../testing/fixtures.js';
import { makeView } from '../testing/view-factory.js';
import type { ExchangeOnPremisesData, ExchangeUser } from '../types.js';
import { immutableIdOfGuid, MailboxDirectory, mailboxLocation } from './mailbox-coverage.js';
import { GroupDirectory, waveCoverage } from './people.js';
import { rolloutOrgCoverage, rolloutPilotCoverage } from './rollout.js';

const onPremUser = (
  upn: string,
  opts: { policy?: string | null; type?: string; guid?: string } = {},
): ExchangeUser => ({
  UserPrincipalName: upn,
  AuthenticationPolicy: opts.policy ?? null,
  RecipientTypeDetails: opts.type ?? 'UserMailbox',
  Guid: opts.guid ?? null,
});

const onPremBlock = {
  Name: 'Block Legacy',
  BlockLegacyAuthActiveSync: true,
  BlockLegacyAuthAutodiscover: true,
};
const onPremOpen = {
  Name: 'Open',
  BlockLegacyAuthActiveSync: false,
  BlockLegacyAuthAutodiscover: false,
};

/**
 * The known answer: pilot group g1 = ann (online, own blocking policy), bob (online, default
 * allows), cat (on-premises, own on-premises blocking policy), dan (on-premises, none, on-premises
 * default open), and nested g2 = eve (on-premises, matched only by objectGUID ↔ immutableId) and
 * fay (no mailbox anywhere). Covered: ann, cat, eve → 3 of 5 with a mailbox; 1 without.
 */
function scenario(opts: { onPrem?: boolean; onPremDefault?: string | null } = {}) {
  const eveGuid = '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';
  const onPrem: ExchangeOnPremisesData = {
    organizationConfig: { DefaultAuthenticationPolicy: opts.onPremDefault ?? null },
    authenticationPolicies: [onPremBlock, onPremOpen],
    users: [
      onPremUser('ann@contoso.com', { type: 'RemoteUserMailbox' }),
      onPremUser('bob@contoso.com', { type: 'RemoteUserMailbox' }),
      onPremUser('cat@contoso.com', { policy: 'Block Legacy' }),
      onPremUser('dan@contoso.com'),
      // Renamed on-premises: only the objectGUID joins her.
      onPremUser('eve.old@corp.contoso.com', { policy: 'block legacy', guid: eveGuid }),
    ],
  };
  return makeView({
    exchangeOnline: {
      organizationConfig: { DefaultAuthenticationPolicy: 'Allow Basic Auth' },
      authenticationPolicies: [blockingExoPolicy('Block Basic Auth'), allowingExoPolicy()],
      users: [
        exoUser('ann@contoso.com', { policy: 'Block Basic Auth' }),
        exoUser('bob@contoso.com'),
        // On-premises mailboxes are mail users in Exchange Online; their cloud policy is irrelevant.
        exoUser('cat@contoso.com', { type: 'MailUser' }),
        exoUser('dan@contoso.com', { type: 'MailUser', policy: 'Block Basic Auth' }),
        exoUser('eve@contoso.com', { type: 'MailUser' }),
        exoUser('fay@contoso.com', { type: 'User' }),
      ],
    },
    ...(opts.onPrem === false ? {} : { exchangeOnPremises: onPrem }),
    entra: {
      users: [
        {
          id: 'id-eve',
          userPrincipalName: 'eve@contoso.com',
          onPremisesImmutableId: immutableIdOfGuid(eveGuid),
        },
      ],
      groups: [
        group('g1', [
          member('ann@contoso.com'),
          member('bob@contoso.com'),
          member('cat@contoso.com'),
          member('dan@contoso.com'),
          nested('g2'),
        ]),
        group('g2', [member('eve@contoso.com'), member('fay@contoso.com', 'id-fay'), nested('g1')]),
      ],
    },
    waves: [wave({ id: 'w1', name: 'Pilot', groupId: 'g1', order: 1 })],
  });
}

describe('coverage per mailbox location', () => {
  it('maps RecipientTypeDetails of both sides to where the mailbox lives', () => {
    expect(mailboxLocation('UserMailbox', null, false)).toBe('ONLINE');
    expect(mailboxLocation('MailUser', 'UserMailbox', true)).toBe('ON_PREMISES');
    expect(mailboxLocation('MailUser', null, false)).toBe('ON_PREMISES');
    expect(mailboxLocation('RemoteUserMailbox', null, false)).toBe('ON_PREMISES');
    expect(mailboxLocation(null, 'RemoteUserMailbox', true)).toBe('ONLINE');
    expect(mailboxLocation(null, 'UserMailbox', true)).toBe('ON_PREMISES');
    // A mail user the on-premises side knows without a mailbox is only a mail user.
    expect(mailboxLocation('MailUser', 'MailUser', true)).toBe('NONE');
    expect(mailboxLocation('User', null, false)).toBe('NONE');
    expect(mailboxLocation('RoomMailbox', null, false)).toBe('NONE');
    expect(mailboxLocation(null, null, true)).toBe('NONE');
  });

  it('turns an objectGUID into the immutableId Entra Connect writes (.NET byte order)', () => {
    // Guid.ToByteArray() of 00112233-4455-6677-8899-aabbccddeeff is 33 22 11 00 55 44 77 66 88 99 aa bb cc dd ee ff.
    expect(immutableIdOfGuid('00112233-4455-6677-8899-aabbccddeeff')).toBe(
      Buffer.from('33221100554477668899aabbccddeeff', 'hex').toString('base64'),
    );
    expect(immutableIdOfGuid('not a guid')).toBeNull();
  });

  it('judges each member where the mailbox lives, nested group included, no-mailbox apart', () => {
    const view = scenario();
    const cov = waveCoverage(GroupDirectory.of(view), MailboxDirectory.of(view), view.waves[0]!);
    const byUpn = Object.fromEntries(cov.rows.map((r) => [r.userPrincipalName, r]));
    expect(byUpn['ann@contoso.com']).toMatchObject({ mailboxLocation: 'ONLINE', covered: true });
    expect(byUpn['bob@contoso.com']).toMatchObject({
      mailboxLocation: 'ONLINE',
      covered: false,
      policySource: 'organizationDefault',
    });
    expect(byUpn['cat@contoso.com']).toMatchObject({
      mailboxLocation: 'ON_PREMISES',
      covered: true,
      policySource: 'user',
    });
    // Exchange Online's blocking policy on dan does not reach his on-premises mailbox.
    expect(byUpn['dan@contoso.com']).toMatchObject({
      mailboxLocation: 'ON_PREMISES',
      covered: false,
      policySource: 'none',
    });
    expect(byUpn['eve@contoso.com']).toMatchObject({
      mailboxLocation: 'ON_PREMISES',
      covered: true,
    });
    expect(byUpn['fay@contoso.com']).toMatchObject({ mailboxLocation: 'NONE', covered: false });
    expect(cov).toMatchObject({ members: 6, covered: 3, withoutMailbox: 1, coverage: 0.6 });
    expect(cov.uncovered.map((u) => u.userPrincipalName).sort()).toEqual([
      'bob@contoso.com',
      'dan@contoso.com',
    ]);
    expect(cov.nestedGroups).toEqual(['g2']);
  });

  it('the on-premises default covers on-premises mailboxes without a policy of their own', () => {
    const view = scenario({ onPremDefault: 'Block Legacy' });
    const cov = waveCoverage(GroupDirectory.of(view), MailboxDirectory.of(view), view.waves[0]!);
    expect(cov.covered).toBe(4);
  });

  it('without on-premises data an on-premises mailbox is not covered (its policy is unknown)', () => {
    const view = scenario({ onPrem: false });
    const cov = waveCoverage(GroupDirectory.of(view), MailboxDirectory.of(view), view.waves[0]!);
    expect(cov.rows.find((r) => r.userPrincipalName === 'cat@contoso.com')).toMatchObject({
      mailboxLocation: 'ON_PREMISES',
      covered: false,
      policySource: 'onPremisesUnknown',
    });
    expect(cov.covered).toBe(1);
  });

  it('ROLLOUT.PILOT_COVERAGE and ROLLOUT.ORG_COVERAGE use the same definition', () => {
    const pilot = evaluateCheck(rolloutPilotCoverage, scenario());
    expect(pilot.status).toBe('FAIL');
    expect(pilot.metric).toBe(0.6);
    expect(pilot.evidence).toMatchObject({
      members: 6,
      withMailbox: 5,
      covered: 3,
      withoutMailbox: 1,
    });
    const org = evaluateCheck(rolloutOrgCoverage, scenario());
    expect(org.status).toBe('WARN');
    // ann, cat, eve covered of ann, bob, cat, dan, eve; fay has no mailbox.
    expect(org.evidence).toMatchObject({
      mailboxUsers: 5,
      covered: 3,
      withoutMailbox: 1,
      onPremises: 3,
    });
  });
});
