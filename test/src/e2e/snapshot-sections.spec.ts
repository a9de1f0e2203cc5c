import { startEmulator, type EmulatorHandle } from '@posture/emulator';
import { snapshotSections, type SnapshotSection } from '@posture/jobs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The snapshot sections of what the emulator's on-premises collector sends for the demo tenant
 * (Get-AuthenticationPolicy, Get-User, the ActiveSync settings and rules, servers, directories):
 * the readable tables the snapshot page shows, from a realistic body rather than hand-made
 * fixtures.
 */
let emulator: EmulatorHandle;

beforeAll(async () => {
  emulator = await startEmulator({
    port: 0,
    users: 100,
    logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
  });
});

afterAll(async () => {
  await emulator?.stop();
});

const byKind = (sections: SnapshotSection[]) => new Map(sections.map((s) => [s.kind, s]));

describe("sections of the emulator's on-premises snapshot", () => {
  it('reads every on-premises section, with rows and totals', () => {
    const body = JSON.parse(JSON.stringify(emulator.onPremisesSnapshot())) as {
      exchangeOnPremises: { users: unknown[]; virtualDirectories: unknown[] };
    };
    const sections = byKind(snapshotSections(body));
    expect([...sections.keys()]).toEqual([
      'ONPREM_ORGANIZATION',
      'ONPREM_AUTHENTICATION_POLICIES',
      'ONPREM_USER_ASSIGNMENTS',
      'ACTIVESYNC_ORGANIZATION',
      'ACTIVESYNC_DEVICE_ACCESS_RULES',
      'EXCHANGE_SERVERS',
      'HMA_AUTH_SERVERS',
      'HMA_VIRTUAL_DIRECTORIES',
    ]);
    expect([...sections.values()].every((s) => s.read && s.total > 0)).toBe(true);

    const cell = (s: SnapshotSection, key: string, column: string) =>
      s.rows.find((r) => r.key === key)?.cells[s.columns.indexOf(column)];
    const policies = sections.get('ONPREM_AUTHENTICATION_POLICIES')!;
    expect(cell(policies, 'Block Legacy Auth', 'blocked')).toMatch(/\bActiveSync\b/);
    expect(cell(policies, 'Block Legacy Auth', 'allowed')).toBe('');
    const rules = sections.get('ACTIVESYNC_DEVICE_ACCESS_RULES')!;
    expect(cell(rules, 'OutlookService (DeviceType)', 'accessLevel')).toBe('Allow');

    const users = sections.get('ONPREM_USER_ASSIGNMENTS')!;
    expect(users.total).toBe(body.exchangeOnPremises.users.length);
    expect(users.rows).toHaveLength(Math.min(50, users.total));
    const dirs = sections.get('HMA_VIRTUAL_DIRECTORIES')!;
    expect(dirs.total).toBe(body.exchangeOnPremises.virtualDirectories.length);
    expect(cell(dirs, 'EX01/ActiveSync', 'oauth')).toMatch(/^(True|False)$/);
    expect(sections.get('HMA_AUTH_SERVERS')!.checkIds).toContain('ONPREM.HMA.EVOSTS');
  });
});
