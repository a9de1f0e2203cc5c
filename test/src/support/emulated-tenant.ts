import { randomBytes } from 'node:crypto';
import { startEmulator, type EmulatorHandle } from '@posture/emulator';
import {
  cli,
  dropDatabase,
  freshDatabaseUrl,
  gql,
  lastLine,
  startApp,
  type RunningApp,
} from './app-process.js';

/**
 * A tenant of the app whose connector points at the emulated Microsoft backend (its first
 * tenant, its demo app registration). Throws with the server's errors if either step fails.
 */
export async function createEmulatedTenant(
  app: RunningApp,
  token: string,
  emulator: EmulatorHandle,
  connector: { overlapMinutes?: number } = {},
): Promise<string> {
  const created = await gql<{ createTenant: { id: string } }>(
    app.url,
    token,
    'mutation { createTenant(name: "Emulated") { id } }',
  );
  const tenantId = created.data?.createTenant.id;
  if (!tenantId) throw new Error(`createTenant failed: ${JSON.stringify(created.errors)}`);
  const set = await gql(
    app.url,
    token,
    `mutation($t: ID!, $input: ConnectorSettingsInput!) {
       updateConnectorSettings(tenantId: $t, input: $input) { hasSecret } }`,
    {
      t: tenantId,
      input: {
        directoryId: emulator.tenants[0]!.tenantId,
        clientId: emulator.clientId,
        clientSecret: 'posture-watch-emulator-demo-secret',
        loginBaseUrl: emulator.url,
        graphBaseUrl: emulator.url,
        exchangeBaseUrl: emulator.url,
        ...connector,
      },
    },
  );
  if (set.errors) throw new Error(`updateConnectorSettings failed: ${JSON.stringify(set.errors)}`);
  return tenantId;
}

export interface EmulatedApp {
  emulator: EmulatorHandle;
  app: RunningApp;
  /** The app's fresh database (dropped by close). */
  dbUrl: string;
  /** An ADMIN API token made with the CLI. */
  token: string;
  /** The tenant connected to the emulator. */
  tenantId: string;
  close(): Promise<void>;
}

/**
 * The app as a user runs it against Microsoft, with the emulator in Microsoft's place: an
 * emulator with no regressions and real-time days, the built app on a fresh database, an ADMIN
 * token from the CLI, and one tenant connected to the emulator.
 */
export async function startEmulatedApp(
  templateUrl: string,
  o: { users: number; signInRate: number; tokenName: string },
): Promise<EmulatedApp> {
  const emulator = await startEmulator({
    port: 0,
    users: o.users,
    signInRate: o.signInRate,
    daySeconds: 86_400,
    regressions: [],
  });
  const dbUrl = freshDatabaseUrl(templateUrl);
  const app = await startApp({
    DATABASE_URL: dbUrl,
    POSTURE_SECRET_KEY: randomBytes(32).toString('base64'),
  });
  const token = lastLine(
    (await cli(app.env, ['token', 'create', '--name', o.tokenName, '--role', 'ADMIN'])).stdout,
  );
  const tenantId = await createEmulatedTenant(app, token, emulator);
  return {
    emulator,
    app,
    dbUrl,
    token,
    tenantId,
    async close() {
      await app.stop();
      await emulator.stop();
      await dropDatabase(dbUrl);
    },
  };
}
