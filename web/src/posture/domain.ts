/** Enumerations of the GraphQL schema (prisma/schema.prisma, docs/CHECKS.md). */

export const CHECK_STATUSES = [
  'PASS',
  'WARN',
  'FAIL',
  'NOT_APPLICABLE',
  'ERROR',
  'WAIVED',
] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

export const SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFO'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const RUN_STATUSES = ['RUNNING', 'SUCCEEDED', 'FAILED'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

export const RUN_TRIGGERS = ['SCHEDULE', 'MANUAL', 'INGEST'] as const;
export type RunTrigger = (typeof RUN_TRIGGERS)[number];

export const SNAPSHOT_ORIGINS = ['PUSH', 'PULL', 'DEMO'] as const;
export type SnapshotOrigin = (typeof SNAPSHOT_ORIGINS)[number];

/** Data sources a snapshot carries, plus sign-ins, which checks also read. */
export const SOURCES = ['exchangeOnline', 'exchangeOnPremises', 'entra', 'signIns'] as const;
export type Source = (typeof SOURCES)[number];

export const WAIVER_SCOPES = ['TENANT', 'ITEMS'] as const;
export type WaiverScope = (typeof WAIVER_SCOPES)[number];

/** Derived in the dashboard from `active` and `revokedAt`: why a waiver covers nothing any more. */
export const WAIVER_STATES = ['ACTIVE', 'EXPIRED', 'REVOKED'] as const;
export type WaiverState = (typeof WAIVER_STATES)[number];

export const ROLES = ['VIEWER', 'ANALYST', 'ADMIN', 'COLLECTOR'] as const;
export type Role = (typeof ROLES)[number];

const member =
  <T extends string>(values: readonly T[]) =>
  (value: unknown): value is T =>
    typeof value === 'string' && (values as readonly string[]).includes(value);

export const isCheckStatus = member(CHECK_STATUSES);
export const isSeverity = member(SEVERITIES);
export const isSource = member(SOURCES);
export const isRole = member(ROLES);
export const isRunStatus = member(RUN_STATUSES);

/** `SelectInput` choices whose names are translation keys (react-admin translates them). */
export const choicesOf = (values: readonly string[], prefix: string) =>
  values.map((id) => ({ id, name: `${prefix}.${id}` }));
