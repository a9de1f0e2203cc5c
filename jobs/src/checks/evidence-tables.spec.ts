import { describe, expect, it } from 'vitest';
import { evidenceTables } from './evidence-tables.js';

/** Evidence shaped as SIGNIN.LEGACY_AUTH_SUCCESS stores it, with the runner's failing items. */
const legacySuccess = (n: number, listed = n) => ({
  window: { from: '2026-11-20T00:00:00Z', to: '2026-11-27T00:00:00Z' },
  count: n * 2,
  byUserProtocol: {
    items: Array.from({ length: listed }, (_, i) => ({
      userPrincipalName: `User${i}@Contoso.com`,
      clientAppUsed: 'IMAP4',
      count: 2,
      sampleIds: ['a', 'b'],
    })),
    total: n,
  },
  unknownClientApps: [],
  failingItems: Array.from({ length: listed }, (_, i) => `user${i}@contoso.com`),
});

describe('evidence tables of a failing sign-in check', () => {
  it('lists users keyed as the check reported them, failing, with the columns of the rows', () => {
    const [table, ...rest] = evidenceTables(legacySuccess(2));
    expect(rest).toEqual([]);
    expect(table).toMatchObject({ list: 'byUserProtocol', kind: 'USER', total: 2, listed: 2 });
    expect(table!.columns).toEqual(['userPrincipalName', 'clientAppUsed', 'count', 'sampleIds']);
    expect(table!.rows[0]).toEqual({
      key: 'user0@contoso.com',
      failing: true,
      waived: false,
      cells: ['User0@Contoso.com', 'IMAP4', '2', 'a, b'],
      messages: [null, null, null, null],
      user: 'User0@Contoso.com',
      device: null,
      policy: null,
    });
  });

  it('caps the rows at 50 unless all are asked for, and keeps the true total', () => {
    const evidence = legacySuccess(130, 100);
    const [capped] = evidenceTables(evidence);
    expect(capped!.rows).toHaveLength(50);
    expect(capped).toMatchObject({ total: 130, listed: 100 });
    const [all] = evidenceTables(evidence, Infinity);
    expect(all!.rows).toHaveLength(100);
    expect(all!.total).toBe(130);
  });

  it('marks waived rows from the waiver bookkeeping and leaves that bookkeeping out', () => {
    const evidence = {
      ...legacySuccess(2),
      waivedItems: { items: ['user1@contoso.com'], total: 1 },
      unwaivedItems: { items: ['user0@contoso.com'], total: 1 },
    };
    const tables = evidenceTables(evidence);
    expect(tables.map((t) => t.list)).toEqual(['byUserProtocol']);
    expect(tables[0]!.rows.map((r) => [r.key, r.failing, r.waived])).toEqual([
      ['user0@contoso.com', true, false],
      ['user1@contoso.com', true, true],
    ]);
  });
});

describe('evidence tables of other lists', () => {
  it('puts the identifying columns first, whatever order the stored JSON has', () => {
    const [t] = evidenceTables({
      uncovered: {
        items: [{ reason: 'none', mailboxLocation: 'ONLINE', userPrincipalName: 'a@b.c' }],
        total: 1,
      },
    });
    expect(t!.columns).toEqual(['userPrincipalName', 'reason', 'mailboxLocation']);
  });

  it('carries a field worded as a message beside it, not as a column of its own', () => {
    const reasonMessage = { code: 'COVERAGE.exo_no_policy', params: {} };
    const [t] = evidenceTables({
      uncovered: {
        items: [
          { userPrincipalName: 'a@b.c', reason: 'no policy', reasonMessage },
          { userPrincipalName: 'd@b.c', reason: 'older row, no message' },
        ],
        total: 2,
      },
    });
    expect(t!.columns).toEqual(['userPrincipalName', 'reason']);
    expect(t!.rows.map((r) => r.cells)).toEqual([
      ['a@b.c', 'no policy'],
      ['d@b.c', 'older row, no message'],
    ]);
    expect(t!.rows.map((r) => r.messages)).toEqual([
      [null, reasonMessage],
      [null, null],
    ]);
    // A field that only looks like one (no field beside it) stays a column.
    const [u] = evidenceTables({
      x: { items: [{ DeviceId: 'A', statusMessage: 'ok' }], total: 1 },
    });
    expect(u!.columns).toContain('statusMessage');
  });

  it('keys devices by DeviceId and marks only the failing ones', () => {
    const [t] = evidenceTables({
      devices: {
        items: [
          { DeviceId: 'ABC', UserDisplayName: 'Ann', DeviceAccessState: 'Allowed' },
          { DeviceId: 'DEF', UserDisplayName: 'Bo', DeviceAccessState: 'Allowed' },
        ],
        total: 2,
      },
      failingItems: ['def'],
    });
    expect(t!.kind).toBe('DEVICE');
    expect(t!.rows.map((r) => [r.key, r.failing, r.device])).toEqual([
      ['abc', false, 'ABC'],
      ['def', true, 'DEF'],
    ]);
  });

  it('reads a list of plain user names as users', () => {
    const [t] = evidenceTables({ uncovered: { items: ['Ann@contoso.com'], total: 1 } });
    expect(t).toMatchObject({ kind: 'USER', columns: ['value'], total: 1 });
    expect(t!.rows[0]).toMatchObject({
      key: 'ann@contoso.com',
      failing: false,
      user: 'Ann@contoso.com',
    });
  });

  it('has no tables for evidence without lists', () => {
    expect(evidenceTables({ OAuth2ClientProfileEnabled: true })).toEqual([]);
    expect(evidenceTables(null)).toEqual([]);
  });
});
