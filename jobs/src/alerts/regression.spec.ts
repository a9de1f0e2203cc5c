import { describe, expect, it } from 'vitest';
import type { CheckStatus } from '@posture/prisma/enums';
import {
  AUTO_RESOLVE_COMMENT,
  decideAlerts,
  itemsOf,
  type ResultRef,
  type RunResults,
} from './regression.js';

const NOW = new Date('2026-11-20T06:00:00Z');
let seq = 0;

function result(
  checkId: string,
  status: CheckStatus,
  extra: Partial<Omit<ResultRef, 'checkId' | 'status'>> = {},
): ResultRef {
  seq += 1;
  return {
    id: `result-${seq}`,
    runId: extra.runId ?? 'run-now',
    checkId,
    status,
    severity: 'HIGH',
    metric: null,
    summary: `${checkId} is ${status}.`,
    evidence: {},
    ...extra,
  };
}

const capped = <T>(items: T[]) => ({ items, total: items.length });

function decide(input: Partial<RunResults> & Pick<RunResults, 'current'>) {
  return decideAlerts({ previous: [], unresolved: [], now: NOW, ...input });
}

describe('a check that got worse opens one alert', () => {
  const cases: Array<[CheckStatus, CheckStatus]> = [
    ['PASS', 'WARN'],
    ['PASS', 'FAIL'],
    ['WARN', 'FAIL'],
  ];
  it.each(cases)('%s → %s is a regression with before and after', (from, to) => {
    const before = result('A', from, { runId: 'run-before', metric: 1 });
    const after = result('A', to, { metric: 0.5 });
    const [d, ...rest] = decide({ previous: [before], current: [after] });
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      type: 'OPEN',
      alert: {
        checkId: 'A',
        kind: 'REGRESSION',
        severity: 'HIGH',
        beforeStatus: from,
        afterStatus: to,
        beforeMetric: 1,
        afterMetric: 0.5,
        previousResultId: before.id,
        resultId: after.id,
        runId: 'run-now',
      },
    });
    if (d?.type === 'OPEN') expect(d.alert.summary).toContain(`${from} → ${to}`);
  });
});

describe('statuses that are not worse open nothing', () => {
  const quiet: Array<[CheckStatus, CheckStatus]> = [
    ['PASS', 'PASS'],
    ['FAIL', 'FAIL'],
    ['FAIL', 'WARN'],
    ['WARN', 'WARN'],
    ['WARN', 'PASS'],
    ['PASS', 'NOT_APPLICABLE'],
    ['NOT_APPLICABLE', 'FAIL'],
    ['ERROR', 'ERROR'],
    ['ERROR', 'FAIL'],
    ['PASS', 'WAIVED'],
    ['WAIVED', 'WARN'],
  ];
  it.each(quiet)('%s → %s', (from, to) => {
    expect(decide({ previous: [result('A', from)], current: [result('A', to)] })).toEqual([]);
  });

  it("a check's first result opens nothing, whatever it is", () => {
    expect(decide({ current: [result('A', 'FAIL'), result('B', 'ERROR')] })).toEqual([]);
  });
});

describe('a check that can no longer be verified is a blind spot', () => {
  it.each(['PASS', 'WARN', 'FAIL', 'WAIVED'] as CheckStatus[])('%s → ERROR', (from) => {
    const [d] = decide({
      previous: [result('A', from)],
      current: [result('A', 'ERROR', { summary: 'Cannot evaluate: stale.' })],
    });
    expect(d).toMatchObject({
      type: 'OPEN',
      alert: { kind: 'BLIND_SPOT', beforeStatus: from, afterStatus: 'ERROR', items: [] },
    });
  });

  it('NOT_APPLICABLE → ERROR is not: the check never applied, so nothing was lost', () => {
    expect(
      decide({ previous: [result('A', 'NOT_APPLICABLE')], current: [result('A', 'ERROR')] }),
    ).toEqual([]);
  });
});

describe('a waived finding that fails again', () => {
  const waived = (expiresAt: string) =>
    result('A', 'WAIVED', {
      evidence: {
        uncovered: capped([{ userPrincipalName: 'cid@contoso.com', reason: 'no policy' }]),
        waivers: [{ id: 'w1', scope: 'ITEMS', expiresAt }],
      },
    });
  const failing = result('A', 'FAIL', {
    evidence: {
      uncovered: capped([{ userPrincipalName: 'cid@contoso.com', reason: 'no policy' }]),
    },
  });

  it('is WAIVER_EXPIRED when the waiver has expired, and names the items it covered', () => {
    const [d] = decide({ previous: [waived('2026-11-20T05:00:00Z')], current: [failing] });
    expect(d).toMatchObject({
      type: 'OPEN',
      alert: { kind: 'WAIVER_EXPIRED', beforeStatus: 'WAIVED', afterStatus: 'FAIL' },
    });
    if (d?.type === 'OPEN') expect(d.alert.items.map((i) => i.key)).toEqual(['cid@contoso.com']);
  });

  it('is a plain REGRESSION when the waiver still runs (revoked, or an item it does not cover)', () => {
    const [d] = decide({ previous: [waived('2026-12-01T00:00:00Z')], current: [failing] });
    expect(d).toMatchObject({ type: 'OPEN', alert: { kind: 'REGRESSION' } });
  });
});

describe('a metric that crosses its declared threshold the wrong way', () => {
  const withThreshold = (status: CheckStatus, metric: number, better: 'higher' | 'lower') =>
    result('A', status, { metric, evidence: { metricThreshold: { value: 0.9, better } } });

  it('opens an alert even when the status did not change', () => {
    const [d] = decide({
      previous: [withThreshold('WARN', 0.95, 'higher')],
      current: [withThreshold('WARN', 0.85, 'higher')],
    });
    expect(d).toMatchObject({ type: 'OPEN', alert: { kind: 'REGRESSION', afterMetric: 0.85 } });
    if (d?.type === 'OPEN') expect(d.alert.summary).toMatch(/threshold 0.9/);
  });

  it('honours "lower is better"', () => {
    expect(
      decide({
        previous: [withThreshold('WARN', 0.5, 'lower')],
        current: [withThreshold('WARN', 0.95, 'lower')],
      }),
    ).toHaveLength(1);
  });

  it('opens nothing when it crosses the right way, or stays on the bad side', () => {
    expect(
      decide({
        previous: [withThreshold('WARN', 0.85, 'higher')],
        current: [withThreshold('WARN', 0.95, 'higher')],
      }),
    ).toEqual([]);
    expect(
      decide({
        previous: [withThreshold('WARN', 0.85, 'higher')],
        current: [withThreshold('WARN', 0.8, 'higher')],
      }),
    ).toEqual([]);
  });

  it('reads no direction into a bare number', () => {
    expect(
      decide({
        previous: [result('A', 'WARN', { metric: 0.95, evidence: { threshold: 0.9 } })],
        current: [result('A', 'WARN', { metric: 0.85, evidence: { threshold: 0.9 } })],
      }),
    ).toEqual([]);
  });
});

describe('a check with an unresolved alert (dedupe)', () => {
  const open = { id: 'alert-1', checkId: 'A' };

  it.each(['FAIL', 'WARN', 'ERROR', 'NOT_APPLICABLE'] as CheckStatus[])(
    'still %s: opens nothing, the alert points at the newest result',
    (status) => {
      const now = result('A', status);
      expect(
        decide({ previous: [result('A', 'FAIL')], current: [now], unresolved: [open] }),
      ).toEqual([{ type: 'UPDATE', alertId: 'alert-1', result: now }]);
    },
  );

  it('passing again resolves it automatically, and says so', () => {
    const now = result('A', 'PASS');
    expect(decide({ previous: [result('A', 'FAIL')], current: [now], unresolved: [open] })).toEqual(
      [{ type: 'RESOLVE', alertId: 'alert-1', result: now, comment: AUTO_RESOLVE_COMMENT.PASS }],
    );
  });

  it('a waiver resolves it too (an accepted finding), saying it will alert at expiry', () => {
    const [d] = decide({ current: [result('A', 'WAIVED')], unresolved: [open] });
    expect(d).toMatchObject({ type: 'RESOLVE', comment: expect.stringMatching(/waiver expires/) });
  });
});

describe('one run that regresses several checks', () => {
  it('opens one alert per check, in the order of the run', () => {
    const decisions = decide({
      previous: [result('A', 'PASS'), result('B', 'WARN'), result('C', 'PASS')],
      current: [result('A', 'FAIL'), result('B', 'FAIL'), result('C', 'PASS')],
    });
    expect(decisions.map((d) => d.type === 'OPEN' && d.alert.checkId)).toEqual(['A', 'B']);
  });
});

describe('the items that became bad', () => {
  it('are the rows newly in the evidence, not the whole list', () => {
    const before = result('SIGNIN.LEGACY', 'PASS', {
      evidence: {
        byUserProtocol: capped([
          { userPrincipalName: 'Ann@contoso.com', clientAppUsed: 'IMAP4', count: 3 },
        ]),
      },
    });
    const after = result('SIGNIN.LEGACY', 'FAIL', {
      evidence: {
        byUserProtocol: capped([
          // The same user and protocol with a new count is not new.
          { userPrincipalName: 'ann@contoso.com', clientAppUsed: 'IMAP4', count: 9 },
          { userPrincipalName: 'ann@contoso.com', clientAppUsed: 'POP3', count: 1 },
          { userPrincipalName: 'bob@contoso.com', clientAppUsed: 'IMAP4', count: 1 },
        ]),
      },
    });
    const [d] = decide({ previous: [before], current: [after] });
    expect(d?.type === 'OPEN' && d.alert.items).toEqual([
      {
        list: 'byUserProtocol',
        kind: 'user',
        key: 'ann@contoso.com · pop3',
        row: { userPrincipalName: 'ann@contoso.com', clientAppUsed: 'POP3', count: 1 },
      },
      {
        list: 'byUserProtocol',
        kind: 'user',
        key: 'bob@contoso.com · imap4',
        row: { userPrincipalName: 'bob@contoso.com', clientAppUsed: 'IMAP4', count: 1 },
      },
    ]);
  });

  it('name devices, users with policies, and plain keys, from every capped list in the evidence', () => {
    const evidence = {
      waivedItems: capped(['zed@contoso.com']),
      unapproved: capped([{ DeviceId: 'ABC', user: 'Ann', DeviceType: 'iPhone' }]),
      notExcluded: capped([{ account: 'bg@contoso.com', policyId: 'p1', policy: 'Block' }]),
      mailboxesReEnabling: capped(['cid@contoso.com']),
      caNotApplied: { users: capped([{ userPrincipalName: 'dan@contoso.com', count: 2 }]) },
      policies: [{ Name: 'not a capped list' }],
    };
    // Keys are walked sorted, so stored JSON in any key order gives the same list.
    expect(itemsOf(evidence).map(({ list, kind, key }) => [list, kind, key])).toEqual([
      ['caNotApplied.users', 'user', 'dan@contoso.com'],
      ['mailboxesReEnabling', 'user', 'cid@contoso.com'],
      ['notExcluded', 'user', 'bg@contoso.com · p1'],
      ['unapproved', 'device', 'abc'],
    ]);
  });

  it('an item already listed by the previous (passing) result is not new', () => {
    const uncovered = capped([{ userPrincipalName: 'ann@contoso.com' }]);
    const [d] = decide({
      previous: [result('A', 'PASS', { evidence: { uncovered } })],
      current: [result('A', 'WARN', { evidence: { uncovered } })],
    });
    expect(d?.type === 'OPEN' && d.alert.items).toEqual([]);
  });
});
