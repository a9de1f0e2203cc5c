import type {
  ApiTokenRecordFragment,
  AuditEventRecordFragment,
  AlertRecordFragment,
  CheckRecordFragment,
  CheckResultRecordFragment,
  CheckRunRecordFragment,
  ConnectorSettingsRecordFragment,
  DriftEventRecordFragment,
  IngestionRunRecordFragment,
  MobileDeviceRecordFragment,
  NotificationChannelRecordFragment,
  NotificationDeliveryRecordFragment,
  RolloutWaveRecordFragment,
  SessionRecordFragment,
  SignInRecordFragment,
  SnapshotRecordFragment,
  SyncTenantMutation,
  TenantRecordFragment,
  TenantSettingsRecordFragment,
  UserRecordFragment,
  WaiverRecordFragment,
} from '../gql/graphql';
import { graphql } from '../gql';

/*
 * The records the pages read, as fragments of the schema: their types are generated
 * (src/gql), so a field the server renames or drops fails `npm run codegen` and the typecheck.
 * The data provider selects every field by introspection; these fragments only type them.
 */

export const TenantSettingsRecord = graphql(`
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
`);

export const TenantRecord = graphql(`
  fragment TenantRecord on Tenant {
    id
    name
    entraTenantId
    createdAt
    settings {
      ...TenantSettingsRecord
    }
  }
`);

export const CheckResultRecord = graphql(`
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
`);

export const CheckRunRecord = graphql(`
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
`);

export const SnapshotRecord = graphql(`
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
`);

export const DriftEventRecord = graphql(`
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
`);

export const AuditEventRecord = graphql(`
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
`);

export const CheckRecord = graphql(`
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
`);

export const RolloutWaveRecord = graphql(`
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
`);

export const WaiverRecord = graphql(`
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
`);

export const SignInRecord = graphql(`
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
`);

export const MobileDeviceRecord = graphql(`
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
`);

export const IngestionRunRecord = graphql(`
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
`);

export const ConnectorSettingsRecord = graphql(`
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
`);

export const AlertRecord = graphql(`
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
`);

export const NotificationDeliveryRecord = graphql(`
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
`);

export const NotificationChannelRecord = graphql(`
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
`);

export const ApiTokenRecord = graphql(`
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
`);

export const SessionRecord = graphql(`
  fragment SessionRecord on Session {
    id
    userEmail
    createdAt
    lastUsedAt
    expiresAt
    current
  }
`);

export const UserRecord = graphql(`
  fragment UserRecord on User {
    id
    email
    role
    tenantIds
    createdAt
    disabledAt
    active
  }
`);

export type TenantSettings = TenantSettingsRecordFragment;
export type Tenant = TenantRecordFragment;
export type CheckResult = CheckResultRecordFragment;
export type CheckRun = CheckRunRecordFragment;
export type Snapshot = SnapshotRecordFragment;
export type DriftEvent = DriftEventRecordFragment;
export type AuditEvent = AuditEventRecordFragment;
export type Check = CheckRecordFragment;
export type RolloutWave = RolloutWaveRecordFragment;
export type Waiver = WaiverRecordFragment;
export type SignIn = SignInRecordFragment;
export type MobileDevice = MobileDeviceRecordFragment;
export type IngestionRun = IngestionRunRecordFragment;
/** How a tenant is pulled from Microsoft (ADMIN only). The secret itself is never returned. */
export type ConnectorSettings = ConnectorSettingsRecordFragment;
/** `syncTenant`: the two runs; a run is null when another pull of that kind was running. */
export type SyncResult = SyncTenantMutation['syncTenant'];
export type Alert = AlertRecordFragment;
/** Where alerts are sent (ADMIN only); the URL and the secret are write-only. */
export type NotificationChannel = NotificationChannelRecordFragment;
export type NotificationDelivery = NotificationDeliveryRecordFragment;
/** An API token as ADMINs see it: never its hash; the token itself only once, at creation. */
export type ApiToken = ApiTokenRecordFragment;
export type Session = SessionRecordFragment;
/** A person who signs in; never the password (shown once, at creation). */
export type User = UserRecordFragment;
