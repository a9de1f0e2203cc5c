import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ALL_TENANTS } from '../scope.js';
import { testContext, type TestContext } from '../testing/services.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await testContext(inject('templateDatabaseUrl'));
});
afterAll(() => ctx.close());

async function tenantWithGroups(name: string, groups: string[]) {
  const t = await ctx.newTenant(name);
  await ctx.ingest.ingestSnapshot(ALL_TENANTS, t.id, {
    capturedAt: new Date().toISOString(),
    entra: { groups: groups.map((id) => ({ id, displayName: id })) },
  });
  return t;
}

describe('the pilot wave (real PostgreSQL)', () => {
  it('is the lowest order per tenant, a tie going to the earlier planned date, within the scope', async () => {
    const a = await tenantWithGroups('A', ['g1', 'g2', 'g3']);
    const b = await tenantWithGroups('B', ['h1']);
    const day = (d: number) => new Date(Date.UTC(2027, 0, d));
    await ctx.waves.create(ALL_TENANTS, a.id, {
      name: 'Later',
      groupId: 'g1',
      order: 1,
      plannedAt: day(9),
    });
    const earlier = await ctx.waves.create(ALL_TENANTS, a.id, {
      name: 'Earlier',
      groupId: 'g2',
      order: 1,
      plannedAt: day(2),
    });
    await ctx.waves.create(ALL_TENANTS, a.id, { name: 'Everyone', groupId: 'g3', order: 5 });
    const onlyB = await ctx.waves.create(ALL_TENANTS, b.id, {
      name: 'B',
      groupId: 'h1',
      order: 3,
    });
    expect(await ctx.waves.pilotWaveIds(ALL_TENANTS, [a.id, b.id])).toEqual(
      new Set([earlier.id, onlyB.id]),
    );
    expect(await ctx.waves.pilotWaveIds({ tenantIds: [b.id] }, [a.id, b.id])).toEqual(
      new Set([onlyB.id]),
    );
  });
});
