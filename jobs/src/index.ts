export * from './errors.js';
export * from './scope.js';
export { Db } from './database/db.js';
export { DatabaseModule } from './database/database.module.js';
export { JobsModule } from './jobs.module.js';
export { TenantsService, isUuid, type ListArgs } from './tenants/tenants.service.js';
export {
  parseTenantSettings,
  DEFAULT_TENANT_SETTINGS,
  SOURCES as DATA_SOURCES,
  tenantSettingsSchema,
  type TenantSettings,
} from './tenants/tenant-settings.js';
export {
  IngestService,
  type SignInIngestResult,
  type SnapshotIngestResult,
} from './ingest/ingest.service.js';
export { CheckRunsService } from './runs/check-runs.service.js';
export {
  HistoryService,
  type CheckResultFilter,
  type CheckRunFilter,
  type SnapshotFilter,
} from './history/history.service.js';
export { CHECKS, findCheck } from './checks/registry.js';
export type { CheckDefinition, CheckStatus, Severity, SourceName } from './checks/types.js';
export { JobsScheduleModule, type ScheduleOptions } from './schedule/schedule.module.js';
export { SchedulerService } from './schedule/scheduler.service.js';
export { QueueService } from './schedule/queue.service.js';
export { isValidCron, nextFireAfter } from './schedule/cron.js';
export {
  WaiversService,
  type WaiverFilter,
  type CreateWaiverInput,
  WAIVER_LIMITS,
} from './waivers/waivers.service.js';
export {
  RolloutWavesService,
  WAVE_ORDER,
  type WaveInput,
} from './rollout/rollout-waves.service.js';
export { SECRET_KEY } from './secret-key.js';
export {
  ConnectorsService,
  CONNECTOR_DEFAULTS,
  type ConnectorChange,
  type ConnectorInput,
  type ConnectorView,
} from './connectors/connectors.service.js';
export { SyncService, type SyncResult } from './connectors/sync.service.js';
export { ConnectorsRepository } from './connectors/connectors.repository.js';
export { BrowseService, type SignInFilter } from './browse/browse.service.js';
