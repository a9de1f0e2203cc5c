import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmulatorHandle } from '../emulator.js';
import { FIXED_NOW, get, GRAPH_SCOPE, startTestEmulator, token } from '../testing/helpers.js';

const SP = "servicePrincipals(appId='00000002-0000-0ff1-ce00-000000000000')";

describe('the Exchange Online service principal and the HMA objects on-premises', () => {
  let em: EmulatorHandle;
  let now = FIXED_NOW;

  beforeAll(async () => {
    em = await startTestEmulator({
      users: 100,
      now: () => now,
      startedAt: FIXED_NOW,
      daySeconds: 60,
    });
  });
  afterAll(() => em.stop());

  const spns = async () => {
    const res = await get(`${em.url}/v1.0/${SP}`, await token(em, GRAPH_SCOPE));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { appId: string; servicePrincipalNames: string[] };
    expect(body.appId).toBe('00000002-0000-0ff1-ce00-000000000000');
    return body.servicePrincipalNames;
  };

  it('registers only the Autodiscover host before the pilot day, and the ActiveSync host from then on', async () => {
    const domain = em.tenants[0]!.domain;
    now = FIXED_NOW + 10_000; // day 0
    const before = await spns();
    expect(before).toContain(`https://autodiscover.${domain}/`);
    expect(before).not.toContain(`https://mail.${domain}/`);
    now = FIXED_NOW + 61_000; // day 1, the pilot day
    expect(await spns()).toContain(`https://mail.${domain}/`);
  });

  it('answers Get-ExchangeServer with EX02 on Exchange 2016 until the pilot day, then 2019', () => {
    now = FIXED_NOW + 10_000;
    const shell = em.onPremises();
    const day0 = shell.run('Get-ExchangeServer').map((s) => [s.Name, s.AdminDisplayVersion]);
    expect(day0).toEqual([
      ['EX01', 'Version 15.2 (Build 1544.4)'],
      ['EX02', 'Version 15.1 (Build 2507.6)'],
    ]);
    now = FIXED_NOW + 61_000;
    expect(shell.run('Get-ExchangeServer').map((s) => s.AdminDisplayVersion)).toEqual([
      'Version 15.2 (Build 1544.4)',
      'Version 15.2 (Build 1544.4)',
    ]);
  });

  it('answers on-premises Get-CASMailbox with ActiveSyncEnabled and ActiveSyncAllowedDeviceIDs', () => {
    const boxes = em.onPremises().run('Get-CASMailbox', { ResultSize: 'Unlimited' });
    expect(boxes.length).toBeGreaterThan(0);
    for (const b of boxes) {
      expect(b.ActiveSyncEnabled).toBe(true);
      expect(Array.isArray(b.ActiveSyncAllowedDeviceIDs)).toBe(true);
    }
  });
});
