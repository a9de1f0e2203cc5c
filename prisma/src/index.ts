export { createPrismaClient, type Database } from './client.js';
export { migrateDatabase, readMigrations, MigrationError, MIGRATIONS_DIR } from './migrate.js';
export { startEmbeddedPostgres, ensureDatabaseExists, freePort, quoteIdent } from './embedded.js';
export type { EmbeddedDatabase } from './embedded.js';
export * from '../generated/client/enums.js';
export { Prisma, PrismaClient } from '../generated/client/client.js';
export type {
  Tenant,
  Snapshot,
  CheckRun,
  CheckResult,
  Alert,
  Waiver,
  DriftEvent,
  RolloutWave,
  NotificationChannel,
  NotificationMessage,
  NotificationDelivery,
  User,
  Session,
  ApiToken,
  TenantSchedule,
  ConnectorSettings,
  SignInCursor,
  IngestionRun,
  AuditEvent,
  RateLimitCounter,
} from '../generated/client/client.js';
