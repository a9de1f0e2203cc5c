import { describe, expect, it } from 'vitest';
import { exoUser, group, member } from '../checks/testing/fixtures.js';
import { diffSource } from './snapshot-diff.js';

describe('a large tenant', () => {
  it('finds the one assignment changed among 100 000 shuffled users, and a member among 50 000', () => {
    const n = 100_000;
    const users = Array.from({ length: n }, (_, i) => exoUser(`u${i}@contoso.com`));
    // Rotated, so no user sits at the same position: matching by position would see n changes.
    const after = [...users.slice(n / 2), ...users.slice(0, n / 2)].map((u) =>
      u.UserPrincipalName === 'u77@contoso.com'
        ? { ...u, AuthenticationPolicy: 'Block Basic Auth' }
        : u,
    );
    const started = performance.now();
    const changes = diffSource('exchangeOnline', { users }, { users: after });
    expect(changes.map((c) => c.path)).toEqual([
      'exchangeOnline.users[u77@contoso.com].AuthenticationPolicy',
    ]);

    const members = Array.from({ length: 50_000 }, (_, i) => member(`m${i}@contoso.com`));
    const entraChanges = diffSource(
      'entra',
      { groups: [group('pilot', members)] },
      { groups: [group('pilot', [...members.slice(1)].reverse())] },
      { waveGroupIds: ['pilot'] },
    );
    expect(entraChanges.map((c) => c.path)).toEqual(['entra.groups[pilot].members[id-m0]']);
    // Linear work: well under a second on a slow machine (a quadratic match takes minutes).
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
