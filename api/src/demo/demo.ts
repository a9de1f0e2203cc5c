import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import {
  ALL_TENANTS,
  CheckRunsService,
  ConnectorsService,
  RolloutWavesService,
  SyncService,
  TenantsService,
} from '@posture/jobs';
import { AuditService } from '../audit/audit.service.js';
import { AuthService } from '../auth/auth.service.js';
import type { EmbeddedEmulator } from '../bootstrap/embedded-emulator.js';

export const DEMO_ADMIN_EMAIL = 'admin@posture.local';

export interface DemoInfo {
  tenantId: string;
  adminEmail: string | null;
  passwordFile: string | null;
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

/**
 * First start with the emulator on: an admin with a generated password (written to an
 * owner-only file, never logged) and a demo tenant. Every start points the demo tenant's
 * connector at the in-process emulator and starts the emulator's on-premises collector, which
 * pushes with a COLLECTOR token as a real one would.
 */
/** What the start-up does on its own is audited like any admin action, by `system:start`. */
function bootstrapAudit(app: INestApplication) {
  const audit = app.get(AuditService);
  return (action: string, targetId: string, tenantId: string | null = null, args?: unknown) =>
    audit.record({
      actor: 'system:start',
      action: `bootstrap:${action}`,
      outcome: 'SUCCEEDED',
      targetId,
      tenantId,
      args,
    });
}

export async function prepareDemo(app: INestApplication, dataDir: string): Promise<DemoInfo> {
  const auth = app.get(AuthService);
  const audited = bootstrapAudit(app);
  const tenants = app.get(TenantsService);
  const passwordFile = path.join(dataDir, 'admin-password');
  let adminEmail: string | null = null;
  if ((await auth.countUsers()) === 0) {
    const { password, user } = await auth.createUser({ email: DEMO_ADMIN_EMAIL, role: 'ADMIN' });
    writeFileSync(passwordFile, password + '\n', { mode: 0o600 });
    await audited('first admin', user.id, null, { email: DEMO_ADMIN_EMAIL, role: 'ADMIN' });
    adminEmail = DEMO_ADMIN_EMAIL;
  }
  const stateFile = path.join(dataDir, 'demo.json');
  let tenantId = readJson<{ tenantId: string }>(stateFile)?.tenantId ?? null;
  if (
    tenantId &&
    !(await tenants.get(ALL_TENANTS, tenantId).then(
      () => true,
      () => false,
    ))
  )
    tenantId = null;
  if (!tenantId) {
    const t = await tenants.create({
      name: 'Contoso (demo)',
      // Checked every five minutes: a simulated day of the emulator lasts five minutes.
      // Two days of sign-ins keep the first pull of the demo short.
      settings: {
        checkSchedule: '*/5 * * * *',
        signInLookbackDays: 2,
        declaredSources: ['exchangeOnline', 'exchangeOnPremises', 'entra', 'signIns'],
      },
    });
    tenantId = t.id;
    await audited('demo tenant', t.id, t.id, { name: t.name });
    writeFileSync(stateFile, JSON.stringify({ tenantId }), { mode: 0o600 });
  }
  return { tenantId, adminEmail, passwordFile: existsSync(passwordFile) ? passwordFile : null };
}

export async function feedDemo(
  app: INestApplication,
  demo: DemoInfo,
  emulator: EmbeddedEmulator,
  serverUrl: string,
  dataDir: string,
  log: (line: string) => void,
): Promise<{ stop(): Promise<void> }> {
  const auth = app.get(AuthService);
  const tenantId = demo.tenantId;
  const tenants = app.get(TenantsService);
  await tenants.update(ALL_TENANTS, tenantId, { entraTenantId: emulator.directoryId });
  // The emulated tenant's two cloud-only break-glass accounts (emulator/README.md, "Scenario"),
  // named once as an organisation would: the Conditional Access checks tell them from other
  // exclusions. A list someone has set is left alone.
  if ((await tenants.settings(ALL_TENANTS, tenantId)).emergencyAccessAccounts.length === 0) {
    const domain = emulator.handle.tenants[0]!.initialDomain;
    await tenants.update(ALL_TENANTS, tenantId, {
      settings: {
        emergencyAccessAccounts: [`breakglass01@${domain}`, `breakglass02@${domain}`],
      },
    });
  }
  await app.get(ConnectorsService).update(ALL_TENANTS, tenantId, {
    directoryId: emulator.directoryId,
    clientId: emulator.clientId,
    clientSecret: emulator.clientSecret,
    loginBaseUrl: emulator.url,
    graphBaseUrl: emulator.url,
    exchangeBaseUrl: emulator.url,
    overlapMinutes: 30,
    enabled: true,
  });
  await bootstrapAudit(app)('demo connector', tenantId, tenantId, {
    directoryId: emulator.directoryId,
  });
  // The collector's token is kept (owner-only) so restarts do not pile up tokens.
  const tokenFile = path.join(dataDir, 'demo-collector-token');
  let token = existsSync(tokenFile) ? readFileSync(tokenFile, 'utf8').trim() : '';
  if (!token || !(await auth.resolve(`Bearer ${token}`))) {
    const made = await auth.createToken({
      name: 'demo on-premises collector',
      role: 'COLLECTOR',
      tenantIds: [tenantId],
      createdBy: 'demo',
    });
    token = made.token;
    await bootstrapAudit(app)('demo collector token', made.record.id, tenantId, {
      role: 'COLLECTOR',
    });
    writeFileSync(tokenFile, token + '\n', { mode: 0o600 });
  }
  const collector = emulator.startCollector(serverUrl, tenantId, token, 60_000);

  log('demo tenant: pulling from the emulator…');
  const sync = await app.get(SyncService).sync(ALL_TENANTS, tenantId, 'MANUAL');
  log(
    `demo tenant: ${sync.signIns?.inserted ?? 0} new sign-ins, snapshot ${sync.snapshot?.status ?? 'skipped'}`,
  );
  const waves = app.get(RolloutWavesService);
  if ((await waves.count(ALL_TENANTS, { tenantId })) === 0) {
    // The emulated tenant names its pilot and wave groups "… wave N": they become the rollout.
    await waves.createFromGroups(ALL_TENANTS, tenantId, /wave/i);
    // The snapshot carries the members of wave groups only: pull it again now that there are waves.
    await app.get(SyncService).pullSnapshot(tenantId, 'MANUAL');
  }
  const run = await app.get(CheckRunsService).run(ALL_TENANTS, tenantId, 'INGEST');
  log(`demo tenant checked: score ${run?.score ?? 'n/a'}`);
  return collector;
}
