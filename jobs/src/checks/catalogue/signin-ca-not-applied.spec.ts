import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../evaluate.js';
import { itemWaiver } from '../testing/fixtures.js';
import { makeView, presentSignIns } from '../testing/view-factory.js';
import { signInCaNotApplied as check } from './signins.js';

const view = (count: number, upns: string[], extra: Parameters<typeof makeView>[0] = {}) =>
  makeView({
    ...extra,
    signIns: presentSignIns({
      caNotApplied: {
        count,
        users: {
          items: upns.map((userPrincipalName) => ({ userPrincipalName, count: 1 })),
          total: upns.length,
        },
      },
    }),
  });

describe('SIGNIN.CA_NOT_APPLIED', () => {
  it('passes when Conditional Access evaluated every successful Exchange Online sign-in', () => {
    expect(evaluateCheck(check, view(0, [])).status).toBe('PASS');
  });

  it('warns listing the users outside every policy', () => {
    const r = evaluateCheck(check, view(3, ['svc-sync@contoso.com']));
    expect(r.status).toBe('WARN');
    expect(r.metric).toBe(3);
    expect(r.evidence.users).toMatchObject({
      total: 1,
      items: [{ userPrincipalName: 'svc-sync@contoso.com' }],
    });
  });

  it('is an error when users are listed but the count says none', () => {
    expect(evaluateCheck(check, view(0, ['a@contoso.com'])).status).toBe('ERROR');
  });

  it('is not applicable when the tenant has no sign-in data', () => {
    expect(evaluateCheck(check, makeView()).status).toBe('NOT_APPLICABLE');
  });

  it('is waived when every user outside the policies is waived', () => {
    expect(
      evaluateCheck(
        check,
        view(3, ['SVC-sync@contoso.com'], {
          waivers: [itemWaiver(check.id, ['svc-sync@contoso.com'])],
        }),
      ).status,
    ).toBe('WAIVED');
  });
});

describe('SIGNIN.CA_NOT_APPLIED with sign-ins that carry no user', () => {
  it('stays warning when every named user is waived but some sign-ins had no UPN', () => {
    const r = evaluateCheck(
      check,
      view(4, ['svc@contoso.com', ''], { waivers: [itemWaiver(check.id, ['svc@contoso.com'])] }),
    );
    expect(r.status).toBe('WARN');
  });
});
