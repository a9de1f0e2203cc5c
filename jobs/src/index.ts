/**
 * What api/ (and test/) use of the domain, and nothing else: Nest modules, the services the
 * transport layer calls, the types of their arguments and results, and domain errors.
 */
export {
  DomainError,
  ERROR_DETAIL_CODES,
  Forbidden,
  type ErrorDetail,
  InvalidInput,
  NotFound,
  type DomainErrorCode,
  type InputProblem,
} from './errors.js';
export { ALL_TENANTS, type SharedReads, type TenantScope } from './scope.js';
export { isUuid, type ListArgs } from './common/list-args.js';
export { Db } from './database/db.js';
export { OpsRepository, type OpsFigures } from './ops/ops.repository.js';
export { DatabaseModule } from './database/database.module.js';
export { PREVIOUS_SECRET_KEY, SECRET_KEY } from './secret-key.js';
export { rotateSecrets, type RotationResult } from './ops/key-rotation.js';
export { JobsModule, type JobsOptions } from './jobs.module.js';
export { JobsScheduleModule, type ScheduleOptions } from './schedule/schedule.module.js';
export {
  parseRetainedTables,
  PartitionsService,
  type PartitionOptions,
  type RetainedTable,
} from './retention/partitions.service.js';
export { SignInStatistics } from './ingest/analyze.js';

export { TenantsService, TENANT_NAME_MAX_CHARS } from './tenants/tenants.service.js';
export type { TenantFilter } from './tenants/tenants.repository.js';
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
  DRIFT_ANSWER_CAP,
} from './ingest/ingest.service.js';
export {
  decodeUtf8,
  jsonProblems,
  stringProblem,
  FORBIDDEN_KEYS,
  PUSH_JSON_LIMITS,
} from './ingest/json-guard.js';
export { SIGNIN_UPN_MAX_CHARS } from './ingest/signin.schema.js';
export { CAPTURED_AT_MIN } from './ingest/snapshot.schema.js';
export { JsonTextEvent, toSignInRow } from './ingest/signin.schema.js';
export { COLUMNS as SIGN_IN_COLUMNS, values as signInValues } from './ingest/signins.repository.js';
export { csvLine } from './ingest/copy.js';
export {
  DriftService,
  SNAPSHOT_DIFF_DEFAULT,
  SNAPSHOT_DIFF_MAX,
  type DriftFilter,
  type SnapshotDiff,
} from './drift/drift.service.js';
export type { DriftChange, DriftKind } from './drift/snapshot-diff.js';
export {
  SECTION_ROWS_DEFAULT,
  SECTION_ROWS_MAX,
  SNAPSHOT_SECTION_KINDS,
  snapshotSections,
  type SnapshotSection,
  type SnapshotSectionKind,
  type SnapshotSectionRow,
} from './drift/snapshot-sections.js';
export { CheckRunsService } from './runs/check-runs.service.js';
export {
  AlertsService,
  MAX_ALERTS_PER_CHANGE,
  type AlertChanges,
  type AlertFilter,
} from './alerts/alerts.service.js';
export { AlertNotFound, InvalidAlertTransition } from './alerts/alerts.errors.js';
export { ExplainService, ALERT_DRIFT_LIMIT, type RunChanges } from './alerts/explain.service.js';
export type { ResultPair } from './alerts/explain.repository.js';
export type { AlertItem } from './alerts/regression.js';
export {
  EVIDENCE_KINDS,
  EVIDENCE_ROWS_DEFAULT,
  evidenceTables,
  type EvidenceKind,
  type EvidenceRow,
  type EvidenceTable,
} from './checks/evidence-tables.js';
export { remediationSteps, type RemediationStep } from './checks/remediation-steps.js';
export { localizedRemediationSteps } from './checks/i18n/prose.js';
export {
  NotificationsService,
  type ChannelInput,
  type ChannelView,
  type DeliveryFilter,
  type DeliveryView,
} from './notifications/notifications.service.js';
export { CHANNEL_LIMITS } from './notifications/channel-input.js';
export type { SendOutcome } from './notifications/sender.js';
export { DEFAULT_NOTIFICATION_OPTIONS, type NotificationOptions } from './notifications/options.js';
export { verifyPostureSignature, postureSignature } from './notifications/signing.js';
export {
  HistoryService,
  type CheckResultFilter,
  type CheckRunFilter,
  type SnapshotFilter,
  TENANT_OVERVIEW_LIMIT,
} from './history/history.service.js';
export { CHECKS, findCheck, metricUnitOf } from './checks/registry.js';
export { CLIENT_APPS, type ClientApp } from './checks/client-apps.js';
export { NARROWING_CODES, type NarrowingCode } from './checks/catalogue/ca-scope.js';
export {
  appProtectionRows,
  type AppProtectionRow,
} from './checks/catalogue/intune-app-protection.js';
export type {
  CheckDefinition,
  CheckStatus,
  MetricUnit,
  Severity,
  SourceName,
} from './checks/types.js';
export { FAILING_FIRST, METRIC_UNITS, SEVERITIES } from './checks/types.js';
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
export type { WaveFilter } from './rollout/rollout-waves.repository.js';
export {
  RolloutProgressService,
  GROUP_SEARCH,
  ON_PREM_EAS,
  type RolloutProgress,
  type WaveProgressOut,
  type ReadinessRow,
  type WaveMemberRow,
  type CoverageFigures,
} from './rollout/rollout-progress.service.js';
export { PROJECTION, project, type Projection } from './rollout/progress.js';
export { HISTORY_DAYS, READINESS_CAP } from './rollout/rollout-progress.repository.js';
export {
  planConnectorChange,
  ConnectorsService,
  CONNECTOR_DEFAULTS,
  type ConnectorChange,
  type ConnectorInput,
  type ConnectorView,
  type IngestionRunFilter,
} from './connectors/connectors.service.js';
export { SyncService, type SyncResult } from './connectors/sync.service.js';
export {
  EXCHANGE_ANCHOR_MAILBOX,
  GRAPH_REPORTING_QUOTA,
  MicrosoftClient,
  scopeFor,
  type ClientOptions,
  type MicrosoftEndpoints,
} from './connectors/microsoft-client.js';
export { BrowseRepository } from './browse/browse.repository.js';
export {
  BrowseService,
  EXPORT_PAGE_SIZE,
  type MobileDeviceFilter,
  type SignInDayFilter,
  type SignInFilter,
  type SignInRowView,
} from './browse/browse.service.js';
export {
  MAX_PREFIX_LENGTH,
  MAX_PROTOCOLS,
  MAX_SIGN_IN_DAYS,
  type SignInDayCount,
} from './browse/browse.repository.js';
