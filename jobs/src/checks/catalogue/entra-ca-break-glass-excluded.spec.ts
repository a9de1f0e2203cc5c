import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../evaluate.js';
import { caPolicy, group, itemWaiver, member, nested } from '../testing/fixtures.js';
import { makeView } from '../testing/view-factory.js';
import type { ConditionalAccessPolicy } from '../types.js';
import { entraCaBreakGlassExcluded as check } from './entra-ca.js';

const users = [
  { id: 'bg-1', userPrincipalName: 'breakglass1@contoso.onmicrosoft.com', accountEnabled: true },
  { id: 'bg-2', userPrincipalName: 'breakglass2@contoso.onmicrosoft.com', accountEnabled: true },
];
const groups = [
  group('g-emergency', [nested('g-emergency-inner')]),
  group('g-emergency-inner', [member('breakglass2@contoso.onmicrosoft.com', 'bg-2')]),
];

const view = (
  conditionalAccessPolicies: ConditionalAccessPolicy[],
  extra: Parameters<typeof makeView>[0] = {},
) =>
  makeView({
    settings: { emergencyAccessAccounts: ['BreakGlass1@contoso.onmicrosoft.com', 'bg-2'] },
    ...extra,
    entra: { conditionalAccessPolicies, users, groups },
  });

describe('ENTRA.CA.BREAK_GLASS_EXCLUDED', () => {
  it('passes when both accounts are excluded from every enabled block/MFA policy, directly or through a nested excluded group', () => {
    const r = evaluateCheck(
      check,
      view([
        caPolicy({
          displayName: 'Block legacy',
          builtInControls: ['block'],
          excludeUsers: ['bg-1'],
          excludeGroups: ['g-emergency'],
        }),
        caPolicy({ displayName: 'MFA', builtInControls: ['mfa'], excludeUsers: ['BG-1', 'bg-2'] }),
        caPolicy({ displayName: 'Compliant only', builtInControls: ['compliantDevice'] }),
        caPolicy({
          displayName: 'Report-only MFA',
          builtInControls: ['mfa'],
          state: 'enabledForReportingButNotEnforced',
        }),
      ]),
    );
    expect(r.status).toBe('PASS');
    expect(r.evidence.policiesChecked).toHaveLength(2);
  });

  it('fails when an account is not excluded from an MFA policy, naming account and policy', () => {
    const r = evaluateCheck(
      check,
      view([caPolicy({ displayName: 'MFA', builtInControls: ['mfa'], excludeUsers: ['bg-1'] })]),
    );
    expect(r.status).toBe('FAIL');
    expect(r.evidence.notExcluded).toMatchObject({
      total: 1,
      items: [{ account: 'breakglass2@contoso.onmicrosoft.com', policy: 'MFA' }],
    });
  });

  it('fails when a policy requiring an authentication strength excludes nobody', () => {
    const r = evaluateCheck(
      check,
      view([caPolicy({ displayName: 'Strength', authenticationStrength: { id: 'x' } })]),
    );
    expect(r.status).toBe('FAIL');
    expect(r.metric).toBe(2);
  });

  it('is not applicable when no emergency-access account is configured', () => {
    const r = evaluateCheck(
      check,
      view([caPolicy({ builtInControls: ['block'] })], {
        settings: { emergencyAccessAccounts: [] },
      }),
    );
    expect(r.status).toBe('NOT_APPLICABLE');
  });

  it('is not applicable when the tenant never sent Entra data', () => {
    expect(
      evaluateCheck(check, makeView({ settings: { emergencyAccessAccounts: ['bg-1'] } })).status,
    ).toBe('NOT_APPLICABLE');
  });

  it('is an error when a configured account matches no Entra user', () => {
    const r = evaluateCheck(
      check,
      view([], { settings: { emergencyAccessAccounts: ['nobody@contoso.com'] } }),
    );
    expect(r.status).toBe('ERROR');
    expect(r.summary).toMatch(/nobody@contoso.com/);
  });

  it('is an error when an excluded group is not in the snapshot and no direct exclusion settles it', () => {
    const r = evaluateCheck(
      check,
      view([caPolicy({ builtInControls: ['block'], excludeGroups: ['g-unknown'] })]),
    );
    expect(r.status).toBe('ERROR');
  });

  it('is waived when every locked-out account is waived', () => {
    const r = evaluateCheck(
      check,
      view([caPolicy({ displayName: 'MFA', builtInControls: ['mfa'], excludeUsers: ['bg-1'] })], {
        waivers: [itemWaiver(check.id, ['breakglass2@contoso.onmicrosoft.com'])],
      }),
    );
    expect(r.status).toBe('WAIVED');
  });
});
