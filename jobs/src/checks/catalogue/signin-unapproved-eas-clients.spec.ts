import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../evaluate.js';
import { itemWaiver } from '../testing/fixtures.js';
import { makeView, NOW, presentSignIns } from '../testing/view-factory.js';
import type { SignInAggregates } from '../types.js';
import { signInUnapprovedEasClients as check } from './signins.js';

const eas = {
  userPrincipalName: 'a@contoso.com',
  deviceId: 'dev-1',
  operatingSystem: 'iOS 17.5',
  userAgent: 'Apple-iPhone15C2/2101.52',
  count: 12,
};
const gmail = {
  userPrincipalName: 'b@contoso.com',
  appId: 'app-gmail',
  appDisplayName: 'Gmail',
  operatingSystem: 'Android 14',
  count: 4,
};

const view = (overrides: Partial<SignInAggregates>, extra: Parameters<typeof makeView>[0] = {}) =>
  makeView({ ...extra, signIns: presentSignIns(overrides) });

describe('SIGNIN.UNAPPROVED_EAS_CLIENTS', () => {
  it('passes when no Basic-auth ActiveSync sign-in and no non-Outlook mobile app reached Exchange Online', () => {
    expect(evaluateCheck(check, view({})).status).toBe('PASS');
  });

  it('fails for a successful Exchange ActiveSync sign-in, whatever the client, with user, device and agent', () => {
    const r = evaluateCheck(check, view({ easSuccess: { items: [eas], total: 1 } }));
    expect(r.status).toBe('FAIL');
    expect(r.evidence.basicAuthActiveSync).toEqual({ items: [eas], total: 1 });
  });

  it('fails for a modern sign-in from Android by an unapproved app, naming it by id and name', () => {
    const r = evaluateCheck(check, view({ unapprovedMobileApps: { items: [gmail], total: 1 } }));
    expect(r.status).toBe('FAIL');
    expect(r.summary).toMatch(/unapproved app: Gmail \(app-gmail\)/);
    expect(r.evidence.unapprovedApps).toEqual([
      { appId: 'app-gmail', appDisplayName: 'Gmail', users: 1, count: 4 },
    ]);
  });

  it('lists the approved apps it judged against: by default Outlook, Microsoft 365 (Office) and Teams', () => {
    const r = evaluateCheck(check, view({}));
    expect(r.evidence.approvedMobileAppIds).toEqual([
      '27922004-5251-4030-b22d-91ecd9a37ea4',
      'd3590ed6-52b3-4102-aeff-aad2292ab01c',
      '1fec8e78-bce4-4aaf-ab1b-5451cc387264',
    ]);
  });

  it('is an error when the sign-in data is stale', () => {
    const v = makeView({
      signIns: {
        state: 'STALE',
        lastEventAt: new Date(NOW.getTime() - 96 * 3_600_000),
        maxAgeHours: 48,
      },
    });
    expect(evaluateCheck(check, v).status).toBe('ERROR');
  });

  it('is an error when sign-ins are declared but none have arrived', () => {
    expect(
      evaluateCheck(check, makeView({ settings: { declaredSources: ['signIns'] } })).status,
    ).toBe('ERROR');
  });

  it('is not applicable when the tenant has no sign-in data', () => {
    expect(evaluateCheck(check, makeView()).status).toBe('NOT_APPLICABLE');
  });

  it('is waived when every offending user is waived, and not when one is left', () => {
    const both = {
      easSuccess: { items: [eas], total: 1 },
      unapprovedMobileApps: { items: [gmail], total: 1 },
    };
    expect(
      evaluateCheck(
        check,
        view(both, { waivers: [itemWaiver(check.id, ['a@contoso.com', 'b@contoso.com'])] }),
      ).status,
    ).toBe('WAIVED');
    expect(
      evaluateCheck(check, view(both, { waivers: [itemWaiver(check.id, ['a@contoso.com'])] }))
        .status,
    ).toBe('FAIL');
  });
});
