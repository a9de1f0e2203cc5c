import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ALL_TENANTS } from '../scope.js';
import { microsoftSignIns, testContext, type TestContext } from '../testing/services.js';
import { CLIENT_APPS } from './client-apps.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await testContext(inject('templateDatabaseUrl'));
});
afterAll(() => ctx.close());

describe('the client apps the dashboard offers (real PostgreSQL)', () => {
  it('are legacy exactly when the stored sign-in says so, in any casing; unknown ones are legacy', async () => {
    const t = await ctx.newTenant();
    const [template] = microsoftSignIns('v1');
    const names = [
      ...CLIENT_APPS.map((a) => a.name),
      ...CLIENT_APPS.map((a) => a.name.toUpperCase()),
      'Some future client',
    ];
    const events = names.map((clientAppUsed, i) => ({
      ...template,
      id: `client-app-${i}`,
      clientAppUsed,
    }));
    const r = await ctx.ingest.ingestSignIns(ALL_TENANTS, t.id, events);
    expect(r.accepted).toBe(events.length);
    const { rows } = await ctx.db.pool.query<{ client_app_used: string; is_legacy: boolean }>(
      'SELECT client_app_used, is_legacy FROM sign_ins WHERE tenant_id = $1',
      [t.id],
    );
    const stored = new Map(rows.map((row) => [row.client_app_used, row.is_legacy]));
    for (const app of CLIENT_APPS) {
      expect(stored.get(app.name), app.name).toBe(app.legacy);
      expect(stored.get(app.name.toUpperCase()), app.name.toUpperCase()).toBe(app.legacy);
    }
    expect(stored.get('Some future client')).toBe(true);
  });
});
