import type { EmulatorHandle } from '@posture/emulator';
import { gql, type RunningApp } from './app-process.js';

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
