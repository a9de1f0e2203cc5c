import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../evaluate.js';
import {
  caPolicy,
  group,
  itemWaiver,
  member,
  nested,
  tenantWaiver,
  wave,
} from '../testing/fixtures.js';
import { makeView } from '../testing/view-factory.js';
import type { ConditionalAccessPolicy } from '../types.js';
import { entraCaMfaExchange as check, EXO_APP_ID } from './entra-ca.js';

const groups = [
  group('g-pilot', [member('a@contoso.com'), nested('g-pilot-2')]),
  group('g-pilot-2', [member('b@contoso.com')]),
  group('g-a', [member('a@contoso.com')]),
];
const pilot = wave({ name: 'Pilot', groupId: 'g-pilot', order: 1 });

const view = (
  conditionalAccessPolicies: ConditionalAccessPolicy[] | undefined,
  extra: Parameters<typeof makeView>[0] = {},
) => makeView({ waves: [pilot], ...extra, entra: { conditionalAccessPolicies, groups } });
const mfa = (p: Parameters<typeof caPolicy>[0] = {}) =>
  caPolicy({
    builtInControls: ['mfa'],
    includeApplications: [EXO_APP_ID],
    clientAppTypes: ['mobileAppsAndDesktopClients'],
    ...p,
  });

describe('ENTRA.CA.MFA_EXCHANGE', () => {
  it('passes when an enabled policy requires MFA for Exchange Online for all users', () => {
    expect(evaluateCheck(check, view([mfa()])).status).toBe('PASS');
  });

  it('passes when an authentication strength stands in for the mfa control', () => {
    const r = evaluateCheck(
      check,
      view([
        mfa({
          builtInControls: [],
          authenticationStrength: { id: '00000000-0000-0000-0000-000000000002' },
        }),
      ]),
    );
    expect(r.status).toBe('PASS');
  });

  it('passes when an enabled policy reaches every pilot user through the pilot group (nested included)', () => {
    const r = evaluateCheck(check, view([mfa({ includeUsers: [], includeGroups: ['g-pilot'] })]));
    expect(r.status).toBe('PASS');
    expect(r.metric).toBe(1);
  });

  it('warns when the only MFA policy is report-only', () => {
    const r = evaluateCheck(check, view([mfa({ state: 'enabledForReportingButNotEnforced' })]));
    expect(r.status).toBe('WARN');
    expect(r.summary).toMatch(/report-only/);
  });

  it('warns when the enabled policy covers only part of the pilot, listing who is left out', () => {
    const r = evaluateCheck(check, view([mfa({ includeUsers: [], includeGroups: ['g-a'] })]));
    expect(r.status).toBe('WARN');
    expect(r.metric).toBe(0.5);
    expect(r.evidence.pilotUsersWithoutEnforcedMfa).toEqual({ items: ['b@contoso.com'], total: 1 });
  });

  it('warns when a pilot user is excluded from the pilot-scoped policy', () => {
    const r = evaluateCheck(
      check,
      view([mfa({ includeUsers: [], includeGroups: ['g-pilot'], excludeUsers: ['id-b'] })]),
    );
    expect(r.status).toBe('WARN');
  });

  it('fails when no policy requires MFA for Exchange Online', () => {
    expect(
      evaluateCheck(check, view([caPolicy({ builtInControls: ['compliantDevice'] })])).status,
    ).toBe('FAIL');
  });

  it('fails when MFA is only one OR-alternative next to a compliant device', () => {
    const r = evaluateCheck(
      check,
      view([mfa({ builtInControls: ['mfa', 'compliantDevice'], operator: 'OR' })]),
    );
    expect(r.status).toBe('FAIL');
    expect(r.evidence.mfaOnlyAnAlternative).toHaveLength(1);
  });

  it('fails when the MFA policy targets browsers only', () => {
    expect(evaluateCheck(check, view([mfa({ clientAppTypes: ['browser'] })])).status).toBe('FAIL');
  });

  it('is an error when the pilot group is not in the Entra snapshot and only a scoped policy exists', () => {
    const v = view([mfa({ includeUsers: [], includeGroups: ['g-a'] })], {
      waves: [wave({ groupId: 'g-gone' })],
    });
    expect(evaluateCheck(check, v).status).toBe('ERROR');
  });

  it('is an error when the policy list is missing', () => {
    expect(evaluateCheck(check, view(undefined)).status).toBe('ERROR');
  });

  it('is not applicable when the tenant never sent Entra data', () => {
    expect(evaluateCheck(check, makeView()).status).toBe('NOT_APPLICABLE');
  });

  it('is waived when the pilot users left out are waived', () => {
    const r = evaluateCheck(
      check,
      view([mfa({ includeUsers: [], includeGroups: ['g-a'] })], {
        waivers: [itemWaiver(check.id, ['b@contoso.com'])],
      }),
    );
    expect(r.status).toBe('WAIVED');
  });

  it('is waived by a tenant-wide waiver while it would fail', () => {
    expect(evaluateCheck(check, view([], { waivers: [tenantWaiver(check.id)] })).status).toBe(
      'WAIVED',
    );
  });
});
