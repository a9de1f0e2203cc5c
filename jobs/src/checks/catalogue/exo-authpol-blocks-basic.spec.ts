import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../evaluate.js';
import { makeView, NOW } from '../testing/view-factory.js';
import { exoAuthPolicyBlocksBasic as check } from './exchange-online.js';

const blocking = {
  Name: 'Block Basic Auth',
  AllowBasicAuthActiveSync: false,
  AllowBasicAuthAutodiscover: false,
  AllowBasicAuthOutlookService: false,
};

describe('EXO.AUTHPOL.BLOCKS_BASIC', () => {
  it('passes when one policy turns off Basic for Autodiscover, ActiveSync and Outlook Service', () => {
    const r = evaluateCheck(
      check,
      makeView({
        exchangeOnline: { authenticationPolicies: [{ ...blocking, AllowBasicAuthImap: true }] },
      }),
    );
    expect(r.status).toBe('PASS');
    expect(r.metric).toBe(1);
    expect(r.snapshotId).toBe('snap-exo');
  });

  it('fails when every policy still allows Basic for one of the three, listing each with its flags', () => {
    const leaky = { ...blocking, Name: 'Leaky', AllowBasicAuthOutlookService: true };
    const r = evaluateCheck(
      check,
      makeView({ exchangeOnline: { authenticationPolicies: [leaky] } }),
    );
    expect(r.status).toBe('FAIL');
    expect(r.evidence.policies).toEqual([
      {
        Name: 'Leaky',
        AllowBasicAuthAutodiscover: false,
        AllowBasicAuthActiveSync: false,
        AllowBasicAuthOutlookService: true,
        blocksBasic: false,
      },
    ]);
  });

  it('fails when the tenant has no authentication policy at all ([] is data)', () => {
    const r = evaluateCheck(check, makeView({ exchangeOnline: { authenticationPolicies: [] } }));
    expect(r.status).toBe('FAIL');
    expect(r.summary).toMatch(/no authentication policy/);
  });

  it('is an error, never a pass, when a policy lacks one of the flags', () => {
    const { AllowBasicAuthActiveSync: _drop, ...broken } = blocking;
    const r = evaluateCheck(
      check,
      makeView({ exchangeOnline: { authenticationPolicies: [broken] } }),
    );
    expect(r.status).toBe('ERROR');
    expect(r.summary).toMatch(/AllowBasicAuthActiveSync/);
  });

  it('is an error when the snapshot carries no policy list', () => {
    const r = evaluateCheck(
      check,
      makeView({ exchangeOnline: { organizationConfig: { DefaultAuthenticationPolicy: null } } }),
    );
    expect(r.status).toBe('ERROR');
  });

  it('is not applicable when the tenant never sent Exchange Online data', () => {
    expect(evaluateCheck(check, makeView()).status).toBe('NOT_APPLICABLE');
  });

  it('is an error when Exchange Online is declared but never arrived', () => {
    const r = evaluateCheck(check, makeView({ settings: { declaredSources: ['exchangeOnline'] } }));
    expect(r.status).toBe('ERROR');
  });

  it('is an error when the newest Exchange Online data is stale', () => {
    const view = makeView();
    view.exchangeOnline = {
      state: 'STALE',
      snapshotId: 's',
      capturedAt: new Date(NOW.getTime() - 72 * 3_600_000),
      maxAgeHours: 48,
    };
    const r = evaluateCheck(check, view);
    expect(r.status).toBe('ERROR');
    const capturedAt = view.exchangeOnline.capturedAt.toISOString();
    expect(r.summary).toBe(
      `Cannot evaluate: stale: the newest exchangeOnline data (${capturedAt}) is older than 48 hours.`,
    );
    // The reason travels as a message of its own, so the web words it in the user's language.
    expect(r.message).toEqual({
      code: 'RUN.ERROR.reason',
      params: {
        reason: {
          code: 'RUN.REASON.source_stale',
          params: { source: 'exchangeOnline', capturedAt, hours: 48 },
        },
      },
    });
  });

  it('is waived by a tenant-wide waiver while it would fail, keeping the raw metric', () => {
    const view = makeView({
      exchangeOnline: { authenticationPolicies: [] },
      waivers: [
        {
          id: 'w1',
          checkId: check.id,
          scope: 'TENANT',
          items: [],
          reason: 'migration freeze',
          author: 'sec@contoso.com',
          expiresAt: new Date(NOW.getTime() + 86_400_000),
        },
      ],
    });
    const r = evaluateCheck(check, view);
    expect(r.status).toBe('WAIVED');
    expect(r.metric).toBe(0);
    expect(r.evidence.wouldBe).toBe('FAIL');
  });

  it('fails again once the waiver has expired', () => {
    const view = makeView({
      exchangeOnline: { authenticationPolicies: [] },
      waivers: [
        {
          id: 'w1',
          checkId: check.id,
          scope: 'TENANT',
          items: [],
          reason: 'freeze',
          author: 'a',
          expiresAt: new Date(NOW.getTime() - 1),
        },
      ],
    });
    expect(evaluateCheck(check, view).status).toBe('FAIL');
  });
});
