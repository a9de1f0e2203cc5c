import type { RaRecord } from 'react-admin';
import type {
  CheckStatus,
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
