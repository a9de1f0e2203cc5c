import 'reflect-metadata';
import { Logger, Module, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import {
  DatabaseModule,
  JobsModule,
  JobsScheduleModule,
  type JobsOptions,
  type ScheduleOptions,
} from '@posture/jobs';
import { resolveDatabase } from './bootstrap/database.js';
import { resolveSecretKey } from './bootstrap/secret-key.js';
import { ConfigError, loadConfig } from './config.js';

@Module({})
class WorkerModule {
  static forRoot(
    databaseUrl: string,
    secretKey: Buffer,
    jobs: JobsOptions,
    schedule: ScheduleOptions,
  ): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
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
  const log = new Logger('worker');
  const config = loadConfig();
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
    ),
    { logger: ['error', 'warn', 'log'] },
  );
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
