/** Enumerations of the GraphQL schema (prisma/schema.prisma, docs/checks.md). */

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

/** What an ingestion run pulled: the sign-in log, or a configuration snapshot. */
export const INGESTION_KINDS = ['SIGNINS', 'SNAPSHOT'] as const;
export type IngestionKind = (typeof INGESTION_KINDS)[number];

/**
 * Graph `signIn.clientAppUsed` values (docs/domain.md 1.3). A free string, not an enum: these
 * are the documented ones, modern first. The server matches them case-insensitively.
 */
export const MODERN_CLIENT_APPS = ['Browser', 'Mobile Apps and Desktop clients'] as const;
export const LEGACY_CLIENT_APPS = [
  'Exchange ActiveSync',
  'Autodiscover',
  'IMAP4',
  'POP3',
  'Authenticated SMTP',
  'Exchange Web Services',
  'MAPI Over HTTP',
  'Offline Address Book',
  'Outlook Anywhere (RPC over HTTP)',
  'Exchange Online PowerShell',
  'Reporting Web Services',
  'Universal Outlook',
  'Other clients',
] as const;
export const CLIENT_APPS = [...MODERN_CLIENT_APPS, ...LEGACY_CLIENT_APPS] as const;

/** Graph `signIn.conditionalAccessStatus`. */
export const CA_STATUSES = ['success', 'failure', 'notApplied', 'unknownFutureValue'] as const;
export type CaStatus = (typeof CA_STATUSES)[number];

/** Graph (beta) `signIn.authenticationRequirement`: observed values. */
export const AUTH_REQUIREMENTS = [
  'singleFactorAuthentication',
  'multiFactorAuthentication',
] as const;
export type AuthRequirement = (typeof AUTH_REQUIREMENTS)[number];

/** Exchange `Get-MobileDevice` `DeviceAccessState` (docs/domain.md 3.4). */
export const ACCESS_STATES = [
  'Allowed',
  'Blocked',
  'Quarantined',
  'DeviceDiscovery',
  'Unknown',
] as const;
export type AccessState = (typeof ACCESS_STATES)[number];

/** The common `DeviceAccessStateReason` values; others show as Exchange names them. */
export const ACCESS_STATE_REASONS = [
  'Global',
  'Individual',
  'DeviceRule',
  'Policy',
  'Upgrade',
  'Unknown',
] as const;
export type AccessStateReason = (typeof ACCESS_STATE_REASONS)[number];

/** Sign-in error codes worth a word (docs/domain.md 1.5); others show as the number. */
export const SIGN_IN_ERROR_CODES = [
  '50053',
  '50057',
  '50074',
  '50076',
  '50126',
  '53000',
  '53002',
  '53003',
] as const;
export type SignInErrorCode = (typeof SIGN_IN_ERROR_CODES)[number];

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
export const isAccessState = member(ACCESS_STATES);
export const isSignInErrorCode = member(SIGN_IN_ERROR_CODES);

/** `SelectInput` choices whose names are translation keys (react-admin translates them). */
export const choicesOf = (values: readonly string[], prefix: string) =>
  values.map((id) => ({ id, name: `${prefix}.${id}` }));
