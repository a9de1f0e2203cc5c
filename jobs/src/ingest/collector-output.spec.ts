import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../checks/evaluate.js';
import { CHECKS } from '../checks/registry.js';
import { makeView } from '../checks/testing/view-factory.js';
import { validateSnapshot } from './snapshot.schema.js';

/**
 * collector/Invoke-PostureCollector.ps1 is not run here (no PowerShell on our machines); what it
 * writes is: collector/sample-output.json has exactly the properties the script's $Select table
 * reads, and the push schema and every on-premises check take it as it is.
 */
const ROOT = path.resolve(__dirname, '../../..');
const script = readFileSync(path.join(ROOT, 'collector/Invoke-PostureCollector.ps1'), 'utf8');
const sample = JSON.parse(
  readFileSync(path.join(ROOT, 'collector/sample-output.json'), 'utf8'),
) as { capturedAt: string; exchangeOnPremises: Record<string, unknown> };

/** The script's `$Select` table: body key → the properties read. */
function selectTable(): Record<string, string[]> {
  const block = /\$Select = \[ordered\]@\{([\s\S]*?)\n\}/.exec(script)?.[1] ?? '';
  return Object.fromEntries(
    [...block.matchAll(/^\s+(\w+)\s+=\s+(.+)$/gm)].map((m) => [
      m[1],
      [...(m[2] ?? '').matchAll(/'([^']+)'/g)].map((x) => x[1] ?? ''),
    ]),
  );
}

describe('the on-premises collector output', () => {
  it('has exactly the sections and properties the script reads', () => {
    const table = selectTable();
    expect(Object.keys(table).length).toBe(10);
    expect(Object.keys(sample.exchangeOnPremises).sort()).toEqual(Object.keys(table).sort());
    for (const [key, props] of Object.entries(table)) {
      const value = sample.exchangeOnPremises[key];
      const rows = Array.isArray(value) ? value : [value];
      expect(rows.length, key).toBeGreaterThan(0);
      for (const row of rows) expect(Object.keys(row as object), key).toEqual(props);
    }
    // Every cmdlet the checks read is called.
    for (const cmdlet of [
      'Get-OrganizationConfig',
      'Get-AuthenticationPolicy',
      'Get-User',
      'Get-CASMailbox',
      'Get-ActiveSyncOrganizationSettings',
      'Get-ActiveSyncDeviceAccessRule',
      'Get-MobileDevice',
      'Get-MobileDeviceStatistics',
      'Get-AuthServer',
      'Get-ExchangeServer',
      'Get-ActiveSyncVirtualDirectory',
      'Get-AutodiscoverVirtualDirectory',
      'Get-WebServicesVirtualDirectory',
      'Get-MapiVirtualDirectory',
      'Get-OabVirtualDirectory',
    ]) {
      expect(script, cmdlet).toContain(cmdlet);
    }
    expect(script.split('\n').length).toBeLessThan(150);
  });

  it('writes ISO 8601 UTC dates and enum names, which the push schema takes unchanged', () => {
    const v = validateSnapshot(sample, new Date(Date.parse(sample.capturedAt) + 60_000));
    if (!v.ok) throw new Error(JSON.stringify(v.problems));
    expect(v.body).toEqual(sample);
    const devices = sample.exchangeOnPremises.mobileDevices as Array<Record<string, unknown>>;
    for (const d of devices) {
      expect(d.LastSuccessSync).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      expect(['Unknown', 'Allowed', 'Blocked', 'Quarantined', 'DeviceDiscovery']).toContain(
        d.DeviceAccessState,
      );
    }
  });

  it('answers every on-premises check (no ERROR from a missing or unreadable property)', () => {
    const v = validateSnapshot(sample, new Date(Date.parse(sample.capturedAt) + 60_000));
    if (!v.ok) throw new Error('refused');
    const view = makeView({ exchangeOnPremises: v.body.exchangeOnPremises });
    view.now = new Date(Date.parse(sample.capturedAt) + 60_000);
    const onPremOnly = CHECKS.filter((c) => c.sources.every((s) => s === 'exchangeOnPremises'));
    expect(onPremOnly.length).toBeGreaterThan(8);
    for (const check of onPremOnly) {
      const r = evaluateCheck(check, view);
      expect(r.status, `${check.id}: ${r.summary}`).not.toBe('ERROR');
    }
  });
});
