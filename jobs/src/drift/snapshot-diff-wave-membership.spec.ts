import { describe, expect, it } from 'vitest';
import { group, member, nested } from '../checks/testing/fixtures.js';
import { diffSource } from './snapshot-diff.js';

const WAVE_CHECKS = [
  'ENTRA.CA.BREAK_GLASS_EXCLUDED',
  'ENTRA.CA.MFA_EXCHANGE',
  'INTUNE.APP_PROTECTION_OUTLOOK',
  'ROLLOUT.PILOT_COVERAGE',
  'ROLLOUT.SCHEDULE',
];

describe('membership of rollout-wave groups', () => {
  it('records each member added to or removed from a wave group', () => {
    const changes = diffSource(
      'entra',
      { groups: [group('pilot', [member('a@contoso.com'), member('b@contoso.com')], 'Pilot')] },
      { groups: [group('pilot', [member('a@contoso.com'), member('c@contoso.com')], 'Pilot')] },
      { waveGroupIds: ['pilot'] },
    );
    expect(changes.map((c) => [c.kind, c.path, c.summary, c.checkIds])).toEqual([
      [
        'REMOVED',
        'entra.groups[pilot].members[id-b]',
        'b@contoso.com removed from Pilot',
        WAVE_CHECKS,
      ],
      ['ADDED', 'entra.groups[pilot].members[id-c]', 'c@contoso.com added to Pilot', WAVE_CHECKS],
    ]);
    expect(changes[1]!.after).toEqual({
      '@odata.type': '#microsoft.graph.user',
      id: 'id-c',
      userPrincipalName: 'c@contoso.com',
    });
  });

  it('follows groups nested in a wave group, and ignores groups that are no wave', () => {
    const before = {
      groups: [
        group('pilot', [nested('it')], 'Pilot'),
        group('it', [member('a@contoso.com')], 'IT'),
        group('sales', [member('s@contoso.com')], 'Sales'),
      ],
    };
    const after = {
      groups: [
        group('pilot', [nested('it')], 'Pilot'),
        group('it', [], 'IT'),
        group('sales', [], 'Sales'),
      ],
    };
    const changes = diffSource('entra', before, after, { waveGroupIds: ['pilot'] });
    expect(changes.map((c) => c.path)).toEqual(['entra.groups[it].members[id-a]']);
    expect(diffSource('entra', before, after, { waveGroupIds: [] })).toEqual([]);
  });
});
