import { EmulatorConfigError, loadEmulatorConfig } from './config.js';
import { startEmulator } from './emulator.js';

/** Standalone: `node emulator/dist/main.js` (configuration from EMULATOR_* variables). */
async function main(): Promise<void> {
  const { options, collector } = loadEmulatorConfig();
  const emulator = await startEmulator(options);
  const t = emulator.tenants[0];
  const lines = [
    `emulator listening on ${emulator.url}`,
    `  tenants: ${emulator.tenants.map((x) => `${x.tenantId} (${x.name}, ${x.users} users)`).join(', ')}`,
    `  client id: ${emulator.clientId} (secret from EMULATOR_CLIENT_SECRET or the documented demo default)`,
    `  token: ${t?.tokenUrl ?? ''}`,
    `  graph: ${emulator.url}/v1.0 and ${emulator.url}/beta`,
    `  exchange: ${t?.invokeCommandUrl ?? ''}`,
    `  one simulated day = ${options.daySeconds} s; sign-ins arrive up to ${options.lateMinutes} min late`,
  ];
  for (const l of lines) console.log(l);
  const running = collector
    ? emulator.startCollector({
        targetUrl: collector.targetUrl,
        tenantId: collector.tenantId,
        token: collector.token,
        intervalMs: collector.intervalMs,
        sourceTenantId: collector.sourceTenantId,
      })
    : null;
  if (collector)
    console.log(
      `  collector: pushing on-premises snapshots to ${collector.targetUrl} every ${collector.intervalMs / 1000} s`,
    );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping the emulator`);
    await running?.stop();
    await emulator.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err: unknown) => {
  console.error(err instanceof EmulatorConfigError ? err.message : err);
  process.exit(1);
});
