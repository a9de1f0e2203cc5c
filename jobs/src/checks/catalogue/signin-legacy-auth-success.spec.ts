import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../evaluate.js';
import { itemWaiver, tenantWaiver } from '../testing/fixtures.js';
import { makeView, NOW, presentSignIns } from '../testing/view-factory.js';
import type { SignInAggregates, WaiverView } from '../types.js';
import { signInLegacyAuthSuccess as check } from './signins.js';

const row = (userPrincipalName: string, clientAppUsed: string, count = 3) => ({
  userPrincipalName,
  clientAppUsed,
  count,
  firstSeen: new Date(NOW.getTime() - 5 * 86_400_000),
  lastSeen: new Date(NOW.getTime() - 86_400_000),
  sampleIds: ['s1', 's2'],
});

const view = (overrides: Partial<SignInAggregates>, waivers: WaiverView[] = []) =>
  makeView({ signIns: presentSignIns(overrides), waivers });

describe('SIGNIN.LEGACY_AUTH_SUCCESS', () => {
  it('passes when no legacy sign-in succeeded in the window', () => {
    const r = evaluateCheck(check, view({}));
    expect(r.status).toBe('PASS');
    expect(r.metric).toBe(0);
    expect(r.window).not.toBeNull();
  });

  it('fails with the count as metric and per-user, per-protocol evidence', () => {
    const r = evaluateCheck(
      check,
      view({
        legacySuccess: {
          count: 5,
          byUserProtocol: {
            items: [row('a@contoso.com', 'IMAP4', 3), row('b@contoso.com', 'AutoDiscover', 2)],
            total: 2,
          },
        },
      }),
    );
    expect(r.status).toBe('FAIL');
    expect(r.metric).toBe(5);
    expect(r.summary).toMatch(/IMAP4, AutoDiscover/);
  });

  it('names unknown client apps that the SQL counted as legacy', () => {
    const r = evaluateCheck(
      check,
      view({
        unknownClientApps: ['Other clients; Older Office clients'],
        legacySuccess: {
          count: 1,
          byUserProtocol: {
            items: [row('a@contoso.com', 'Other clients; Older Office clients', 1)],
            total: 1,
          },
        },
      }),
    );
    expect(r.status).toBe('FAIL');
    expect(r.evidence.unknownClientApps).toEqual(['Other clients; Older Office clients']);
    expect(r.summary).toMatch(
      /Unknown client apps counted as legacy: "Other clients; Older Office clients"/,
    );
  });

  it('is an error when the aggregates contradict each other (a count without rows)', () => {
    const r = evaluateCheck(
      check,
      view({ legacySuccess: { count: 4, byUserProtocol: { items: [], total: 0 } } }),
    );
    expect(r.status).toBe('ERROR');
  });

  it('is an error when pulled sign-ins cover only part of the window', () => {
    const v = makeView({
      signIns: {
        state: 'PARTIAL',
        window: { from: new Date(NOW.getTime() - 7 * 86_400_000), to: NOW },
        coveredFrom: NOW,
      },
    });
    const r = evaluateCheck(check, v);
    expect(r.status).toBe('ERROR');
    expect(r.summary).toMatch(/only part of the window/);
  });

  it('is not applicable when the tenant has no sign-in data', () => {
    expect(evaluateCheck(check, makeView()).status).toBe('NOT_APPLICABLE');
  });

  it('is waived when every user with a legacy success is waived', () => {
    const r = evaluateCheck(
      check,
      view(
        {
          legacySuccess: {
            count: 2,
            byUserProtocol: {
              items: [row('Printer@contoso.com', 'Authenticated SMTP', 2)],
              total: 1,
            },
          },
        },
        [itemWaiver(check.id, ['printer@contoso.com'])],
      ),
    );
    expect(r.status).toBe('WAIVED');
  });

  it('an item waiver cannot waive rows cut off by the evidence cap; a tenant waiver can', () => {
    const capped = {
      legacySuccess: {
        count: 300,
        byUserProtocol: { items: [row('a@contoso.com', 'POP3')], total: 150 },
      },
    };
    expect(
      evaluateCheck(check, view(capped, [itemWaiver(check.id, ['a@contoso.com'])])).status,
    ).toBe('FAIL');
    expect(evaluateCheck(check, view(capped, [tenantWaiver(check.id)])).status).toBe('WAIVED');
  });
});
