import { describe, expect, it } from 'vitest';
import { blockingExoPolicy, exoUser, group, member, nested } from '../testing/fixtures.js';
import { ExoDirectory, GroupDirectory, pilotWave } from './people.js';

describe('people: group members joined to Exchange Online users', () => {
  it('expands nested groups, counts each user once and survives a membership cycle', () => {
    const groups = new GroupDirectory({
      groups: [
        group('g1', [member('a@contoso.com'), nested('g2')]),
        group('g2', [member('b@contoso.com'), member('A@contoso.com'), nested('g1')]),
      ],
    });
    const { people, nestedGroups } = groups.members('g1');
    expect(people.map((p) => p.upn)).toEqual(['a@contoso.com', 'b@contoso.com']);
    expect(nestedGroups).toEqual(['g2']);
  });

  it("reads Graph's transitiveMembers list as complete: nested groups named, never required", () => {
    // As the connector stores it: g1's list already holds g2's user, and g2 has no member list.
    const groups = new GroupDirectory({
      groups: [
        {
          id: 'g1',
          displayName: 'Wave 3',
          membersTransitive: true,
          members: [
            member('a@contoso.com'),
            { ...nested('g2'), displayName: 'Field staff' } as never,
            member('b@contoso.com'),
          ],
        },
        { id: 'g2', displayName: 'Field staff' },
      ],
    });
    const r = groups.members('g1');
    expect(r.people.map((p) => p.upn)).toEqual(['a@contoso.com', 'b@contoso.com']);
    expect(r.nestedGroups).toEqual(['Field staff']);
  });

  it('ignores members that are neither users nor groups (devices, contacts)', () => {
    const groups = new GroupDirectory({
      groups: [
        group('g1', [
          member('a@contoso.com'),
          { '@odata.type': '#microsoft.graph.device', id: 'd1' },
        ]),
      ],
    });
    const r = groups.members('g1');
    expect(r.people).toHaveLength(1);
    expect(r.otherMembers).toBe(1);
  });

  it('cannot verify a nested group that is not in the snapshot', () => {
    const groups = new GroupDirectory({ groups: [group('g1', [nested('gone')])] });
    expect(() => groups.members('g1')).toThrow(/gone.*not in the Entra snapshot/);
  });

  it('joins on ExternalDirectoryObjectId first, else on the lower-cased UPN', () => {
    const dir = new ExoDirectory({
      authenticationPolicies: [],
      users: [
        exoUser('renamed@contoso.com', { id: 'OID-1' }),
        exoUser('Bob@Contoso.com', { id: null }),
      ],
    });
    expect(dir.find({ id: 'oid-1', upn: 'old-name@contoso.com' })?.UserPrincipalName).toBe(
      'renamed@contoso.com',
    );
    expect(dir.find({ id: 'unknown', upn: 'bob@contoso.com' })?.UserPrincipalName).toBe(
      'Bob@Contoso.com',
    );
  });

  it("a user's own policy decides over the organization default", () => {
    const dir = new ExoDirectory({
      organizationConfig: { DefaultAuthenticationPolicy: 'Block Basic Auth' },
      authenticationPolicies: [
        blockingExoPolicy('Block Basic Auth'),
        { ...blockingExoPolicy('Open'), AllowBasicAuthAutodiscover: true },
      ],
      users: [exoUser('a@contoso.com', { policy: 'Open' }), exoUser('b@contoso.com')],
    });
    const cov = dir.coverageOf([
      { id: 'id-a', upn: 'a@contoso.com' },
      { id: 'id-b', upn: 'b@contoso.com' },
    ]);
    expect(cov.covered).toBe(1);
    expect(cov.uncovered[0]).toMatchObject({
      userPrincipalName: 'a@contoso.com',
      policySource: 'user',
      effectivePolicy: 'Open',
    });
  });

  it('the pilot is the wave with the lowest order', () => {
    const w = (id: string, order: number) => ({
      id,
      name: id,
      groupId: id,
      order,
      plannedAt: null,
    });
    expect(pilotWave([w('later', 2), w('first', 1), w('last', 3)])?.id).toBe('first');
    expect(pilotWave([])).toBeNull();
  });
});
