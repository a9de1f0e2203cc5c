import './node-env.js';
import 'reflect-metadata';
import { resolveDatabase } from './bootstrap/database.js';
import { resolveSecretKey } from './bootstrap/secret-key.js';
import { ConfigError, loadConfig } from './config.js';
import { startEmbeddedEmulator } from './bootstrap/embedded-emulator.js';
import { DEMO_ADMIN_EMAIL, feedDemo, prepareDemo } from './demo/demo.js';
import { createRootLogger } from './observability/logging.js';
import { startServer } from './server.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createRootLogger(config.logLevel, config.logFormat);
  const mainLog = logger.child({ context: 'posture' });
  const log = {
    log: (msg: string) => mainLog.info(msg),
    error: (msg: string) => mainLog.error(msg),
  };
  // pg-boss completes a finished job without awaiting it (manager.js, work()): a database outage
  // at that moment would reject with no handler and, by Node's default, end the process. Logged
  // instead; the job is then retried after it expires, and runs are idempotent per slot.
  process.on('unhandledRejection', (reason) =>
    mainLog.error(`unhandled rejection, kept running: ${String(reason)}`),
  );
  const secretKey = resolveSecretKey(config);
  const db = await resolveDatabase(config, (l) => log.log(l));
  // The embedded emulator enforces Graph's reporting quota only when EMULATOR_REPORTING_QUOTA
  // asks for it; unless told otherwise, the connectors pace to what it enforces.
  if (config.emulator && !process.env.GRAPH_REPORTING_QUOTA) {
    process.env.GRAPH_REPORTING_QUOTA = process.env.EMULATOR_REPORTING_QUOTA || 'off';
  }
  const server = await startServer(config, db.url, secretKey, logger);
  const emulator = config.emulator
    ? await startEmbeddedEmulator(config.emulatorPort, (l) => log.log(l))
    : null;
  let collector: { stop(): Promise<void> } | null = null;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.log(`${signal}: shutting down`);
    await collector?.stop().catch(() => {});
    await server.close().catch((e: unknown) => log.error(String(e)));
    await emulator?.stop().catch(() => {});
    await db.stop().catch((e: unknown) => log.error(String(e)));
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  const lines = [`posture watch is running at ${config.publicUrl ?? server.url}`];
  const demo = emulator ? await prepareDemo(server.app, config.dataDir) : null;
  if (demo?.passwordFile) {
    lines.push(
      `sign in as ${demo.adminEmail ?? DEMO_ADMIN_EMAIL}; the password is in ${demo.passwordFile} (readable by you only)`,
    );
  }
  if (demo && emulator)
    lines.push(
      `demo tenant ${demo.tenantId} is fed by the emulated Microsoft backend at ${emulator.url}`,
    );
  lines.push(
    `jobs: ${config.jobs ? 'on' : 'off'}; database: ${db.embedded ? `embedded (${config.dataDir})` : 'DATABASE_URL'}`,
  );
  for (const l of lines) log.log(l);
  if (demo && emulator) {
    // After the banner: the first pull takes a little while and shows as an ingestion run.
    collector = await feedDemo(server.app, demo, emulator, server.url, config.dataDir, (l) =>
      log.log(l),
    ).catch((err: unknown) => {
      log.error(`demo tenant: ${err instanceof Error ? err.message : String(err)}`);
      return null;
    });
  }
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) console.error(err.message);
  else console.error(err);
  process.exit(1);
});
