import { describe, expect, it } from 'vitest';
import {
  DEFAULTS,
  DEMO_TENANT_ID,
  EmulatorConfigError,
  loadEmulatorConfig,
  resolveOptions,
} from './config.js';

function problems(env: Record<string, string>): string[] {
  try {
    loadEmulatorConfig(env);
  } catch (e) {
    if (e instanceof EmulatorConfigError) return [...e.problems];
    throw e;
  }
  return [];
}

describe('emulator configuration', () => {
  it('has working defaults', () => {
    const { options, collector } = loadEmulatorConfig({});
    expect(options).toMatchObject({
      host: '127.0.0.1',
      port: 4010,
      tenantId: DEMO_TENANT_ID,
      users: 500,
      daySeconds: 86_400,
      lateMinutes: 10,
    });
    expect(options.regressions).toEqual(DEFAULTS.regressions);
    expect(collector).toBeNull();
  });

  it('reads every variable', () => {
    const { options, collector } = loadEmulatorConfig({
      EMULATOR_PORT: '0',
      EMULATOR_USERS: '100000',
      EMULATOR_DAY_SECONDS: '60',
      EMULATOR_SEED: 'demo-2',
      EMULATOR_TENANTS:
        '3c9a1f2e-6b7d-4e8f-9a0b-1c2d3e4f5a6b:2000, 7e6d5c4b-3a29-4817-8695-a4b3c2d1e0f9',
      EMULATOR_WAVE_DAYS: '2,4,6,8',
      EMULATOR_REGRESSIONS: '3:caPolicyReportOnly:5,4:hmaDisabled',
      EMULATOR_FAULTS: '[{"endpoint":"signIns","kind":"429","rate":0.2}]',
      EMULATOR_COLLECTOR_URL: 'http://127.0.0.1:3000/',
      EMULATOR_COLLECTOR_TENANT_ID: 'abc',
      EMULATOR_COLLECTOR_TOKEN: 'tok',
    });
    expect(options.users).toBe(100_000);
    expect(options.extraTenants).toEqual([
      { tenantId: '3c9a1f2e-6b7d-4e8f-9a0b-1c2d3e4f5a6b', users: 2000 },
      { tenantId: '7e6d5c4b-3a29-4817-8695-a4b3c2d1e0f9', users: 500 },
    ]);
    expect(options.rollout).toEqual({ pilotDay: 2, wave2Day: 4, wave3Day: 6, orgDefaultDay: 8 });
    expect(options.regressions).toEqual([
      { day: 3, kind: 'caPolicyReportOnly', untilDay: 5 },
      { day: 4, kind: 'hmaDisabled' },
    ]);
    expect(options.faults).toEqual([{ endpoint: 'signIns', kind: '429', rate: 0.2 }]);
    expect(collector).toMatchObject({
      targetUrl: 'http://127.0.0.1:3000',
      tenantId: 'abc',
      intervalMs: 300_000,
    });
    expect(loadEmulatorConfig({ EMULATOR_REGRESSIONS: 'none' }).options.regressions).toEqual([]);
  });

  it('fails fast naming every bad variable, never echoing the secret', () => {
    const found = problems({
      EMULATOR_USERS: '5',
      EMULATOR_TENANT_ID: 'contoso',
      EMULATOR_DAY_SECONDS: 'soon',
      EMULATOR_CLIENT_SECRET: 'short',
      EMULATOR_REGRESSIONS: '3:everythingBreaks',
      EMULATOR_FAULTS: '{',
      EMULATOR_COLLECTOR_URL: 'http://x',
    });
    const text = found.join('\n');
    for (const name of [
      'EMULATOR_USERS',
      'EMULATOR_TENANT_ID',
      'EMULATOR_DAY_SECONDS',
      'EMULATOR_CLIENT_SECRET',
      'EMULATOR_REGRESSIONS',
      'EMULATOR_FAULTS',
      'EMULATOR_COLLECTOR_TOKEN',
    ]) {
      expect(text).toContain(name);
    }
    expect(text).not.toContain('short');
  });

  it('validates programmatic options the same way', () => {
    expect(() => resolveOptions({ users: 100_001 })).toThrow(/users/);
    expect(resolveOptions({}).port).toBe(0);
  });
});
