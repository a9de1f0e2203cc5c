import { describe, expect, it } from 'vitest';
import { ScenarioClock } from './clock.js';
import { individuallyAllowedDevice, onPremDevices } from './devices.js';
import { hash32, Rng } from './prng.js';
import { compareDesc, eventMs, SignInGenerator, SLICE_MS } from './signin-generator.js';
import { ScenarioTenant } from './tenant.js';
import { DEFAULT_REGRESSIONS, DEFAULT_ROLLOUT, Timeline } from './timeline.js';

const T0 = Date.parse('2026-11-20T00:00:00Z');
const TENANT = '8d6e3f0a-7c1b-4e2d-9a5f-3b4c5d6e7f80';

function tenant(users: number, seed = 'seed', id = TENANT, now = T0): ScenarioTenant {
  const clock = new ScenarioClock({ daySeconds: 60, startedAt: T0, now: () => now });
  return new ScenarioTenant(
    { tenantId: id, users },
    0,
    seed,
    new Timeline(DEFAULT_ROLLOUT, DEFAULT_REGRESSIONS, clock),
  );
}

describe('ScenarioClock', () => {
  it('maps real time to simulated days and keeps the past when advanced', () => {
    let now = T0;
    const clock = new ScenarioClock({ daySeconds: 60, startedAt: T0, now: () => now });
    expect(clock.dayAt(T0 + 90_000)).toBe(1.5);
    expect(clock.dayAt(T0 - 60_000)).toBe(-1);
    now = T0 + 30_000;
    clock.advance(5);
    expect(clock.day()).toBe(5);
    expect(clock.dayAt(T0 + 15_000)).toBe(0.25);
    expect(clock.dayAt(T0 + 90_000)).toBe(6.5);
    expect(clock.realTimeOfDay(1)).toBe(T0 + 30_000);
    expect(clock.realTimeOfDay(6)).toBe(T0 + 60_000);
    expect(clock.realTimeOfDay(0.25)).toBe(T0 + 15_000);
  });
});

describe('Timeline', () => {
  it('assigns waves and injects regressions on their days, until repaired', () => {
    const clock = new ScenarioClock({ daySeconds: 60, startedAt: T0, now: () => T0 });
    const tl = new Timeline(
      DEFAULT_ROLLOUT,
      [...DEFAULT_REGRESSIONS, { day: 8, kind: 'hmaDisabled', untilDay: 9 }],
      clock,
    );
    expect(tl.stateOfDay(0)).toMatchObject({
      wavesAssigned: 0,
      orgDefault: false,
      onPremHardened: false,
    });
    expect(tl.stateOfDay(1)).toMatchObject({ wavesAssigned: 1, onPremHardened: true });
    expect([...tl.stateOfDay(4).regressions.keys()]).toEqual([
      'pilotMemberAdded',
      'exoPolicyAllowsBasic',
      'deviceAllowedIndividually',
    ]);
    expect(tl.stateOfDay(8).regressions.has('hmaDisabled')).toBe(true);
    expect(tl.stateOfDay(9).regressions.has('hmaDisabled')).toBe(false);
    expect(tl.stateOfDay(14)).toMatchObject({ wavesAssigned: 3, orgDefault: true });
    expect(tl.stateAt(T0 - 86_400_000).day).toBe(0);
  });
});

describe('seeded scenario', () => {
  it('uses a deterministic PRNG', () => {
    const a = new Rng(hash32('x', 1));
    const b = new Rng(hash32('x', 1));
    expect(Array.from({ length: 5 }, () => a.u32())).toEqual(
      Array.from({ length: 5 }, () => b.u32()),
    );
    expect(hash32('ab', 'c')).not.toBe(hash32('a', 'bc'));
  });

  it('builds the same people for the same seed and tenant, different ones otherwise', () => {
    const a = tenant(500);
    const b = tenant(500);
    const other = tenant(500, 'seed', '11111111-2222-4333-8444-555555555555');
    expect([10, 200, 499].map((i) => a.user(i))).toEqual([10, 200, 499].map((i) => b.user(i)));
    expect(other.user(10).id).not.toBe(a.user(10).id);
    const upns = Array.from({ length: 500 }, (_, i) => a.user(i).userPrincipalName.toLowerCase());
    expect(new Set(upns).size).toBe(500);
    expect(a.profiles.filter((p) => p.wave === 1).length).toBeGreaterThanOrEqual(6);
    expect(new Set(a.profiles.map((p) => p.mailbox))).toEqual(
      new Set(['none', 'online', 'onPremises']),
    );
  });

  it('has devices of every kind docs/domain.md 3.5 lists, on-premises', () => {
    const t = tenant(2000);
    const types = new Set(onPremDevices(t).map((d) => d.kind));
    expect([...types].sort()).toEqual([
      'gmail',
      'iphone',
      'outlookBasic',
      'outlookService',
      'samsung',
    ]);
    expect(individuallyAllowedDevice(t)).not.toBeNull();
  });

  it('generates sign-ins per one-minute slice, lazily, newest first, identical on every call', () => {
    const t = tenant(100_000);
    const gen = new SignInGenerator(t, { rate: 1, lateMinutes: 10 });
    const slice = Math.floor(T0 / SLICE_MS) - 30;
    const events = gen.slice(slice);
    // ~18 events per user per day over 1440 slices, ±diurnal swing.
    expect(events.length).toBeGreaterThan(500);
    expect(events.length).toBeLessThan(3000);
    expect([...events].sort(compareDesc)).toEqual(events);
    const again = new SignInGenerator(tenant(100_000), { rate: 1, lateMinutes: 10 }).slice(slice);
    expect(again).toEqual(events);
    for (const e of events) {
      expect(eventMs(e)).toBeGreaterThanOrEqual(slice * SLICE_MS);
      expect(eventMs(e)).toBeLessThan((slice + 1) * SLICE_MS);
      expect(e.visibleAt - eventMs(e)).toBeGreaterThanOrEqual(0);
      expect(e.visibleAt - eventMs(e)).toBeLessThan(10 * 60_000);
    }
  });
});
