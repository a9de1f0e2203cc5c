import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../evaluate.js';
import { itemWaiver } from '../testing/fixtures.js';
import { makeView, NOW, presentSignIns } from '../testing/view-factory.js';
import { signInLegacyAuthAttempts as check } from './signins.js';

const users = (...upns: string[]) => ({
  items: upns.map((userPrincipalName) => ({
    userPrincipalName,
    clientAppUsed: 'Exchange ActiveSync',
    count: 10,
    lastSeen: NOW,
  })),
  total: upns.length,
});

const view = (
  current: number,
  previous: number,
  upns: string[],
  extra: Parameters<typeof makeView>[0] = {},
) =>
  makeView({
    ...extra,
    signIns: presentSignIns({ legacyFailures: { current, previous, users: users(...upns) } }),
  });

describe('SIGNIN.LEGACY_AUTH_ATTEMPTS', () => {
  it('passes when failed legacy attempts rose no more than the threshold (+50%)', () => {
    const r = evaluateCheck(check, view(150, 100, ['a@contoso.com']));
    expect(r.status).toBe('PASS');
    expect(r.metric).toBe(150);
  });

  it('passes when attempts fell', () => {
    expect(evaluateCheck(check, view(10, 100, ['a@contoso.com'])).status).toBe('PASS');
  });

  it('warns when attempts rose more than the threshold, listing the users still trying', () => {
    const r = evaluateCheck(check, view(151, 100, ['a@contoso.com', 'b@contoso.com']));
    expect(r.status).toBe('WARN');
    expect(r.evidence.rise).toBeCloseTo(0.51);
    expect(r.evidence.usersStillTrying).toMatchObject({ total: 2 });
  });

  it('warns when attempts appear after a window with none', () => {
    expect(evaluateCheck(check, view(3, 0, ['a@contoso.com'])).status).toBe('WARN');
  });

  it("uses the tenant's own threshold", () => {
    expect(
      evaluateCheck(
        check,
        view(151, 100, ['a@contoso.com'], { settings: { legacyAttemptRiseThreshold: 1 } }),
      ).status,
    ).toBe('PASS');
  });

  it('is an error when the aggregates contradict each other (attempts but no user)', () => {
    expect(evaluateCheck(check, view(5, 0, [])).status).toBe('ERROR');
  });

  it('is not applicable when the tenant has no sign-in data', () => {
    expect(evaluateCheck(check, makeView()).status).toBe('NOT_APPLICABLE');
  });

  it('is waived when every user still trying is waived', () => {
    const r = evaluateCheck(
      check,
      view(30, 10, ['a@contoso.com'], { waivers: [itemWaiver(check.id, ['a@contoso.com'])] }),
    );
    expect(r.status).toBe('WAIVED');
  });
});
