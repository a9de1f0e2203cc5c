import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../evaluate.js';
import { caPolicy, group, member, tenantWaiver } from '../testing/fixtures.js';
import { makeView } from '../testing/view-factory.js';
import type { ConditionalAccessPolicy } from '../types.js';
import { entraCaBlockLegacyAuth as check, EXO_APP_ID } from './entra-ca.js';

const view = (conditionalAccessPolicies: ConditionalAccessPolicy[] | undefined) =>
  makeView({ entra: { conditionalAccessPolicies } });
/** With a service group and the emergency-access accounts configured in the tenant's settings. */
const viewWith = (
  conditionalAccessPolicies: ConditionalAccessPolicy[],
  emergencyAccessAccounts = ['bg-1', 'svc@contoso.com'],
) =>
  makeView({
    settings: { emergencyAccessAccounts },
    entra: {
      conditionalAccessPolicies,
      users: [{ id: 'bg-1', userPrincipalName: 'bg1@contoso.com' }],
      groups: [group('g-svc', [member('svc@contoso.com')])],
    },
  });
const block = (p: Parameters<typeof caPolicy>[0]) => caPolicy({ builtInControls: ['block'], ...p });

describe('ENTRA.CA.BLOCK_LEGACY_AUTH', () => {
  it('passes when one enabled policy blocks both exchangeActiveSync and other for all users and apps', () => {
    const r = evaluateCheck(
      check,
      view([
        block({ displayName: 'Block legacy', clientAppTypes: ['exchangeActiveSync', 'other'] }),
      ]),
    );
    expect(r.status).toBe('PASS');
  });

  it('passes when two enabled policies for all resources cover the two client types together', () => {
    const r = evaluateCheck(
      check,
      view([
        block({ displayName: 'EAS', clientAppTypes: ['exchangeActiveSync'] }),
        block({ displayName: 'Other', clientAppTypes: ['other'] }),
      ]),
    );
    expect(r.status).toBe('PASS');
  });

  it('warns when the cover targets Exchange Online / Office 365 instead of all resources', () => {
    const r = evaluateCheck(
      check,
      view([
        block({
          displayName: 'EAS',
          clientAppTypes: ['exchangeActiveSync'],
          includeApplications: [EXO_APP_ID],
        }),
        block({
          displayName: 'Other',
          clientAppTypes: ['other'],
          includeApplications: ['Office365'],
        }),
      ]),
    );
    expect(r.status).toBe('WARN');
    expect((r.evidence.narrowings as Array<{ code: string }>).map((n) => n.code)).toEqual([
      'APPLICATIONS',
      'APPLICATIONS',
    ]);
    expect(r.summary).toMatch(/instead of all resources/);
  });

  it('passes but lists the exclusions in evidence when they are the emergency-access accounts', () => {
    const r = evaluateCheck(
      check,
      viewWith([
        block({
          displayName: 'Block legacy',
          clientAppTypes: ['exchangeActiveSync', 'other'],
          excludeUsers: ['bg-1'],
          excludeGroups: ['g-svc'],
        }),
      ]),
    );
    expect(r.status).toBe('PASS');
    expect(r.evidence.exclusions).toEqual([
      {
        policy: 'Block legacy',
        excludeUsers: ['bg-1'],
        excludeGroups: ['g-svc'],
        excludeRoles: [],
        excludeGuestsOrExternalUsers: null,
      },
    ]);
    expect(r.summary).toMatch(/2 exclusions of emergency-access accounts listed/);
  });

  it('warns when an exclusion leaves out more than the emergency-access accounts, naming them', () => {
    const r = evaluateCheck(
      check,
      viewWith(
        [
          block({
            displayName: 'Block legacy',
            clientAppTypes: ['exchangeActiveSync', 'other'],
            excludeUsers: ['bg-1'],
            excludeGroups: ['g-svc'],
          }),
        ],
        ['bg-1'],
      ),
    );
    expect(r.status).toBe('WARN');
    expect(r.summary).toMatch(/svc@contoso.com/);
  });

  it('warns when the cover is reached only by counting a report-only policy', () => {
    const r = evaluateCheck(
      check,
      view([
        block({ displayName: 'EAS', clientAppTypes: ['exchangeActiveSync'] }),
        block({
          displayName: 'Other (report-only)',
          state: 'enabledForReportingButNotEnforced',
          clientAppTypes: ['other'],
        }),
      ]),
    );
    expect(r.status).toBe('WARN');
    expect(r.evidence.missingClientAppTypes).toEqual(['other']);
  });

  it('fails when only exchangeActiveSync is blocked', () => {
    expect(
      evaluateCheck(check, view([block({ clientAppTypes: ['exchangeActiveSync'] })])).status,
    ).toBe('FAIL');
  });

  it('fails when the blocking policy targets a group rather than all users', () => {
    const r = evaluateCheck(
      check,
      view([
        block({
          includeUsers: [],
          includeGroups: ['g-pilot'],
          clientAppTypes: ['exchangeActiveSync', 'other'],
        }),
      ]),
    );
    expect(r.status).toBe('FAIL');
  });

  it('fails when the blocking policy excludes Exchange Online again', () => {
    const r = evaluateCheck(
      check,
      view([
        block({
          clientAppTypes: ['exchangeActiveSync', 'other'],
          excludeApplications: [EXO_APP_ID],
        }),
      ]),
    );
    expect(r.status).toBe('FAIL');
  });

  it('fails when the only blocking policy is disabled', () => {
    expect(
      evaluateCheck(
        check,
        view([block({ state: 'disabled', clientAppTypes: ['exchangeActiveSync', 'other'] })]),
      ).status,
    ).toBe('FAIL');
  });

  it('is an error when an active policy lacks its clientAppTypes', () => {
    const p = block({ clientAppTypes: ['other'] });
    delete p.conditions!.clientAppTypes;
    expect(evaluateCheck(check, view([p])).status).toBe('ERROR');
  });

  it('is an error when the policy list is missing', () => {
    expect(evaluateCheck(check, view(undefined)).status).toBe('ERROR');
  });

  it('is not applicable when the tenant never sent Entra data', () => {
    expect(evaluateCheck(check, makeView()).status).toBe('NOT_APPLICABLE');
  });

  it('is waived by a tenant-wide waiver while it would fail', () => {
    const v = view([]);
    v.waivers = [tenantWaiver(check.id)];
    expect(evaluateCheck(check, v).status).toBe('WAIVED');
  });
});
