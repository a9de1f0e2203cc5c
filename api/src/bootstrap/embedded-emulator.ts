// The one file of api/ that imports the emulator (lint allows it here only): `npm start` runs
// Microsoft's side in-process for the demo tenant. Production (EMULATOR=off) never loads it.
import type { Collector, EmulatorHandle } from '@posture/emulator';

export interface EmbeddedEmulator {
  handle: EmulatorHandle;
  url: string;
  directoryId: string;
  clientId: string;
  clientSecret: string;
  startCollector(targetUrl: string, tenantId: string, token: string, intervalMs: number): Collector;
  stop(): Promise<void>;
}

/**
 * Starts the emulator with the EMULATOR_* environment (emulator/README.md). For the demo a
 * simulated day lasts 5 minutes unless EMULATOR_DAY_SECONDS says otherwise, so the rollout and
 * its regressions unfold while someone watches.
 */
export async function startEmbeddedEmulator(
  port: number,
  log: (line: string) => void,
): Promise<EmbeddedEmulator> {
  const { loadEmulatorConfig, startEmulator } = await import('@posture/emulator');
  const { options } = loadEmulatorConfig({
    EMULATOR_DAY_SECONDS: '300',
    ...process.env,
    EMULATOR_PORT: String(port),
  });
  const logger = { info: log, warn: log, error: log };
  let handle: EmulatorHandle;
  try {
    handle = await startEmulator({ ...options, logger });
  } catch (err) {
    if ((err as { code?: string }).code !== 'EADDRINUSE') throw err;
    log(`emulator: port ${port} is busy; using a free one`);
    handle = await startEmulator({ ...options, port: 0, logger });
  }
  return {
    handle,
    url: handle.url,
    directoryId: handle.tenants[0]!.tenantId,
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    startCollector: (targetUrl, tenantId, token, intervalMs) =>
      handle.startCollector({
        targetUrl,
        tenantId,
        token,
        intervalMs,
        runImmediately: true,
        logger,
      }),
    stop: () => handle.stop(),
  };
}
