/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export const AlertKind = {
  BLIND_SPOT: 'BLIND_SPOT',
  DRIFT: 'DRIFT',
  REGRESSION: 'REGRESSION',
  WAIVER_EXPIRED: 'WAIVER_EXPIRED'
} as const;

export type AlertKind = typeof AlertKind[keyof typeof AlertKind];
export const AlertState = {
  ACKNOWLEDGED: 'ACKNOWLEDGED',
  OPEN: 'OPEN',
  RESOLVED: 'RESOLVED'
} as const;

export type AlertState = typeof AlertState[keyof typeof AlertState];
export const AppProtectionPlatform = {
  ANDROID: 'ANDROID',
  IOS: 'IOS'
} as const;

export type AppProtectionPlatform = typeof AppProtectionPlatform[keyof typeof AppProtectionPlatform];
export const AuditOutcome = {
  DENIED: 'DENIED',
  FAILED: 'FAILED',
  SUCCEEDED: 'SUCCEEDED'
} as const;

export type AuditOutcome = typeof AuditOutcome[keyof typeof AuditOutcome];
export const ChannelKind = {
  EMAIL: 'EMAIL',
  SLACK: 'SLACK',
  TEAMS: 'TEAMS',
  WEBHOOK: 'WEBHOOK'
} as const;

export type ChannelKind = typeof ChannelKind[keyof typeof ChannelKind];
export const CheckStatus = {
  ERROR: 'ERROR',
  FAIL: 'FAIL',
  NOT_APPLICABLE: 'NOT_APPLICABLE',
  PASS: 'PASS',
  WAIVED: 'WAIVED',
  WARN: 'WARN'
} as const;

export type CheckStatus = typeof CheckStatus[keyof typeof CheckStatus];
export type ConnectorSettingsInput = {
  clientId?: string | null | undefined;
  /** Write-only */
  clientSecret?: string | null | undefined;
  /** Entra tenant (directory) GUID */
  directoryId?: string | null | undefined;
  enabled?: boolean | null | undefined;
  exchangeBaseUrl?: string | null | undefined;
  graphBaseUrl?: string | null | undefined;
  loginBaseUrl?: string | null | undefined;
  overlapMinutes?: number | null | undefined;
};

/** Where a check reads from: a snapshot source, or the sign-in log. */
export const DataSource = {
  entra: 'entra',
  exchangeOnPremises: 'exchangeOnPremises',
  exchangeOnline: 'exchangeOnline',
  signIns: 'signIns'
} as const;

export type DataSource = typeof DataSource[keyof typeof DataSource];
export const DriftKind = {
  ADDED: 'ADDED',
  CHANGED: 'CHANGED',
  REMOVED: 'REMOVED'
} as const;

export type DriftKind = typeof DriftKind[keyof typeof DriftKind];
/** What the rows of an evidence table are about. */
export const EvidenceKind = {
  DEVICE: 'DEVICE',
  OTHER: 'OTHER',
  POLICY: 'POLICY',
  SERVER: 'SERVER',
  SIGN_IN: 'SIGN_IN',
  USER: 'USER'
} as const;

export type EvidenceKind = typeof EvidenceKind[keyof typeof EvidenceKind];
export const IngestionKind = {
  SIGNINS: 'SIGNINS',
  SNAPSHOT: 'SNAPSHOT'
} as const;

export type IngestionKind = typeof IngestionKind[keyof typeof IngestionKind];
export const MailboxLocation = {
  NONE: 'NONE',
  ONLINE: 'ONLINE',
  ON_PREMISES: 'ON_PREMISES'
} as const;

export type MailboxLocation = typeof MailboxLocation[keyof typeof MailboxLocation];
/** What a check's metric measures: COUNT, a number of things; RATIO, a share from 0 to 1 (show it as a percentage). */
export const MetricUnit = {
  COUNT: 'COUNT',
  RATIO: 'RATIO'
} as const;

export type MetricUnit = typeof MetricUnit[keyof typeof MetricUnit];
export const NotificationEvent = {
  ACKNOWLEDGED: 'ACKNOWLEDGED',
  OPENED: 'OPENED',
  RESOLVED: 'RESOLVED',
  TEST: 'TEST'
} as const;

export type NotificationEvent = typeof NotificationEvent[keyof typeof NotificationEvent];
export const NotificationState = {
  DELIVERED: 'DELIVERED',
  EXPIRED: 'EXPIRED',
  PENDING: 'PENDING'
} as const;

export type NotificationState = typeof NotificationState[keyof typeof NotificationState];
export const ProjectionState = {
  COMPLETE: 'COMPLETE',
  INSUFFICIENT_DATA: 'INSUFFICIENT_DATA',
  NO_PROGRESS: 'NO_PROGRESS',
  PROJECTED: 'PROJECTED'
} as const;

export type ProjectionState = typeof ProjectionState[keyof typeof ProjectionState];
export const Role = {
  ADMIN: 'ADMIN',
  ANALYST: 'ANALYST',
  COLLECTOR: 'COLLECTOR',
  VIEWER: 'VIEWER'
} as const;

export type Role = typeof Role[keyof typeof Role];
export const RunStatus = {
  FAILED: 'FAILED',
  RUNNING: 'RUNNING',
  SUCCEEDED: 'SUCCEEDED'
} as const;

export type RunStatus = typeof RunStatus[keyof typeof RunStatus];
export const RunTrigger = {
  INGEST: 'INGEST',
  MANUAL: 'MANUAL',
  SCHEDULE: 'SCHEDULE'
} as const;

export type RunTrigger = typeof RunTrigger[keyof typeof RunTrigger];
export const Severity = {
  CRITICAL: 'CRITICAL',
  HIGH: 'HIGH',
  INFO: 'INFO',
  LOW: 'LOW',
  MEDIUM: 'MEDIUM'
} as const;

export type Severity = typeof Severity[keyof typeof Severity];
/** Which sign-ins a per-day chart counts (whole UTC days). */
export type SignInDayFilterInput = {
  /** first day (UTC); default 29 days before to */
  from?: string | null | undefined;
  legacyOnly?: boolean | null | undefined;
  /** clientAppUsed values, case-insensitive */
  protocols?: Array<string> | null | undefined;
  success?: boolean | null | undefined;
  /** absent: every tenant the caller may read, summed */
  tenantId?: string | number | null | undefined;
  /** last day (UTC); default today */
  to?: string | null | undefined;
};

export type SignInFilterInput = {
  /** start of the appDisplayName, case-insensitive (at most 256 characters) */
  app?: string | null | undefined;
  /** default: 30 days ago */
  from?: string | null | undefined;
  ids?: Array<string | number> | null | undefined;
  legacyOnly?: boolean | null | undefined;
  /** clientAppUsed, case-insensitive */
  protocol?: string | null | undefined;
  /** clientAppUsed values, case-insensitive (at most 20); with protocol, both apply */
  protocols?: Array<string> | null | undefined;
  success?: boolean | null | undefined;
  tenantId?: string | number | null | undefined;
  to?: string | null | undefined;
  /** start of the userPrincipalName, case-insensitive (at most 256 characters) */
  user?: string | null | undefined;
};

export const SnapshotOrigin = {
  DEMO: 'DEMO',
  PULL: 'PULL',
  PUSH: 'PUSH'
} as const;

export type SnapshotOrigin = typeof SnapshotOrigin[keyof typeof SnapshotOrigin];
/** Which settings a snapshot section lists. */
export const SnapshotSectionKind = {
  ACTIVESYNC_DEVICE_ACCESS_RULES: 'ACTIVESYNC_DEVICE_ACCESS_RULES',
  ACTIVESYNC_ORGANIZATION: 'ACTIVESYNC_ORGANIZATION',
  CONDITIONAL_ACCESS_POLICIES: 'CONDITIONAL_ACCESS_POLICIES',
  EXCHANGE_SERVERS: 'EXCHANGE_SERVERS',
  EXCHANGE_SERVICE_PRINCIPAL: 'EXCHANGE_SERVICE_PRINCIPAL',
  EXO_AUTHENTICATION_POLICIES: 'EXO_AUTHENTICATION_POLICIES',
  EXO_ORGANIZATION: 'EXO_ORGANIZATION',
  EXO_SMTP_MAILBOXES: 'EXO_SMTP_MAILBOXES',
  EXO_USER_ASSIGNMENTS: 'EXO_USER_ASSIGNMENTS',
  HMA_AUTH_SERVERS: 'HMA_AUTH_SERVERS',
  HMA_VIRTUAL_DIRECTORIES: 'HMA_VIRTUAL_DIRECTORIES',
  NAMED_LOCATIONS: 'NAMED_LOCATIONS',
  ONPREM_AUTHENTICATION_POLICIES: 'ONPREM_AUTHENTICATION_POLICIES',
  ONPREM_ORGANIZATION: 'ONPREM_ORGANIZATION',
  ONPREM_USER_ASSIGNMENTS: 'ONPREM_USER_ASSIGNMENTS',
  SECURITY_DEFAULTS: 'SECURITY_DEFAULTS'
} as const;

export type SnapshotSectionKind = typeof SnapshotSectionKind[keyof typeof SnapshotSectionKind];
export const WaiverScope = {
  ITEMS: 'ITEMS',
  TENANT: 'TENANT'
} as const;

export type WaiverScope = typeof WaiverScope[keyof typeof WaiverScope];
export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { token: string, user: { id: string, email: string, role: Role, operations: Array<string> } } };

export type OpenAlertCountsQueryVariables = Exact<{
  tenantId?: string | number | null | undefined;
}>;


export type OpenAlertCountsQuery = { openAlertCounts: Array<{ severity: Severity, count: number }> };

export type TenantSettingsRecordFragment = { checkSchedule: string, signInLookbackDays: number, deviceLookbackDays: number, pilotCoverageThreshold: number, legacyAttemptRiseThreshold: number, emergencyAccessAccounts: Array<string>, approvedMobileAppIds: Array<string>, declaredSources: Array<DataSource>, maxSourceAgeHours: number, signInRetentionDays: number };

export type TenantRecordFragment = { id: string, name: string, entraTenantId: string | null, createdAt: string, settings: { checkSchedule: string, signInLookbackDays: number, deviceLookbackDays: number, pilotCoverageThreshold: number, legacyAttemptRiseThreshold: number, emergencyAccessAccounts: Array<string>, approvedMobileAppIds: Array<string>, declaredSources: Array<DataSource>, maxSourceAgeHours: number, signInRetentionDays: number } | null };

export type CheckResultRecordFragment = { id: string, tenantId: string, runId: string, checkId: string, title: string, status: CheckStatus, severity: Severity, metric: number | null, metricUnit: MetricUnit, summary: string, evidence: unknown, remediation: string, snapshotId: string | null, windowFrom: string | null, windowTo: string | null, evaluatedAt: string, message: { code: string, params: unknown } | null };

export type CheckRunRecordFragment = { id: string, tenantId: string, trigger: RunTrigger, status: RunStatus, startedAt: string, finishedAt: string | null, durationMs: number | null, score: number | null, counts: unknown, error: string | null };

export type SnapshotRecordFragment = { id: string, tenantId: string, capturedAt: string, receivedAt: string, sources: Array<DataSource>, origin: SnapshotOrigin, appProtectionPolicies: Array<{ platform: AppProtectionPlatform, id: string, displayName: string, includesOutlook: boolean | null, apps: Array<string>, allUsers: boolean, otherTargets: Array<string>, includeGroups: Array<{ id: string, name: string }>, excludeGroups: Array<{ id: string, name: string }> }> | null };

export type DriftEventRecordFragment = { id: string, tenantId: string, source: DataSource, path: string, kind: DriftKind, before: unknown, after: unknown, summary: string, checkIds: Array<string>, fromSnapshotId: string, toSnapshotId: string, capturedAt: string, detectedAt: string, message: { code: string, params: unknown } | null };

export type AuditEventRecordFragment = { id: string, at: string, actor: string, actorRole: Role | null, action: string, outcome: AuditOutcome, tenantId: string | null, targetId: string | null, args: unknown, error: string | null, ip: string | null, userAgent: string | null };

export type CheckRecordFragment = { id: string, title: string, severity: Severity, metricUnit: MetricUnit, sources: Array<DataSource>, description: string, rationale: string, remediation: string };

export type RolloutWaveRecordFragment = { id: string, tenantId: string, name: string, groupId: string, order: number, plannedAt: string | null, createdAt: string, isPilot: boolean };

export type WaiverRecordFragment = { id: string, tenantId: string, checkId: string, scope: WaiverScope, items: Array<string>, reason: string, author: string, expiresAt: string, createdAt: string, revokedAt: string | null, active: boolean };

export type SignInRecordFragment = { id: string, tenantId: string, createdAt: string, userPrincipalName: string | null, appDisplayName: string | null, resourceDisplayName: string | null, clientAppUsed: string | null, isLegacy: boolean, isExchange: boolean, success: boolean, errorCode: number | null, isInteractive: boolean | null, authenticationRequirement: string | null, conditionalAccessStatus: string | null, operatingSystem: string | null, ipAddress: string | null, userAgent: string | null };

export type MobileDeviceRecordFragment = { id: string, tenantId: string, snapshotId: string, DeviceId: string | null, UserDisplayName: string | null, DeviceType: string | null, DeviceModel: string | null, DeviceUserAgent: string | null, ClientType: string | null, DeviceAccessState: string | null, DeviceAccessStateReason: string | null, DeviceActiveSyncVersion: string | null, FirstSyncTime: string | null, LastSuccessSync: string | null, raw: unknown };

export type IngestionRunRecordFragment = { id: string, tenantId: string, kind: IngestionKind, trigger: RunTrigger, status: RunStatus, startedAt: string, finishedAt: string | null, durationMs: number | null, pages: number, received: number, inserted: number, duplicates: number, retries: number, progress: string | null, windowFrom: string | null, windowTo: string | null, snapshotId: string | null, error: string | null, progressMessage: { code: string, params: unknown } | null, errorMessage: { code: string, params: unknown } | null };

export type ConnectorSettingsRecordFragment = { tenantId: string, enabled: boolean, directoryId: string, clientId: string, hasSecret: boolean, loginBaseUrl: string, graphBaseUrl: string, exchangeBaseUrl: string, overlapMinutes: number, updatedAt: string };

export type AlertRecordFragment = { id: string, tenantId: string, checkId: string, title: string, kind: AlertKind, state: AlertState, severity: Severity, summary: string, beforeStatus: CheckStatus | null, afterStatus: CheckStatus | null, latestStatus: CheckStatus | null, beforeMetric: number | null, afterMetric: number | null, metricUnit: MetricUnit, previousResultId: string | null, firstResultId: string | null, firstRunId: string | null, latestResultId: string | null, latestRunId: string | null, acknowledgedAt: string | null, acknowledgedBy: string | null, acknowledgeComment: string | null, resolvedAt: string | null, resolvedBy: string | null, resolveComment: string | null, autoResolved: boolean, openedAt: string, updatedAt: string, items: Array<{ list: string, kind: string, key: string, row: unknown }> };

export type NotificationDeliveryRecordFragment = { id: string, channelId: string, tenantId: string | null, messageId: string | null, event: NotificationEvent, attempt: number, ok: boolean, statusCode: number | null, error: string | null, durationMs: number, nextAttemptAt: string | null, createdAt: string, messageState: NotificationState | null };

export type NotificationChannelRecordFragment = { id: string, name: string, kind: ChannelKind, tenantIds: Array<string>, hasUrl: boolean, urlHint: string | null, hasSecret: boolean, emailTo: Array<string>, enabled: boolean, minSeverity: Severity, kinds: Array<AlertKind>, notifyOnAcknowledge: boolean, publicUrl: string | null, createdBy: string, createdAt: string, updatedAt: string, lastDelivery: { ok: boolean, statusCode: number | null, error: string | null, createdAt: string } | null };

export type ApiTokenRecordFragment = { id: string, name: string, prefix: string, role: Role, tenantIds: Array<string>, createdBy: string | null, createdAt: string, lastUsedAt: string | null, expiresAt: string | null, revokedAt: string | null, active: boolean };

export type SessionRecordFragment = { id: string, userEmail: string, createdAt: string, lastUsedAt: string | null, expiresAt: string, current: boolean };

export type UserRecordFragment = { id: string, email: string, role: Role, tenantIds: Array<string>, createdAt: string, disabledAt: string | null, active: boolean };

export type PostureHistoryQueryVariables = Exact<{
  tenantId: string | number;
  from: string;
  to?: string | null | undefined;
}>;


export type PostureHistoryQuery = { postureHistory: Array<{ at: string, score: number | null, counts: unknown, runs: number }> };

export type PostureSummaryQueryVariables = Exact<{
  tenantId?: string | number | null | undefined;
}>;


export type PostureSummaryQuery = { postureSummary: { tenantId: string, tenantName: string, score: number | null, scoredAt: string | null, scoreDayAgo: number | null, scoreWeekAgo: number | null, statusCounts: Array<{ status: CheckStatus, count: number }> } | null };

export type TenantPostureOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type TenantPostureOverviewQuery = { tenantPostureOverview: Array<{ tenantId: string, name: string, score: number | null, scoredAt: string | null, failing: number, openAlerts: number }> };

export type LegacySignInsPerDayQueryVariables = Exact<{
  filter?: SignInDayFilterInput | null | undefined;
}>;


export type LegacySignInsPerDayQuery = { signInsPerDay: Array<{ day: string, protocol: string | null, success: boolean, count: number }> };

export type AlertDriftQueryVariables = Exact<{
  id: string | number;
}>;


export type AlertDriftQuery = { Alert: { id: string, drift: Array<{ id: string, source: DataSource, path: string, kind: DriftKind, before: unknown, after: unknown, summary: string, capturedAt: string, message: { code: string, params: unknown } | null }> } | null };

export type AlertFirstResultQueryVariables = Exact<{
  id: string | number;
}>;


export type AlertFirstResultQuery = { Alert: { id: string, firstResult: { id: string, checkId: string, message: { code: string, params: unknown } | null } | null } | null };

export type AcknowledgeAlertsMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
  comment?: string | null | undefined;
}>;


export type AcknowledgeAlertsMutation = { acknowledgeAlerts: Array<{ id: string, state: AlertState }> };

export type ResolveAlertsMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
  comment: string;
}>;


export type ResolveAlertsMutation = { resolveAlerts: Array<{ id: string, state: AlertState }> };

export type CreateApiTokenMutationVariables = Exact<{
  name: string;
  role: Role;
  tenantIds?: Array<string | number> | string | number | null | undefined;
  expiresInDays?: number | null | undefined;
}>;


export type CreateApiTokenMutation = { createApiToken: { token: string, apiToken: { id: string, name: string, prefix: string } } };

export type RevokeApiTokenMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiTokenMutation = { revokeApiToken: { id: string, revokedAt: string | null, active: boolean } };

export type CheckResultDetailsQueryVariables = Exact<{
  id: string | number;
  all?: boolean | null | undefined;
  locale?: string | null | undefined;
}>;


export type CheckResultDetailsQuery = { CheckResult: { id: string, evidenceTables: Array<{ list: string, kind: EvidenceKind, columns: Array<string>, total: number, listed: number, rows: Array<{ key: string, failing: boolean, waived: boolean, cells: Array<string | null>, user: string | null, device: string | null, policy: string | null, messages: Array<{ code: string, params: unknown } | null> }> }>, remediationSteps: Array<{ text: string, command: boolean }> } | null };

export type RunChangesQueryVariables = Exact<{
  id: string | number;
}>;


export type RunChangesQuery = { CheckRun: { id: string, changes: { compared: number, previousRunId: string | null, checks: Array<{ checkId: string, title: string, severity: Severity, beforeStatus: CheckStatus | null, afterStatus: CheckStatus, beforeMetric: number | null, afterMetric: number | null, metricUnit: MetricUnit, beforeResultId: string | null, afterResultId: string }>, opened: Array<{ id: string, checkId: string, title: string, kind: AlertKind, severity: Severity }>, resolved: Array<{ id: string, checkId: string, title: string, kind: AlertKind, severity: Severity }> } } | null };

export type TestNotificationChannelMutationVariables = Exact<{
  id: string | number;
}>;


export type TestNotificationChannelMutation = { testNotificationChannel: { ok: boolean, statusCode: number | null, error: string | null, durationMs: number } };

export type RolloutWaveLimitsQueryVariables = Exact<{ [key: string]: never; }>;


export type RolloutWaveLimitsQuery = { rolloutWaveLimits: { minOrder: number, maxOrder: number } };

export type RevokeSessionMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeSessionMutation = { revokeSession: boolean };

export type SignInClientAppsQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInClientAppsQuery = { signInClientApps: Array<{ name: string, legacy: boolean }> };

export type SignInsPerDayChartQueryVariables = Exact<{
  filter?: SignInDayFilterInput | null | undefined;
}>;


export type SignInsPerDayChartQuery = { signInsPerDay: Array<{ day: string, protocol: string | null, legacy: boolean, success: boolean, count: number }> };

export type SignInPageQueryVariables = Exact<{
  page?: number | null | undefined;
  perPage?: number | null | undefined;
  sortField?: string | null | undefined;
  sortOrder?: string | null | undefined;
  filter?: SignInFilterInput | null | undefined;
  after?: string | null | undefined;
}>;


export type SignInPageQuery = { items: Array<{ id: string, tenantId: string, createdAt: string, cursor: string, userPrincipalName: string | null, appDisplayName: string | null, resourceDisplayName: string | null, clientAppUsed: string | null, isLegacy: boolean, isExchange: boolean, success: boolean, errorCode: number | null, isInteractive: boolean | null, authenticationRequirement: string | null, conditionalAccessStatus: string | null, operatingSystem: string | null, ipAddress: string | null, userAgent: string | null }>, total: { count: number, isEstimate: boolean } };

export type SnapshotSectionsQueryVariables = Exact<{
  id: string | number;
  limit?: number | null | undefined;
  kinds?: Array<SnapshotSectionKind> | SnapshotSectionKind | null | undefined;
  diffLimit?: number | null | undefined;
  withDiff: boolean;
}>;


export type SnapshotSectionsQuery = { Snapshot: { id: string, diff?: { previousSnapshotId: string | null, previousCapturedAt: string | null, stored: boolean, total: number, changes: Array<{ source: DataSource, path: string, kind: DriftKind, before: unknown, after: unknown, summary: string, checkIds: Array<string>, message: { code: string, params: unknown } | null }> }, sections: Array<{ kind: SnapshotSectionKind, source: DataSource, path: string, read: boolean, columns: Array<string>, total: number, checkIds: Array<string>, rows: Array<{ key: string, cells: Array<string | null> }> }> } | null };

export type SnapshotRawQueryVariables = Exact<{
  id: string | number;
}>;


export type SnapshotRawQuery = { Snapshot: { id: string, raw: unknown } | null };

export type TenantSettingsBoundsQueryVariables = Exact<{ [key: string]: never; }>;


export type TenantSettingsBoundsQuery = { tenantSettingsBounds: Array<{ key: string, min: number | null, max: number | null, integer: boolean, pattern: string | null }> };

export type ConnectorSettingsQueryVariables = Exact<{
  tenantId: string | number;
}>;


export type ConnectorSettingsQuery = { connectorSettings: { tenantId: string, enabled: boolean, directoryId: string, clientId: string, hasSecret: boolean, loginBaseUrl: string, graphBaseUrl: string, exchangeBaseUrl: string, overlapMinutes: number, updatedAt: string } | null, connectorDefaults: { loginBaseUrl: string, graphBaseUrl: string, exchangeBaseUrl: string, overlapMinutes: number, minOverlapMinutes: number, maxOverlapMinutes: number } };

export type ConnectorDefaultsRecordFragment = { loginBaseUrl: string, graphBaseUrl: string, exchangeBaseUrl: string, overlapMinutes: number, minOverlapMinutes: number, maxOverlapMinutes: number };

export type UpdateConnectorSettingsMutationVariables = Exact<{
  tenantId: string | number;
  input: ConnectorSettingsInput;
}>;


export type UpdateConnectorSettingsMutation = { updateConnectorSettings: { tenantId: string, enabled: boolean, directoryId: string, clientId: string, hasSecret: boolean, loginBaseUrl: string, graphBaseUrl: string, exchangeBaseUrl: string, overlapMinutes: number, updatedAt: string } };

export type ConnectorChangePreviewQueryVariables = Exact<{
  tenantId: string | number;
  input: ConnectorSettingsInput;
}>;


export type ConnectorChangePreviewQuery = { connectorChangePreview: { clearsSecret: boolean, problems: Array<{ path: string, reason: string }> } };

export type SyncTenantMutationVariables = Exact<{
  tenantId: string | number;
}>;


export type SyncTenantMutation = { syncTenant: { signIns: { status: RunStatus, inserted: number, duplicates: number, error: string | null } | null, snapshot: { status: RunStatus, error: string | null } | null } };

export type CreateUserMutationVariables = Exact<{
  email: string;
  role: Role;
  tenantIds?: Array<string | number> | string | number | null | undefined;
}>;


export type CreateUserMutation = { createUser: { password: string, user: { id: string, email: string } } };

export type DisableUserMutationVariables = Exact<{
  id: string | number;
}>;


export type DisableUserMutation = { disableUser: { id: string, disabledAt: string | null, active: boolean } };

export type EnableUserMutationVariables = Exact<{
  id: string | number;
}>;


export type EnableUserMutation = { enableUser: { id: string, disabledAt: string | null, active: boolean } };

export type WaiverLimitsQueryVariables = Exact<{ [key: string]: never; }>;


export type WaiverLimitsQuery = { waiverLimits: { maxDays: number, defaultDays: number, minReasonLength: number } };

export type RolloutProgressQueryVariables = Exact<{
  tenantId: string | number;
}>;


export type RolloutProgressQuery = { rolloutProgress: { tenantId: string, capturedAt: string | null, windowFrom: string, overall: { members: number, covered: number, coverage: number | null, withoutMailbox: number, problem: string | null }, overallHistory: Array<{ at: string, coverage: number | null, covered: number, members: number }>, projectedCompletion: { state: ProjectionState, date: string | null }, waves: Array<{ id: string, name: string, order: number, isPilot: boolean, plannedAt: string | null, members: number, covered: number, coverage: number | null, withoutMailbox: number, problem: string | null, readiness: Array<{ userPrincipalName: string, mailboxLocation: MailboxLocation, covered: boolean, protocols: Array<string>, clients: Array<string>, count: number, lastSeen: string | null }>, history: Array<{ at: string, coverage: number | null, covered: number, members: number }>, projectedCompletion: { state: ProjectionState, date: string | null } }> } };

export type EntraGroupsQueryVariables = Exact<{
  tenantId: string | number;
  q?: string | null | undefined;
}>;


export type EntraGroupsQuery = { groups: Array<{ id: string, displayName: string | null }> };

export type PickerTenantsQueryVariables = Exact<{
  perPage?: number | null | undefined;
}>;


export type PickerTenantsQuery = { allTenants: Array<{ id: string, name: string }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const TenantSettingsRecordFragmentDoc = new TypedDocumentString(`
    fragment TenantSettingsRecord on TenantSettings {
  checkSchedule
  signInLookbackDays
  deviceLookbackDays
  pilotCoverageThreshold
  legacyAttemptRiseThreshold
  emergencyAccessAccounts
  approvedMobileAppIds
  declaredSources
  maxSourceAgeHours
  signInRetentionDays
}
    `, {"fragmentName":"TenantSettingsRecord"}) as unknown as TypedDocumentString<TenantSettingsRecordFragment, unknown>;
export const TenantRecordFragmentDoc = new TypedDocumentString(`
    fragment TenantRecord on Tenant {
  id
  name
  entraTenantId
  createdAt
  settings {
    ...TenantSettingsRecord
  }
}
    fragment TenantSettingsRecord on TenantSettings {
  checkSchedule
  signInLookbackDays
  deviceLookbackDays
  pilotCoverageThreshold
  legacyAttemptRiseThreshold
  emergencyAccessAccounts
  approvedMobileAppIds
  declaredSources
  maxSourceAgeHours
  signInRetentionDays
}`, {"fragmentName":"TenantRecord"}) as unknown as TypedDocumentString<TenantRecordFragment, unknown>;
export const CheckResultRecordFragmentDoc = new TypedDocumentString(`
    fragment CheckResultRecord on CheckResult {
  id
  tenantId
  runId
  checkId
  title
  status
  severity
  metric
  metricUnit
  summary
  message {
    code
    params
  }
  evidence
  remediation
  snapshotId
  windowFrom
  windowTo
  evaluatedAt
}
    `, {"fragmentName":"CheckResultRecord"}) as unknown as TypedDocumentString<CheckResultRecordFragment, unknown>;
export const CheckRunRecordFragmentDoc = new TypedDocumentString(`
    fragment CheckRunRecord on CheckRun {
  id
  tenantId
  trigger
  status
  startedAt
  finishedAt
  durationMs
  score
  counts
  error
}
    `, {"fragmentName":"CheckRunRecord"}) as unknown as TypedDocumentString<CheckRunRecordFragment, unknown>;
export const SnapshotRecordFragmentDoc = new TypedDocumentString(`
    fragment SnapshotRecord on Snapshot {
  id
  tenantId
  capturedAt
  receivedAt
  sources
  origin
  appProtectionPolicies {
    platform
    id
    displayName
    includesOutlook
    apps
    allUsers
    includeGroups {
      id
      name
    }
    excludeGroups {
      id
      name
    }
    otherTargets
  }
}
    `, {"fragmentName":"SnapshotRecord"}) as unknown as TypedDocumentString<SnapshotRecordFragment, unknown>;
export const DriftEventRecordFragmentDoc = new TypedDocumentString(`
    fragment DriftEventRecord on DriftEvent {
  id
  tenantId
  source
  path
  kind
  before
  after
  summary
  message {
    code
    params
  }
  checkIds
  fromSnapshotId
  toSnapshotId
  capturedAt
  detectedAt
}
    `, {"fragmentName":"DriftEventRecord"}) as unknown as TypedDocumentString<DriftEventRecordFragment, unknown>;
export const AuditEventRecordFragmentDoc = new TypedDocumentString(`
    fragment AuditEventRecord on AuditEvent {
  id
  at
  actor
  actorRole
  action
  outcome
  tenantId
  targetId
  args
  error
  ip
  userAgent
}
    `, {"fragmentName":"AuditEventRecord"}) as unknown as TypedDocumentString<AuditEventRecordFragment, unknown>;
export const CheckRecordFragmentDoc = new TypedDocumentString(`
    fragment CheckRecord on Check {
  id
  title
  severity
  metricUnit
  sources
  description
  rationale
  remediation
}
    `, {"fragmentName":"CheckRecord"}) as unknown as TypedDocumentString<CheckRecordFragment, unknown>;
export const RolloutWaveRecordFragmentDoc = new TypedDocumentString(`
    fragment RolloutWaveRecord on RolloutWave {
  id
  tenantId
  name
  groupId
  order
  plannedAt
  createdAt
  isPilot
}
    `, {"fragmentName":"RolloutWaveRecord"}) as unknown as TypedDocumentString<RolloutWaveRecordFragment, unknown>;
export const WaiverRecordFragmentDoc = new TypedDocumentString(`
    fragment WaiverRecord on Waiver {
  id
  tenantId
  checkId
  scope
  items
  reason
  author
  expiresAt
  createdAt
  revokedAt
  active
}
    `, {"fragmentName":"WaiverRecord"}) as unknown as TypedDocumentString<WaiverRecordFragment, unknown>;
export const SignInRecordFragmentDoc = new TypedDocumentString(`
    fragment SignInRecord on SignIn {
  id
  tenantId
  createdAt
  userPrincipalName
  appDisplayName
  resourceDisplayName
  clientAppUsed
  isLegacy
  isExchange
  success
  errorCode
  isInteractive
  authenticationRequirement
  conditionalAccessStatus
  operatingSystem
  ipAddress
  userAgent
}
    `, {"fragmentName":"SignInRecord"}) as unknown as TypedDocumentString<SignInRecordFragment, unknown>;
export const MobileDeviceRecordFragmentDoc = new TypedDocumentString(`
    fragment MobileDeviceRecord on MobileDevice {
  id
  tenantId
  snapshotId
  DeviceId
  UserDisplayName
  DeviceType
  DeviceModel
  DeviceUserAgent
  ClientType
  DeviceAccessState
  DeviceAccessStateReason
  DeviceActiveSyncVersion
  FirstSyncTime
  LastSuccessSync
  raw
}
    `, {"fragmentName":"MobileDeviceRecord"}) as unknown as TypedDocumentString<MobileDeviceRecordFragment, unknown>;
export const IngestionRunRecordFragmentDoc = new TypedDocumentString(`
    fragment IngestionRunRecord on IngestionRun {
  id
  tenantId
  kind
  trigger
  status
  startedAt
  finishedAt
  durationMs
  pages
  received
  inserted
  duplicates
  retries
  progress
  progressMessage {
    code
    params
  }
  windowFrom
  windowTo
  snapshotId
  error
  errorMessage {
    code
    params
  }
}
    `, {"fragmentName":"IngestionRunRecord"}) as unknown as TypedDocumentString<IngestionRunRecordFragment, unknown>;
export const ConnectorSettingsRecordFragmentDoc = new TypedDocumentString(`
    fragment ConnectorSettingsRecord on ConnectorSettings {
  tenantId
  enabled
  directoryId
  clientId
  hasSecret
  loginBaseUrl
  graphBaseUrl
  exchangeBaseUrl
  overlapMinutes
  updatedAt
}
    `, {"fragmentName":"ConnectorSettingsRecord"}) as unknown as TypedDocumentString<ConnectorSettingsRecordFragment, unknown>;
export const AlertRecordFragmentDoc = new TypedDocumentString(`
    fragment AlertRecord on Alert {
  id
  tenantId
  checkId
  title
  kind
  state
  severity
  summary
  beforeStatus
  afterStatus
  latestStatus
  beforeMetric
  afterMetric
  metricUnit
  previousResultId
  firstResultId
  firstRunId
  latestResultId
  latestRunId
  items {
    list
    kind
    key
    row
  }
  acknowledgedAt
  acknowledgedBy
  acknowledgeComment
  resolvedAt
  resolvedBy
  resolveComment
  autoResolved
  openedAt
  updatedAt
}
    `, {"fragmentName":"AlertRecord"}) as unknown as TypedDocumentString<AlertRecordFragment, unknown>;
export const NotificationDeliveryRecordFragmentDoc = new TypedDocumentString(`
    fragment NotificationDeliveryRecord on NotificationDelivery {
  id
  channelId
  tenantId
  messageId
  event
  attempt
  ok
  statusCode
  error
  durationMs
  nextAttemptAt
  createdAt
  messageState
}
    `, {"fragmentName":"NotificationDeliveryRecord"}) as unknown as TypedDocumentString<NotificationDeliveryRecordFragment, unknown>;
export const NotificationChannelRecordFragmentDoc = new TypedDocumentString(`
    fragment NotificationChannelRecord on NotificationChannel {
  id
  name
  kind
  tenantIds
  hasUrl
  urlHint
  hasSecret
  emailTo
  enabled
  minSeverity
  kinds
  notifyOnAcknowledge
  publicUrl
  createdBy
  createdAt
  updatedAt
  lastDelivery {
    ok
    statusCode
    error
    createdAt
  }
}
    `, {"fragmentName":"NotificationChannelRecord"}) as unknown as TypedDocumentString<NotificationChannelRecordFragment, unknown>;
export const ApiTokenRecordFragmentDoc = new TypedDocumentString(`
    fragment ApiTokenRecord on ApiToken {
  id
  name
  prefix
  role
  tenantIds
  createdBy
  createdAt
  lastUsedAt
  expiresAt
  revokedAt
  active
}
    `, {"fragmentName":"ApiTokenRecord"}) as unknown as TypedDocumentString<ApiTokenRecordFragment, unknown>;
export const SessionRecordFragmentDoc = new TypedDocumentString(`
    fragment SessionRecord on Session {
  id
  userEmail
  createdAt
  lastUsedAt
  expiresAt
  current
}
    `, {"fragmentName":"SessionRecord"}) as unknown as TypedDocumentString<SessionRecordFragment, unknown>;
export const UserRecordFragmentDoc = new TypedDocumentString(`
    fragment UserRecord on User {
  id
  email
  role
  tenantIds
  createdAt
  disabledAt
  active
}
    `, {"fragmentName":"UserRecord"}) as unknown as TypedDocumentString<UserRecordFragment, unknown>;
export const ConnectorDefaultsRecordFragmentDoc = new TypedDocumentString(`
    fragment ConnectorDefaultsRecord on ConnectorDefaults {
  loginBaseUrl
  graphBaseUrl
  exchangeBaseUrl
  overlapMinutes
  minOverlapMinutes
  maxOverlapMinutes
}
    `, {"fragmentName":"ConnectorDefaultsRecord"}) as unknown as TypedDocumentString<ConnectorDefaultsRecordFragment, unknown>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
    user {
      id
      email
      role
      operations
    }
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const OpenAlertCountsDocument = new TypedDocumentString(`
    query OpenAlertCounts($tenantId: ID) {
  openAlertCounts(tenantId: $tenantId) {
    severity
    count
  }
}
    `) as unknown as TypedDocumentString<OpenAlertCountsQuery, OpenAlertCountsQueryVariables>;
export const PostureHistoryDocument = new TypedDocumentString(`
    query PostureHistory($tenantId: ID!, $from: DateTime!, $to: DateTime) {
  postureHistory(tenantId: $tenantId, from: $from, to: $to) {
    at
    score
    counts
    runs
  }
}
    `) as unknown as TypedDocumentString<PostureHistoryQuery, PostureHistoryQueryVariables>;
export const PostureSummaryDocument = new TypedDocumentString(`
    query PostureSummary($tenantId: ID) {
  postureSummary(tenantId: $tenantId) {
    tenantId
    tenantName
    score
    scoredAt
    scoreDayAgo
    scoreWeekAgo
    statusCounts {
      status
      count
    }
  }
}
    `) as unknown as TypedDocumentString<PostureSummaryQuery, PostureSummaryQueryVariables>;
export const TenantPostureOverviewDocument = new TypedDocumentString(`
    query TenantPostureOverview {
  tenantPostureOverview {
    tenantId
    name
    score
    scoredAt
    failing
    openAlerts
  }
}
    `) as unknown as TypedDocumentString<TenantPostureOverviewQuery, TenantPostureOverviewQueryVariables>;
export const LegacySignInsPerDayDocument = new TypedDocumentString(`
    query LegacySignInsPerDay($filter: SignInDayFilterInput) {
  signInsPerDay(filter: $filter) {
    day
    protocol
    success
    count
  }
}
    `) as unknown as TypedDocumentString<LegacySignInsPerDayQuery, LegacySignInsPerDayQueryVariables>;
export const AlertDriftDocument = new TypedDocumentString(`
    query AlertDrift($id: ID!) {
  Alert(id: $id) {
    id
    drift {
      id
      source
      path
      kind
      before
      after
      summary
      message {
        code
        params
      }
      capturedAt
    }
  }
}
    `) as unknown as TypedDocumentString<AlertDriftQuery, AlertDriftQueryVariables>;
export const AlertFirstResultDocument = new TypedDocumentString(`
    query AlertFirstResult($id: ID!) {
  Alert(id: $id) {
    id
    firstResult {
      id
      checkId
      message {
        code
        params
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AlertFirstResultQuery, AlertFirstResultQueryVariables>;
export const AcknowledgeAlertsDocument = new TypedDocumentString(`
    mutation AcknowledgeAlerts($ids: [ID!]!, $comment: String) {
  acknowledgeAlerts(ids: $ids, comment: $comment) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<AcknowledgeAlertsMutation, AcknowledgeAlertsMutationVariables>;
export const ResolveAlertsDocument = new TypedDocumentString(`
    mutation ResolveAlerts($ids: [ID!]!, $comment: String!) {
  resolveAlerts(ids: $ids, comment: $comment) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<ResolveAlertsMutation, ResolveAlertsMutationVariables>;
export const CreateApiTokenDocument = new TypedDocumentString(`
    mutation CreateApiToken($name: String!, $role: Role!, $tenantIds: [ID!], $expiresInDays: Int) {
  createApiToken(
    name: $name
    role: $role
    tenantIds: $tenantIds
    expiresInDays: $expiresInDays
  ) {
    token
    apiToken {
      id
      name
      prefix
    }
  }
}
    `) as unknown as TypedDocumentString<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = new TypedDocumentString(`
    mutation RevokeApiToken($id: ID!) {
  revokeApiToken(id: $id) {
    id
    revokedAt
    active
  }
}
    `) as unknown as TypedDocumentString<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const CheckResultDetailsDocument = new TypedDocumentString(`
    query CheckResultDetails($id: ID!, $all: Boolean, $locale: String) {
  CheckResult(id: $id) {
    id
    evidenceTables(all: $all) {
      list
      kind
      columns
      total
      listed
      rows {
        key
        failing
        waived
        cells
        messages {
          code
          params
        }
        user
        device
        policy
      }
    }
    remediationSteps(locale: $locale) {
      text
      command
    }
  }
}
    `) as unknown as TypedDocumentString<CheckResultDetailsQuery, CheckResultDetailsQueryVariables>;
export const RunChangesDocument = new TypedDocumentString(`
    query RunChanges($id: ID!) {
  CheckRun(id: $id) {
    id
    changes {
      compared
      previousRunId
      checks {
        checkId
        title
        severity
        beforeStatus
        afterStatus
        beforeMetric
        afterMetric
        metricUnit
        beforeResultId
        afterResultId
      }
      opened {
        id
        checkId
        title
        kind
        severity
      }
      resolved {
        id
        checkId
        title
        kind
        severity
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RunChangesQuery, RunChangesQueryVariables>;
export const TestNotificationChannelDocument = new TypedDocumentString(`
    mutation TestNotificationChannel($id: ID!) {
  testNotificationChannel(id: $id) {
    ok
    statusCode
    error
    durationMs
  }
}
    `) as unknown as TypedDocumentString<TestNotificationChannelMutation, TestNotificationChannelMutationVariables>;
export const RolloutWaveLimitsDocument = new TypedDocumentString(`
    query RolloutWaveLimits {
  rolloutWaveLimits {
    minOrder
    maxOrder
  }
}
    `) as unknown as TypedDocumentString<RolloutWaveLimitsQuery, RolloutWaveLimitsQueryVariables>;
export const RevokeSessionDocument = new TypedDocumentString(`
    mutation RevokeSession($id: ID!) {
  revokeSession(id: $id)
}
    `) as unknown as TypedDocumentString<RevokeSessionMutation, RevokeSessionMutationVariables>;
export const SignInClientAppsDocument = new TypedDocumentString(`
    query SignInClientApps {
  signInClientApps {
    name
    legacy
  }
}
    `) as unknown as TypedDocumentString<SignInClientAppsQuery, SignInClientAppsQueryVariables>;
export const SignInsPerDayChartDocument = new TypedDocumentString(`
    query SignInsPerDayChart($filter: SignInDayFilterInput) {
  signInsPerDay(filter: $filter) {
    day
    protocol
    legacy
    success
    count
  }
}
    `) as unknown as TypedDocumentString<SignInsPerDayChartQuery, SignInsPerDayChartQueryVariables>;
export const SignInPageDocument = new TypedDocumentString(`
    query SignInPage($page: Int, $perPage: Int, $sortField: String, $sortOrder: String, $filter: SignInFilterInput, $after: String) {
  items: allSignIns(
    page: $page
    perPage: $perPage
    sortField: $sortField
    sortOrder: $sortOrder
    filter: $filter
    after: $after
  ) {
    id
    tenantId
    createdAt
    cursor
    userPrincipalName
    appDisplayName
    resourceDisplayName
    clientAppUsed
    isLegacy
    isExchange
    success
    errorCode
    isInteractive
    authenticationRequirement
    conditionalAccessStatus
    operatingSystem
    ipAddress
    userAgent
  }
  total: _allSignInsMeta(filter: $filter) {
    count
    isEstimate
  }
}
    `) as unknown as TypedDocumentString<SignInPageQuery, SignInPageQueryVariables>;
export const SnapshotSectionsDocument = new TypedDocumentString(`
    query SnapshotSections($id: ID!, $limit: Int, $kinds: [SnapshotSectionKind!], $diffLimit: Int, $withDiff: Boolean!) {
  Snapshot(id: $id) {
    id
    diff(limit: $diffLimit) @include(if: $withDiff) {
      previousSnapshotId
      previousCapturedAt
      stored
      total
      changes {
        source
        path
        kind
        before
        after
        summary
        message {
          code
          params
        }
        checkIds
      }
    }
    sections(limit: $limit, kinds: $kinds) {
      kind
      source
      path
      read
      columns
      total
      checkIds
      rows {
        key
        cells
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SnapshotSectionsQuery, SnapshotSectionsQueryVariables>;
export const SnapshotRawDocument = new TypedDocumentString(`
    query SnapshotRaw($id: ID!) {
  Snapshot(id: $id) {
    id
    raw
  }
}
    `) as unknown as TypedDocumentString<SnapshotRawQuery, SnapshotRawQueryVariables>;
export const TenantSettingsBoundsDocument = new TypedDocumentString(`
    query TenantSettingsBounds {
  tenantSettingsBounds {
    key
    min
    max
    integer
    pattern
  }
}
    `) as unknown as TypedDocumentString<TenantSettingsBoundsQuery, TenantSettingsBoundsQueryVariables>;
export const ConnectorSettingsDocument = new TypedDocumentString(`
    query ConnectorSettings($tenantId: ID!) {
  connectorSettings(tenantId: $tenantId) {
    ...ConnectorSettingsRecord
  }
  connectorDefaults {
    ...ConnectorDefaultsRecord
  }
}
    fragment ConnectorSettingsRecord on ConnectorSettings {
  tenantId
  enabled
  directoryId
  clientId
  hasSecret
  loginBaseUrl
  graphBaseUrl
  exchangeBaseUrl
  overlapMinutes
  updatedAt
}
fragment ConnectorDefaultsRecord on ConnectorDefaults {
  loginBaseUrl
  graphBaseUrl
  exchangeBaseUrl
  overlapMinutes
  minOverlapMinutes
  maxOverlapMinutes
}`) as unknown as TypedDocumentString<ConnectorSettingsQuery, ConnectorSettingsQueryVariables>;
export const UpdateConnectorSettingsDocument = new TypedDocumentString(`
    mutation UpdateConnectorSettings($tenantId: ID!, $input: ConnectorSettingsInput!) {
  updateConnectorSettings(tenantId: $tenantId, input: $input) {
    ...ConnectorSettingsRecord
  }
}
    fragment ConnectorSettingsRecord on ConnectorSettings {
  tenantId
  enabled
  directoryId
  clientId
  hasSecret
  loginBaseUrl
  graphBaseUrl
  exchangeBaseUrl
  overlapMinutes
  updatedAt
}`) as unknown as TypedDocumentString<UpdateConnectorSettingsMutation, UpdateConnectorSettingsMutationVariables>;
export const ConnectorChangePreviewDocument = new TypedDocumentString(`
    query ConnectorChangePreview($tenantId: ID!, $input: ConnectorSettingsInput!) {
  connectorChangePreview(tenantId: $tenantId, input: $input) {
    clearsSecret
    problems {
      path
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<ConnectorChangePreviewQuery, ConnectorChangePreviewQueryVariables>;
export const SyncTenantDocument = new TypedDocumentString(`
    mutation SyncTenant($tenantId: ID!) {
  syncTenant(tenantId: $tenantId) {
    signIns {
      status
      inserted
      duplicates
      error
    }
    snapshot {
      status
      error
    }
  }
}
    `) as unknown as TypedDocumentString<SyncTenantMutation, SyncTenantMutationVariables>;
export const CreateUserDocument = new TypedDocumentString(`
    mutation CreateUser($email: String!, $role: Role!, $tenantIds: [ID!]) {
  createUser(email: $email, role: $role, tenantIds: $tenantIds) {
    password
    user {
      id
      email
    }
  }
}
    `) as unknown as TypedDocumentString<CreateUserMutation, CreateUserMutationVariables>;
export const DisableUserDocument = new TypedDocumentString(`
    mutation DisableUser($id: ID!) {
  disableUser(id: $id) {
    id
    disabledAt
    active
  }
}
    `) as unknown as TypedDocumentString<DisableUserMutation, DisableUserMutationVariables>;
export const EnableUserDocument = new TypedDocumentString(`
    mutation EnableUser($id: ID!) {
  enableUser(id: $id) {
    id
    disabledAt
    active
  }
}
    `) as unknown as TypedDocumentString<EnableUserMutation, EnableUserMutationVariables>;
export const WaiverLimitsDocument = new TypedDocumentString(`
    query WaiverLimits {
  waiverLimits {
    maxDays
    defaultDays
    minReasonLength
  }
}
    `) as unknown as TypedDocumentString<WaiverLimitsQuery, WaiverLimitsQueryVariables>;
export const RolloutProgressDocument = new TypedDocumentString(`
    query RolloutProgress($tenantId: ID!) {
  rolloutProgress(tenantId: $tenantId) {
    tenantId
    capturedAt
    windowFrom
    overall {
      members
      covered
      coverage
      withoutMailbox
      problem
    }
    overallHistory {
      at
      coverage
      covered
      members
    }
    projectedCompletion {
      state
      date
    }
    waves {
      id
      name
      order
      isPilot
      plannedAt
      members
      covered
      coverage
      withoutMailbox
      problem
      readiness {
        userPrincipalName
        mailboxLocation
        covered
        protocols
        clients
        count
        lastSeen
      }
      history {
        at
        coverage
        covered
        members
      }
      projectedCompletion {
        state
        date
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RolloutProgressQuery, RolloutProgressQueryVariables>;
export const EntraGroupsDocument = new TypedDocumentString(`
    query EntraGroups($tenantId: ID!, $q: String) {
  groups(tenantId: $tenantId, q: $q) {
    id
    displayName
  }
}
    `) as unknown as TypedDocumentString<EntraGroupsQuery, EntraGroupsQueryVariables>;
export const PickerTenantsDocument = new TypedDocumentString(`
    query PickerTenants($perPage: Int) {
  allTenants(perPage: $perPage, page: 0, sortField: "name", sortOrder: "ASC") {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<PickerTenantsQuery, PickerTenantsQueryVariables>;