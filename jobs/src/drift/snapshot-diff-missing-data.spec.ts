import { describe, expect, it } from 'vitest';
import { blockingExoPolicy } from '../checks/testing/fixtures.js';
import { diffSource } from './snapshot-diff.js';

describe('data one snapshot lacks', () => {
  it('compares nothing for a list or object a broken collector left out (a blind spot, not drift)', () => {
    const full = {
      organizationConfig: { DefaultAuthenticationPolicy: 'Block Basic Auth' },
      authenticationPolicies: [blockingExoPolicy()],
    };
    expect(diffSource('exchangeOnline', full, {})).toEqual([]);
    expect(diffSource('exchangeOnline', {}, full)).toEqual([]);
  });

  it('compares nothing for a field one side lacks, but does for one that turned null', () => {
    const p = blockingExoPolicy();
    const { AllowBasicAuthActiveSync: _, ...withoutFlag } = p;
    expect(
      diffSource(
        'exchangeOnline',
        { authenticationPolicies: [p] },
        { authenticationPolicies: [withoutFlag] },
      ),
    ).toEqual([]);
    const changes = diffSource(
      'exchangeOnline',
      { authenticationPolicies: [p] },
      { authenticationPolicies: [{ ...p, AllowBasicAuthActiveSync: null }] },
    );
    expect(changes.map((c) => [c.path, c.before, c.after])).toEqual([
      [
        'exchangeOnline.authenticationPolicies[Block Basic Auth].AllowBasicAuthActiveSync',
        false,
        null,
      ],
    ]);
  });

  it('is no drift between a snapshot and itself', () => {
    const data = { authenticationPolicies: [blockingExoPolicy()], users: [] };
    expect(diffSource('exchangeOnline', data, structuredClone(data))).toEqual([]);
  });
});
