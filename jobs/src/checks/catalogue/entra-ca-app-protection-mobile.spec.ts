import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../evaluate.js';
import { caPolicy, tenantWaiver } from '../testing/fixtures.js';
import { makeView } from '../testing/view-factory.js';
import type { ConditionalAccessPolicy } from '../types.js';
import { entraCaAppProtectionMobile as check, EXO_APP_ID } from './entra-ca.js';

const view = (conditionalAccessPolicies: ConditionalAccessPolicy[] | undefined) =>
  makeView({ entra: { conditionalAccessPolicies } });
const mobile = { includePlatforms: ['android', 'iOS'], excludePlatforms: [] };

describe('ENTRA.CA.APP_PROTECTION_MOBILE', () => {
  it('passes when an enabled iOS/Android policy requires compliantApplication for Exchange Online', () => {
    const r = evaluateCheck(
      check,
      view([
        caPolicy({
          platforms: mobile,
          includeApplications: [EXO_APP_ID],
          builtInControls: ['compliantApplication'],
        }),
      ]),
    );
    expect(r.status).toBe('PASS');
  });

  it('warns when approvedApplication can stand in for compliantApplication (operator OR)', () => {
    const r = evaluateCheck(
      check,
      view([
        caPolicy({
          platforms: mobile,
          includeApplications: [EXO_APP_ID],
          builtInControls: ['approvedApplication', 'compliantApplication'],
        }),
      ]),
    );
    expect(r.status).toBe('WARN');
    expect(r.summary).toMatch(/approvedApplication stand in for it \(OR\)/);
  });

  it('passes when two policies cover iOS and Android between them', () => {
    const r = evaluateCheck(
      check,
      view([
        caPolicy({
          displayName: 'iOS',
          platforms: { includePlatforms: ['iOS'] },
          builtInControls: ['compliantApplication'],
        }),
        caPolicy({
          displayName: 'Android',
          platforms: { includePlatforms: ['all'], excludePlatforms: ['iOS', 'windows'] },
          builtInControls: ['compliantApplication'],
        }),
      ]),
    );
    expect(r.status).toBe('PASS');
  });

  it('warns when only approvedApplication is required (Microsoft retires that control)', () => {
    const r = evaluateCheck(
      check,
      view([caPolicy({ platforms: mobile, builtInControls: ['approvedApplication'] })]),
    );
    expect(r.status).toBe('WARN');
    expect(r.summary).toMatch(/approved client app/);
  });

  it('warns when the app protection policy is report-only', () => {
    const r = evaluateCheck(
      check,
      view([
        caPolicy({
          state: 'enabledForReportingButNotEnforced',
          platforms: mobile,
          builtInControls: ['compliantApplication'],
        }),
      ]),
    );
    expect(r.status).toBe('WARN');
    expect(r.summary).toMatch(/report-only/);
  });

  it('warns when the policy covers iOS only', () => {
    const r = evaluateCheck(
      check,
      view([
        caPolicy({
          platforms: { includePlatforms: ['iOS'] },
          builtInControls: ['compliantApplication'],
        }),
      ]),
    );
    expect(r.status).toBe('WARN');
    expect(r.evidence.missingPlatforms).toEqual(['android']);
  });

  it('warns when no policy requires app protection at all', () => {
    expect(evaluateCheck(check, view([])).status).toBe('WARN');
  });

  it('is an error when a candidate policy carries no platforms condition at all', () => {
    const p = caPolicy({ builtInControls: ['compliantApplication'] });
    delete p.conditions!.platforms;
    expect(evaluateCheck(check, view([p])).status).toBe('ERROR');
  });

  it('is not applicable when the tenant never sent Entra data', () => {
    expect(evaluateCheck(check, makeView()).status).toBe('NOT_APPLICABLE');
  });

  it('is waived by a tenant-wide waiver while it would warn', () => {
    const v = view([]);
    v.waivers = [tenantWaiver(check.id)];
    const r = evaluateCheck(check, v);
    expect(r.status).toBe('WAIVED');
    expect(r.evidence.wouldBe).toBe('WARN');
  });
});
