import './node-env.js';
import 'reflect-metadata';
import { Module, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import {
  DatabaseModule,
  JobsModule,
  JobsScheduleModule,
  SyncService,
  type JobsOptions,
  type ScheduleOptions,
} from '@posture/jobs';
import { resolveDatabase } from './bootstrap/database.js';
import { resolveSecretKey } from './bootstrap/secret-key.js';
import { ConfigError, loadConfig } from './config.js';
import { LoggerModule, Logger as PinoNestLogger } from 'nestjs-pino';
import type { Logger as Pino } from 'pino';
import { createRootLogger } from './observability/logging.js';

@Module({})
class WorkerModule {
  static forRoot(
    databaseUrl: string,
    secretKey: Buffer,
    jobs: JobsOptions,
    schedule: ScheduleOptions,
    logger: Pino,
  ): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        LoggerModule.forRoot({ pinoHttp: { logger }, useExisting: true }),
        DatabaseModule.forRoot(databaseUrl, secretKey),
        JobsModule.forRoot(jobs),
        JobsScheduleModule.forRoot(schedule),
      ],
    };
  }
}

/**
 * `npm run worker`: the schedule and the job worker without the API, for scale-out. Any number
 * may run against one database; each scheduled run still happens exactly once.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createRootLogger(config.logLevel, config.logFormat);
  const workerLog = logger.child({ context: 'worker' });
  const log = { log: (msg: string) => workerLog.info(msg) };
  // pg-boss completes a finished job without awaiting it (manager.js, work()): a database outage
  // at that moment would reject with no handler and, by Node's default, end the process. Logged
  // instead; the job is then retried after it expires, and runs are idempotent per slot.
  process.on('unhandledRejection', (reason) =>
    workerLog.error(`unhandled rejection, kept running: ${String(reason)}`),
  );
  const db = await resolveDatabase(config, (l) => log.log(l));
  const app = await NestFactory.createApplicationContext(
    WorkerModule.forRoot(
      db.url,
      resolveSecretKey(config),
      {
        ingestRunDebounceSeconds: config.ingestRunDebounceSeconds,
        notifications: config.notifications,
      },
      {
        clock: true,
        worker: true,
        tickMs: config.scheduleTickMs,
        partitions: config.partitions,
        pollSeconds: config.jobPollSeconds,
      },
      logger,
    ),
    { bufferLogs: true },
  );
  app.useLogger(app.get(PinoNestLogger));
  const sync = app.get(SyncService);
  sync.clientOptions = { ...sync.clientOptions, timeoutMs: config.connectorTimeoutMs };
  log.log(`worker ${process.pid} ready`);
  const stop = async (signal: string) => {
    log.log(`${signal}: finishing the job in hand`);
    await app.close();
    await db.stop();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

main().catch((err: unknown) => {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
