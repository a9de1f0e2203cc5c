import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { ALL_TENANTS, CheckRunsService, IngestService, RolloutWavesService, TenantsService } from '@posture/jobs';
import { AuthService } from '../auth/auth.service.js';
import { DEMO_PILOT_GROUP_ID, demoSignIns, demoSnapshot } from './demo-data.js';

export const DEMO_ADMIN_EMAIL = 'admin@posture.local';

export interface DemoInfo {
  tenantId: string;
  adminEmail: string | null;
  passwordFile: string | null;
}

/**
 * First start with the emulator on: an admin with a generated password (written to an
 * owner-only file, never logged) and a demo tenant. Every start feeds the demo tenant fresh data
 * and checks it, so the dashboard has something true to show.
 */
export async function seedDemo(app: INestApplication, dataDir: string, log: (line: string) => void): Promise<DemoInfo> {
  const auth = app.get(AuthService);
  const tenants = app.get(TenantsService);
  const ingest = app.get(IngestService);
  const runs = app.get(CheckRunsService);
  const stateFile = path.join(dataDir, 'demo.json');
  const passwordFile = path.join(dataDir, 'admin-password');
  let adminEmail: string | null = null;
  if ((await auth.countUsers()) === 0) {
    const { password } = await auth.createUser({ email: DEMO_ADMIN_EMAIL, role: 'ADMIN' });
    writeFileSync(passwordFile, password + '\n', { mode: 0o600 });
    adminEmail = DEMO_ADMIN_EMAIL;
  }
  let tenantId: string | null = existsSync(stateFile) ? (JSON.parse(readFileSync(stateFile, 'utf8')) as { tenantId: string }).tenantId : null;
  if (tenantId && !(await tenants.get(ALL_TENANTS, tenantId).then(() => true, () => false))) tenantId = null;
  if (!tenantId) {
    const t = await tenants.create({ name: 'Contoso (demo)', entraTenantId: null });
    tenantId = t.id;
    writeFileSync(stateFile, JSON.stringify({ tenantId: t.id }), { mode: 0o600 });
    log(`created the demo tenant ${t.id}`);
  }
  const id: string = tenantId;
  const now = new Date();
  await ingest.ingestSnapshot(ALL_TENANTS, id, demoSnapshot(now), 'DEMO');
  await ingest.ingestSignIns(ALL_TENANTS, id, demoSignIns(now));
  const waves = app.get(RolloutWavesService);
  if ((await waves.count(ALL_TENANTS, { tenantId: id })) === 0) {
    await waves.create(ALL_TENANTS, id, { name: 'Pilot wave 1', groupId: DEMO_PILOT_GROUP_ID, order: 1, plannedAt: new Date(now.getTime() - 86_400_000) });
  }
  const run = await runs.run(ALL_TENANTS, id, 'INGEST');
  log(`demo tenant checked: score ${run?.score ?? 'n/a'}`);
  return { tenantId: id, adminEmail, passwordFile: existsSync(passwordFile) ? passwordFile : null };
}
