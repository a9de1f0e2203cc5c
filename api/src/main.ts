import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { resolveDatabase } from './bootstrap/database.js';
import { resolveSecretKey } from './bootstrap/secret-key.js';
import { ConfigError, loadConfig } from './config.js';
import { DEMO_ADMIN_EMAIL, seedDemo } from './demo/demo.js';
import { startServer } from './server.js';

async function main(): Promise<void> {
  const log = new Logger('posture');
  const config = loadConfig();
  const secretKey = resolveSecretKey(config);
  const db = await resolveDatabase(config, (l) => log.log(l));
  const server = await startServer(config, db.url, secretKey);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.log(`${signal}: shutting down`);
    await server.close().catch((e: unknown) => log.error(String(e)));
    await db.stop().catch((e: unknown) => log.error(String(e)));
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  const lines = [`posture watch is running at ${config.publicUrl ?? server.url}`];
  if (config.emulator) {
    const demo = await seedDemo(server.app, config.dataDir, (l) => log.log(l));
    if (demo.passwordFile) {
      lines.push(`sign in as ${demo.adminEmail ?? DEMO_ADMIN_EMAIL}; the password is in ${demo.passwordFile} (readable by you only)`);
    }
    lines.push(`demo tenant: ${demo.tenantId}`);
  }
  lines.push(`jobs: ${config.jobs ? 'on' : 'off'}; database: ${db.embedded ? `embedded (${config.dataDir})` : 'DATABASE_URL'}`);
  for (const l of lines) log.log(l);
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) console.error(err.message);
  else console.error(err);
  process.exit(1);
});
