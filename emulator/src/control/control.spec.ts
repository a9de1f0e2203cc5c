import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CLIENT_SECRET } from '../config.js';
import type { EmulatorHandle } from '../emulator.js';
import {
  EXCHANGE_SCOPE,
  get,
  GRAPH_SCOPE,
  invoke,
  requestToken,
  startTestEmulator,
  token,
  type GraphPage,
} from '../testing/helpers.js';

describe('faults and control endpoints', () => {
  let em: EmulatorHandle;
  let graph: string;
  const control = (path: string, init: RequestInit = {}) =>
    fetch(`${em.url}/_emulator/${path}`, {
      ...init,
      headers: {
        Authorization: `Bearer ${DEMO_CLIENT_SECRET}`,
        'Content-Type': 'application/json',
        ...(init.headers as Record<string, string> | undefined),
      },
    });
  const addFault = (fault: object) =>
    control('faults', { method: 'POST', body: JSON.stringify(fault) });

  beforeAll(async () => {
    em = await startTestEmulator({ users: 200 });
    graph = await token(em, GRAPH_SCOPE);
  });
  afterEach(() => {
    em.faults.clear();
  });
  afterAll(() => em.stop());

  it('requires the client secret as a bearer', async () => {
    expect((await fetch(`${em.url}/_emulator/state`)).status).toBe(401);
    expect(
      (await fetch(`${em.url}/_emulator/state`, { headers: { Authorization: 'Bearer wrong' } }))
        .status,
    ).toBe(401);
    const res = await control('state');
    expect(res.status).toBe(200);
    const state = (await res.json()) as {
      day: number;
      tenants: Array<{ tenantId: string; users: number }>;
    };
    expect(state.day).toBe(0);
    expect(state.tenants[0]?.users).toBe(200);
    expect((await fetch(`${em.url}/_emulator/health`)).status).toBe(200);
  });

  it('throttles with 429, a fractional Retry-After and Graph TooManyRequests body, then recovers', async () => {
    expect(
      (await addFault({ endpoint: 'signIns', kind: '429', count: 1, retryAfterSeconds: 1.5 }))
        .status,
    ).toBe(201);
    const throttled = await get(`${em.url}/beta/auditLogs/signIns?$top=1`, graph);
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe('1.5');
    const body = (await throttled.json()) as {
      error: { code: string; innerError: Record<string, string> };
    };
    expect(body.error.code).toBe('TooManyRequests');
    expect(body.error.innerError).toMatchObject({ code: '429', status: '429' });
    expect((await get(`${em.url}/beta/auditLogs/signIns?$top=1`, graph)).status).toBe(200);
    // Conditional Access throttling carries no Retry-After (docs/domain.md 1.6).
    em.faults.add({ endpoint: 'graph', kind: '429', count: 1 });
    const ca = await get(`${em.url}/v1.0/identity/conditionalAccess/policies`, graph);
    expect(ca.status).toBe(429);
    expect(ca.headers.get('retry-after')).toBeNull();
    // Other endpoints were never affected.
    expect((await control('faults').then((r) => r.json())) as { faults: unknown[] }).toEqual({
      faults: [],
    });
  });

  it('applies 503 to the Exchange endpoint and throttles the token endpoint in the OAuth shape', async () => {
    em.faults.add({ endpoint: 'invokeCommand', kind: '503', count: 1, retryAfterSeconds: 2 });
    const exo = await token(em, EXCHANGE_SCOPE);
    const res = await invoke(em, exo, 'Get-OrganizationConfig');
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('2');
    expect((await invoke(em, exo, 'Get-OrganizationConfig')).status).toBe(200);

    em.faults.add({ endpoint: 'token', kind: '429', count: 1 });
    const t = await requestToken(em, GRAPH_SCOPE);
    expect(t.status).toBe(429);
    expect(t.headers.get('retry-after')).toBe('1');
    expect(((await t.json()) as { error: string }).error).toBe('temporarily_unavailable');
  });

  it('repeats items of the previous page at the start of the next (signIns and lists)', async () => {
    const first = (await (
      await get(`${em.url}/beta/auditLogs/signIns?$top=20`, graph)
    ).json()) as GraphPage<{ id: string }>;
    em.faults.add({ endpoint: 'graph', kind: 'repeat', count: 2 });
    const next = (await (await get(first['@odata.nextLink'] ?? '', graph)).json()) as GraphPage<{
      id: string;
    }>;
    expect(next.value.slice(0, 3).map((e) => e.id)).toEqual(first.value.slice(-3).map((e) => e.id));
    expect(next.value.length).toBe(20);

    const users = (await (await get(`${em.url}/v1.0/users?$top=10`, graph)).json()) as GraphPage<{
      id: string;
    }>;
    const page2 = (await (await get(users['@odata.nextLink'] ?? '', graph)).json()) as GraphPage<{
      id: string;
    }>;
    expect(page2.value.slice(0, 3).map((u) => u.id)).toEqual(
      users.value.slice(-3).map((u) => u.id),
    );
  });

  it('truncates a body mid-way and slows answers down', async () => {
    em.faults.add({ endpoint: 'graph', kind: 'truncate', count: 1 });
    const res = await get(`${em.url}/v1.0/users?$top=5`, graph);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(() => JSON.parse(text) as unknown).toThrow();
    expect(
      (await get(`${em.url}/v1.0/users?$top=5`, graph).then((r) => r.json())) as GraphPage,
    ).toHaveProperty('value');

    em.faults.add({ endpoint: '*', kind: 'slow', delayMs: 300, count: 1 });
    const started = Date.now();
    expect((await get(`${em.url}/v1.0/groups`, graph)).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('rejects an invalid fault and clears faults on DELETE', async () => {
    const bad = await addFault({ endpoint: 'everything', kind: '418', rate: 3 });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toMatch(
      /endpoint must be one of/,
    );
    await addFault({ endpoint: '*', kind: '503', rate: 1 });
    expect((await get(`${em.url}/v1.0/groups`, graph)).status).toBe(503);
    const cleared = await control('faults', { method: 'DELETE' });
    expect(((await cleared.json()) as { cleared: number }).cleared).toBe(1);
    expect((await get(`${em.url}/v1.0/groups`, graph)).status).toBe(200);
  });

  it('advances the simulated clock', async () => {
    const res = await control('advance', { method: 'POST', body: JSON.stringify({ days: 3.5 }) });
    expect(res.status).toBe(200);
    const state = (await res.json()) as {
      day: number;
      tenants: Array<{ wavesAssigned: number; regressions: Array<{ kind: string }> }>;
    };
    expect(state.day).toBe(3);
    expect(state.tenants[0]?.wavesAssigned).toBe(1);
    expect(state.tenants[0]?.regressions.map((r) => r.kind)).toEqual([
      'pilotMemberAdded',
      'exoPolicyAllowsBasic',
    ]);
    expect(
      (await control('advance', { method: 'POST', body: JSON.stringify({ days: -1 }) })).status,
    ).toBe(400);
  });
});
