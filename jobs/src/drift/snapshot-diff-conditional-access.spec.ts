import { describe, expect, it } from 'vitest';
import { caPolicy, group } from '../checks/testing/fixtures.js';
import type { EntraData } from '../checks/types.js';
import { diffSource } from './snapshot-diff.js';

const CA_ALL = [
  'ENTRA.CA.APP_PROTECTION_MOBILE',
  'ENTRA.CA.BLOCK_LEGACY_AUTH',
  'ENTRA.CA.BREAK_GLASS_EXCLUDED',
  'ENTRA.CA.MFA_EXCHANGE',
];
const entra = (...policies: ReturnType<typeof caPolicy>[]): EntraData => ({
  conditionalAccessPolicies: policies,
  groups: [group('g-fin', [], 'Finance'), group('g-hr', [], 'HR')],
});

describe('Conditional Access policies', () => {
  it('records an exclusion list as a set difference, naming the groups', () => {
    const b = caPolicy({ id: 'p1', displayName: 'Block legacy', excludeGroups: ['g-hr'] });
    const a = caPolicy({ id: 'p1', displayName: 'Block legacy', excludeGroups: ['g-fin'] });
    expect(diffSource('entra', entra(b), entra(a))).toEqual([
      {
        source: 'entra',
        path: 'entra.conditionalAccessPolicies[p1].conditions.users.excludeGroups',
        kind: 'CHANGED',
        before: ['g-hr'],
        after: ['g-fin'],
        summary: '"Block legacy" excludeGroups + Finance − HR',
        message: {
          code: 'DRIFT.within',
          params: {
            within: 'Block legacy',
            change: {
              code: 'DRIFT.list',
              params: { field: 'excludeGroups', changes: '+ Finance − HR' },
            },
          },
        },
        checkIds: CA_ALL,
      },
    ]);
  });

  it('records state, client app types and grant controls field by field', () => {
    const b = caPolicy({
      id: 'p1',
      clientAppTypes: ['exchangeActiveSync', 'other'],
      builtInControls: ['block'],
    });
    const a = caPolicy({
      id: 'p1',
      state: 'enabledForReportingButNotEnforced',
      clientAppTypes: ['exchangeActiveSync'],
      builtInControls: ['block'],
      operator: 'AND',
    });
    const changes = diffSource('entra', entra(b), entra(a));
    expect(changes.map((c) => [c.path, c.before, c.after])).toEqual([
      ['entra.conditionalAccessPolicies[p1].state', 'enabled', 'enabledForReportingButNotEnforced'],
      [
        'entra.conditionalAccessPolicies[p1].conditions.clientAppTypes',
        ['exchangeActiveSync', 'other'],
        ['exchangeActiveSync'],
      ],
      ['entra.conditionalAccessPolicies[p1].grantControls.operator', 'OR', 'AND'],
    ]);
    expect(changes[1]!.checkIds).toEqual(['ENTRA.CA.BLOCK_LEGACY_AUTH', 'ENTRA.CA.MFA_EXCHANGE']);
  });

  it('records a platforms condition set where there was none, and an authentication strength', () => {
    const b = caPolicy({ id: 'p1' });
    const a = caPolicy({
      id: 'p1',
      platforms: { includePlatforms: ['iOS', 'android'] },
      authenticationStrength: { id: 'phishing-resistant' },
    });
    const changes = diffSource('entra', entra(b), entra(a));
    expect(changes.map((c) => [c.path, c.before, c.after, c.checkIds])).toEqual([
      [
        'entra.conditionalAccessPolicies[p1].conditions.platforms',
        null,
        { includePlatforms: ['iOS', 'android'] },
        ['ENTRA.CA.APP_PROTECTION_MOBILE', 'ENTRA.CA.BLOCK_LEGACY_AUTH', 'ENTRA.CA.MFA_EXCHANGE'],
      ],
      [
        'entra.conditionalAccessPolicies[p1].grantControls.authenticationStrength',
        null,
        { id: 'phishing-resistant' },
        CA_ALL,
      ],
    ]);
  });

  it('matches a policy by id across a rename and ignores the rename and timestamps', () => {
    const b = {
      ...caPolicy({ id: 'p1', displayName: 'Old' }),
      modifiedDateTime: '2026-11-01T00:00:00Z',
    };
    const a = {
      ...caPolicy({ id: 'p1', displayName: 'New' }),
      modifiedDateTime: '2026-11-02T00:00:00Z',
    };
    expect(diffSource('entra', entra(b), entra(a))).toEqual([]);
  });

  it('records a policy deleted and one created, by name in the summary', () => {
    const changes = diffSource(
      'entra',
      entra(caPolicy({ id: 'p1', displayName: 'Require MFA' })),
      entra(caPolicy({ id: 'p2', displayName: 'Require MFA v2', state: 'disabled' })),
    );
    expect(changes.map((c) => [c.kind, c.path, c.summary])).toEqual([
      [
        'REMOVED',
        'entra.conditionalAccessPolicies[p1]',
        'Conditional Access policy "Require MFA" removed',
      ],
      [
        'ADDED',
        'entra.conditionalAccessPolicies[p2]',
        'Conditional Access policy "Require MFA v2" added',
      ],
    ]);
    expect(changes[1]!.after).toMatchObject({ displayName: 'Require MFA v2', state: 'disabled' });
    expect(changes[0]!.checkIds).toEqual(CA_ALL);
  });
});
