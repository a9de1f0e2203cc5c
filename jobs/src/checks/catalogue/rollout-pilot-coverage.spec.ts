import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../evaluate.js';
import {
  allowingExoPolicy,
  blockingExoPolicy,
  exoUser,
  group,
  itemWaiver,
  member,
  nested,
  wave,
} from '../testing/fixtures.js';
import { makeView } from '../testing/view-factory.js';
import type { EntraGroup, ExchangeUser, WaiverView } from '../types.js';
import { rolloutPilotCoverage as check } from './rollout.js';

const policies = [blockingExoPolicy('Block Basic Auth'), allowingExoPolicy('Legacy Allowed')];
const pilot = wave({ id: 'w1', name: 'Pilot', groupId: 'g-pilot', order: 1 });
const later = wave({ id: 'w2', name: 'Everyone else', groupId: 'g-rest', order: 2 });

function view(opts: {
  users: ExchangeUser[];
  groups: EntraGroup[];
  orgDefault?: string | null;
  threshold?: number;
  waivers?: WaiverView[];
}) {
  return makeView({
    exchangeOnline: {
      organizationConfig: { DefaultAuthenticationPolicy: opts.orgDefault ?? null },
      authenticationPolicies: policies,
      users: opts.users,
    },
    entra: { groups: opts.groups },
    waves: [later, pilot],
    settings: { pilotCoverageThreshold: opts.threshold ?? 0.95 },
    waivers: opts.waivers,
  });
}

const twenty = Array.from({ length: 20 }, (_, i) => `u${i}@contoso.com`);

describe('ROLLOUT.PILOT_COVERAGE', () => {
  it('passes when every pilot member, nested groups included, has a blocking policy of their own', () => {
    const r = evaluateCheck(
      check,
      view({
        users: [
          exoUser('a@contoso.com', { policy: 'Block Basic Auth' }),
          exoUser('b@contoso.com', { policy: 'block basic auth' }),
        ],
        groups: [
          group('g-pilot', [member('a@contoso.com'), nested('g-sub')]),
          group('g-sub', [member('b@contoso.com')]),
          group('g-rest', []),
        ],
      }),
    );
    expect(r.status).toBe('PASS');
    expect(r.metric).toBe(1);
    expect(r.evidence.wave).toMatchObject({ id: 'w1', name: 'Pilot' });
  });

  it('passes when pilot members have no own policy and the organization default blocks', () => {
    const r = evaluateCheck(
      check,
      view({
        users: [exoUser('a@contoso.com')],
        groups: [group('g-pilot', [member('a@contoso.com')])],
        orgDefault: 'Block Basic Auth',
      }),
    );
    expect(r.status).toBe('PASS');
  });

  it('warns when coverage is at or above the threshold but not complete', () => {
    const r = evaluateCheck(
      check,
      view({
        users: twenty.map((u, i) => exoUser(u, { policy: i === 0 ? null : 'Block Basic Auth' })),
        groups: [
          group(
            'g-pilot',
            twenty.map((u) => member(u)),
          ),
        ],
      }),
    );
    expect(r.status).toBe('WARN');
    expect(r.metric).toBe(0.95);
    expect(r.summary).toBe('19 of 20 pilot users with a mailbox (95.0%) in "Pilot" are covered.');
  });

  it('fails below the threshold, listing the uncovered users', () => {
    const r = evaluateCheck(
      check,
      view({
        users: [exoUser('a@contoso.com', { policy: 'Block Basic Auth' }), exoUser('b@contoso.com')],
        groups: [group('g-pilot', [member('a@contoso.com'), member('b@contoso.com')])],
      }),
    );
    expect(r.status).toBe('FAIL');
    expect(r.metric).toBe(0.5);
    expect(r.evidence.uncovered).toMatchObject({
      total: 1,
      items: [{ userPrincipalName: 'b@contoso.com' }],
    });
  });

  it('fails when a per-user policy allows Basic although the org default blocks', () => {
    const r = evaluateCheck(
      check,
      view({
        users: [exoUser('a@contoso.com', { policy: 'Legacy Allowed' })],
        groups: [group('g-pilot', [member('a@contoso.com')])],
        orgDefault: 'Block Basic Auth',
      }),
    );
    expect(r.status).toBe('FAIL');
    expect(r.evidence.uncovered).toMatchObject({
      items: [
        {
          userPrincipalName: 'a@contoso.com',
          policySource: 'user',
          effectivePolicy: 'Legacy Allowed',
        },
      ],
    });
  });

  it('counts a pilot member no Exchange user matches apart, as without a mailbox (never as covered)', () => {
    const r = evaluateCheck(
      check,
      view({
        users: [],
        groups: [group('g-pilot', [member('ghost@contoso.com')])],
        orgDefault: 'Block Basic Auth',
      }),
    );
    expect(r.status).toBe('WARN');
    expect(r.metric).toBeNull();
    expect(r.evidence).toMatchObject({ members: 1, withMailbox: 0, withoutMailbox: 1, covered: 0 });
    expect(r.summary).toMatch(/No member of the pilot wave "Pilot" has a mailbox/);
  });

  it('warns when the pilot group has no members at all', () => {
    const r = evaluateCheck(check, view({ users: [], groups: [group('g-pilot', [])] }));
    expect(r.status).toBe('WARN');
    expect(r.metric).toBeNull();
  });

  it('is not applicable when the tenant has no rollout wave', () => {
    const v = view({ users: [], groups: [] });
    v.waves = [];
    expect(evaluateCheck(check, v).status).toBe('NOT_APPLICABLE');
  });

  it('is not applicable when the tenant never sent Entra data', () => {
    const v = makeView({
      exchangeOnline: { users: [], authenticationPolicies: [] },
      waves: [pilot],
    });
    expect(evaluateCheck(check, v).status).toBe('NOT_APPLICABLE');
  });

  it('is an error when the pilot group is not in the Entra snapshot', () => {
    const r = evaluateCheck(check, view({ users: [], groups: [group('g-other', [])] }));
    expect(r.status).toBe('ERROR');
    expect(r.summary).toMatch(/g-pilot/);
  });

  it('is an error when a pilot user names a policy that does not exist', () => {
    const r = evaluateCheck(
      check,
      view({
        users: [exoUser('a@contoso.com', { policy: 'Gone' })],
        groups: [group('g-pilot', [member('a@contoso.com')])],
      }),
    );
    expect(r.status).toBe('ERROR');
  });

  it('is waived when every uncovered pilot user is covered by an item waiver', () => {
    const r = evaluateCheck(
      check,
      view({
        users: [
          exoUser('a@contoso.com', { policy: 'Block Basic Auth' }),
          exoUser('VIP@contoso.com'),
        ],
        groups: [group('g-pilot', [member('a@contoso.com'), member('VIP@contoso.com')])],
        waivers: [itemWaiver(check.id, ['vip@contoso.com'])],
      }),
    );
    expect(r.status).toBe('WAIVED');
    expect(r.metric).toBe(0.5);
  });
});
