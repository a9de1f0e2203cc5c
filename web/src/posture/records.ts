import type { RaRecord } from 'react-admin';
import type { CheckStatus, RunStatus, RunTrigger, Severity, SnapshotOrigin } from './domain';

/** Records as the GraphQL API returns them (dates are ISO strings). */

export interface Tenant extends RaRecord<string> {
  name: string;
  entraTenantId: string | null;
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
