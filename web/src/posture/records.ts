import type { RaRecord } from 'react-admin';
import type {
  CheckStatus,
  IngestionKind,
  RunStatus,
  RunTrigger,
  Severity,
  SnapshotOrigin,
  WaiverScope,
} from './domain';

/** Records as the GraphQL API returns them (dates are ISO strings). */

export interface Tenant extends RaRecord<string> {
  name: string;
  entraTenantId: string | null;
  /** Check schedule, look-back windows, thresholds… (resources/tenants/tenant-settings.ts). */
  settings?: unknown;
  createdAt: string;
}

export interface CheckResult extends RaRecord<string> {
  tenantId: string;
  runId: string;
  checkId: string;
  title?: string | null;
  status: CheckStatus;
  severity: Severity;
  metric: number | null;
  summary: string;
  evidence?: unknown;
  remediation?: string;
  evaluatedAt: string;
}

export interface CheckRun extends RaRecord<string> {
  tenantId: string;
  trigger: RunTrigger;
  status: RunStatus;
  startedAt: string;
  finishedAt: string | null;
  durationMs: number | null;
  score: number | null;
  /** Results per status, e.g. `{ "PASS": 12, "FAIL": 2 }`. */
  counts?: unknown;
  error: string | null;
}

export interface Snapshot extends RaRecord<string> {
  tenantId: string;
  capturedAt: string;
  receivedAt: string;
  sources: string[];
  origin: SnapshotOrigin;
  raw?: unknown;
}

export interface Check extends RaRecord<string> {
  title: string;
  severity: Severity;
  sources: string[];
  description?: string;
  rationale?: string;
  remediation?: string;
}

export interface RolloutWave extends RaRecord<string> {
  tenantId: string;
  name: string;
  /** `entra.groups[].id` of the tenant's snapshot. */
  groupId: string;
  /** The lowest order is the pilot. */
  order: number;
  plannedAt: string | null;
  createdAt: string;
}

export interface Waiver extends RaRecord<string> {
  tenantId: string;
  checkId: string;
  scope: WaiverScope;
  items: string[];
  reason: string;
  author: string;
  expiresAt: string;
  createdAt: string;
  revokedAt: string | null;
  /** Not expired and not revoked. */
  active: boolean;
}

/** One stored sign-in (Graph `signIn`, flattened by the server). */
export interface SignIn extends RaRecord<string> {
  tenantId: string;
  createdAt: string;
  userPrincipalName: string | null;
  appDisplayName: string | null;
  resourceDisplayName: string | null;
  clientAppUsed: string | null;
  isLegacy: boolean;
  isExchange: boolean;
  success: boolean;
  errorCode: number | null;
  isInteractive: boolean | null;
  authenticationRequirement: string | null;
  conditionalAccessStatus: string | null;
  operatingSystem: string | null;
  ipAddress: string | null;
  userAgent: string | null;
}

/** A device partnership of the tenant's newest on-premises snapshot (`Get-MobileDevice`). */
export interface MobileDevice extends RaRecord<string> {
  tenantId: string;
  snapshotId: string;
  DeviceId: string | null;
  UserDisplayName: string | null;
  DeviceType: string | null;
  DeviceModel: string | null;
  DeviceUserAgent: string | null;
  ClientType: string | null;
  DeviceAccessState: string | null;
  DeviceAccessStateReason: string | null;
  DeviceActiveSyncVersion: string | null;
  /** Exchange's own date text, e.g. `2026-11-22T05:09:29.4920000+00:00`. */
  FirstSyncTime: string | null;
  LastSuccessSync: string | null;
  /** The whole cmdlet object. */
  raw?: unknown;
}

/** One pull of a tenant through its connector. */
export interface IngestionRun extends RaRecord<string> {
  tenantId: string;
  kind: IngestionKind;
  trigger: RunTrigger;
  status: RunStatus;
  startedAt: string;
  finishedAt: string | null;
  durationMs: number | null;
  pages: number;
  received: number;
  inserted: number;
  duplicates: number;
  retries: number;
  /** The server's own words on where a pull is (English). */
  progress: string | null;
  windowFrom: string | null;
  windowTo: string | null;
  snapshotId: string | null;
  error: string | null;
}

/** How a tenant is pulled from Microsoft (ADMIN only). The secret itself is never returned. */
export interface ConnectorSettings {
  tenantId: string;
  enabled: boolean;
  directoryId: string;
  clientId: string;
  hasSecret: boolean;
  loginBaseUrl: string;
  graphBaseUrl: string;
  exchangeBaseUrl: string;
  overlapMinutes: number;
  updatedAt: string;
}

/** `syncTenant`: the two runs; a run is null when another pull of that kind was running. */
export interface SyncResult {
  signIns: Pick<IngestionRun, 'status' | 'inserted' | 'duplicates' | 'error'> | null;
  snapshot: Pick<IngestionRun, 'status' | 'error'> | null;
}
