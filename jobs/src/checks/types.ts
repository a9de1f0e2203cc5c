/**
 * The contract between the tenant view (built from storage by view.service.ts) and the check
 * catalogue (pure functions in catalogue/). Nothing here does I/O.
 *
 * Cmdlet and Graph objects keep Microsoft's field names; their types are inferred from the
 * ingestion schemas. Their fields are optional there on purpose: real cmdlet output always
 * carries every property, so a missing key means a broken collector, and a check must answer
 * ERROR rather than guess (docs/checks.md, "How a result is decided"). `null` is a value the
 * cmdlet really returns ($null).
 */

import { CheckStatus, Severity } from '@posture/prisma/enums';
import type { Message } from './catalogue/messages.js';
import type {
  EntraData,
  ExchangeOnlineData,
  ExchangeOnPremisesData,
  SnapshotSourceName,
} from '../ingest/snapshot.schema.js';

// Declared once, as the database enums (prisma/schema.prisma); the runner stores them as they are.
export type { CheckStatus, Severity };
/** In the order schema.prisma declares them. */
export const CHECK_STATUSES: readonly CheckStatus[] = Object.values(CheckStatus);
/**
 * Results "failing first": findings, then what cannot be verified, then what needs nothing
 * (the `statusRank` sort of check results; within a status, most severe first).
 */
export const FAILING_FIRST: readonly CheckStatus[] = [
  'FAIL',
  'WARN',
  'ERROR',
  'WAIVED',
  'PASS',
  'NOT_APPLICABLE',
];
/** Most severe first, in the order schema.prisma declares them. */
export const SEVERITIES: readonly Severity[] = Object.values(Severity);

/**
 * What a check's metric measures: COUNT, a number of things (users, devices, policies, sign-ins);
 * RATIO, a share from 0 to 1 (covered / total), which the dashboard shows as a percentage.
 */
export const METRIC_UNITS = ['COUNT', 'RATIO'] as const;
export type MetricUnit = (typeof METRIC_UNITS)[number];

export type { SnapshotSourceName };
export type SourceName = SnapshotSourceName | 'signIns';

// ---------------------------------------------------------------------------------------------
// Snapshot data: inferred from the ingestion schemas (ingest/snapshot.schema.ts), so a check reads
// exactly the shape ingestion accepted. Objects there are loose: unknown keys are kept.

export type { EntraData, ExchangeOnlineData, ExchangeOnPremisesData };

type Item<L> = NonNullable<L> extends readonly (infer T)[] ? T : never;

// Exchange objects (PascalCase, as the cmdlets return them)
export type ExoAuthenticationPolicy = Item<ExchangeOnlineData['authenticationPolicies']>;
export type OnPremAuthenticationPolicy = Item<ExchangeOnPremisesData['authenticationPolicies']>;
/** Get-User, on-premises and online alike. */
export type ExchangeUser = Item<ExchangeOnlineData['users'] | ExchangeOnPremisesData['users']>;
export type CasMailbox = Item<ExchangeOnlineData['casMailboxes']>;
export type DeviceAccessRule = Item<ExchangeOnPremisesData['activeSyncDeviceAccessRules']>;
export type MobileDevice = Item<ExchangeOnPremisesData['mobileDevices']>;
export type AuthServer = Item<ExchangeOnPremisesData['authServers']>;
export type VirtualDirectory = Item<ExchangeOnPremisesData['virtualDirectories']>;
export type ExchangeServer = Item<ExchangeOnPremisesData['exchangeServers']>;
export type OnPremCasMailbox = Item<ExchangeOnPremisesData['casMailboxes']>;
export type ExchangeServicePrincipal = NonNullable<EntraData['exchangeServicePrincipal']>;

// Entra objects (camelCase, as Graph returns them)
export type ConditionalAccessPolicy = Item<EntraData['conditionalAccessPolicies']>;
export type EntraUser = Item<EntraData['users']>;
export type EntraGroup = Item<EntraData['groups']>;
export type GroupMember = Item<EntraGroup['members']>;
export type NamedLocation = Item<EntraData['namedLocations']>;
export type AuthenticationStrengthPolicy = Item<EntraData['authenticationStrengthPolicies']>;
/** An Intune iOS or Android app protection policy (managedAppProtection) with apps and assignments. */
export type ManagedAppProtection = Item<EntraData['iosManagedAppProtections']>;

// ---------------------------------------------------------------------------------------------
// Sources in the view

/** One snapshot source as the check sees it (docs/checks.md, "How a result is decided"). */
export type SourceView<T> =
  | { state: 'ABSENT' }
  | { state: 'STALE'; snapshotId: string; capturedAt: Date; maxAgeHours: number }
  | { state: 'PRESENT'; snapshotId: string; capturedAt: Date; data: T };

/** A capped list: at most `cap` items, with the true total. */
export interface Capped<T> {
  items: T[];
  total: number;
}

export interface TimeWindow {
  from: Date;
  to: Date;
}

/**
 * Sign-in aggregates, computed in SQL over the look-back window (never raw rows in memory).
 * `state` follows the same rules as snapshot sources; PARTIAL means pulled sign-ins do not
 * cover the whole window, and every SIGNIN.* check is then ERROR.
 */
export type SignInView =
  | { state: 'ABSENT' }
  | { state: 'STALE'; lastEventAt: Date | null; maxAgeHours: number }
  | { state: 'PARTIAL'; window: TimeWindow; coveredFrom: Date | null }
  | ({ state: 'PRESENT'; window: TimeWindow; previousWindow: TimeWindow } & SignInAggregates);

export interface SignInAggregates {
  /** Events in the window, all kinds. */
  totalEvents: number;
  /** clientAppUsed values seen in the window that are neither a known legacy protocol nor modern. */
  unknownClientApps: string[];
  /** Successful legacy sign-ins, per user and protocol. */
  legacySuccess: {
    count: number;
    byUserProtocol: Capped<{
      userPrincipalName: string;
      clientAppUsed: string;
      count: number;
      firstSeen: Date;
      lastSeen: Date;
      sampleIds: string[];
    }>;
  };
  /** Failed legacy attempts in this window and the previous one of equal length. */
  legacyFailures: {
    current: number;
    previous: number;
    users: Capped<{
      userPrincipalName: string;
      clientAppUsed: string;
      count: number;
      lastSeen: Date;
    }>;
  };
  /** Successful `Exchange ActiveSync` sign-ins (Basic-auth EAS, whatever the client). */
  easSuccess: Capped<{
    userPrincipalName: string;
    deviceId: string | null;
    operatingSystem: string | null;
    userAgent: string | null;
    count: number;
  }>;
  /** Successful modern Exchange Online sign-ins from iOS/Android by an app not in the tenant's approved list. */
  unapprovedMobileApps: Capped<{
    userPrincipalName: string;
    appId: string | null;
    appDisplayName: string | null;
    operatingSystem: string | null;
    count: number;
  }>;
  /** Successful interactive Exchange Online sign-ins and how many carried MFA. */
  mfa: {
    considered: number;
    withMfa: number;
    /** Events left out because they lack authenticationRequirement (v1.0-shaped events). */
    missingRequirement: number;
    /** The same ratio per rollout wave (members joined on UPN). */
    byWave: Array<{ waveId: string; waveName: string; considered: number; withMfa: number }>;
  };
  /** Successful Exchange Online sign-ins with conditionalAccessStatus = notApplied. */
  caNotApplied: {
    count: number;
    users: Capped<{ userPrincipalName: string; count: number }>;
  };
}

export interface RolloutWaveView {
  id: string;
  name: string;
  /** entra.groups[].id */
  groupId: string;
  order: number;
  plannedAt: Date | null;
}

export interface WaiverView {
  id: string;
  checkId: string;
  scope: 'TENANT' | 'ITEMS';
  /** Lower-cased UPNs, object ids or device ids. */
  items: string[];
  reason: string;
  author: string;
  expiresAt: Date;
}

export interface TenantSettingsView {
  /** Sign-in look-back window in days (default 7). */
  signInLookbackDays: number;
  /** Mobile device look-back window in days (default 30). */
  deviceLookbackDays: number;
  /** Pilot coverage at or above this ratio is WARN rather than FAIL (default 0.95). */
  pilotCoverageThreshold: number;
  /** Failed legacy attempts may rise this much (0.5 = +50%) before WARN. */
  legacyAttemptRiseThreshold: number;
  /** UPNs or object ids of emergency-access (break-glass) accounts. */
  emergencyAccessAccounts: string[];
  /** Lower-cased application ids allowed to reach Exchange Online from iOS and Android. */
  approvedMobileAppIds: string[];
  /** Sources the tenant declares it has, even before any data arrived. */
  declaredSources: SourceName[];
  /** A source whose newest data is older than this is stale (default 48). */
  maxSourceAgeHours: number;
}

export interface TenantView {
  tenantId: string;
  /** The evaluation time; checks never read the clock themselves. */
  now: Date;
  settings: TenantSettingsView;
  exchangeOnline: SourceView<ExchangeOnlineData>;
  exchangeOnPremises: SourceView<ExchangeOnPremisesData>;
  entra: SourceView<EntraData>;
  signIns: SignInView;
  waves: RolloutWaveView[];
  /** Active waivers only (not expired, not revoked). */
  waivers: WaiverView[];
}

// ---------------------------------------------------------------------------------------------
// Checks

/** What a check's evaluate() returns; the runner turns it into a stored CheckResult. */
export interface CheckOutcome {
  status: Exclude<CheckStatus, 'WAIVED' | 'NOT_APPLICABLE'> | 'NOT_APPLICABLE';
  metric: number | null;
  summary: string;
  /** The summary as a message code with parameters (messages.ts); the web translates it. */
  message?: Message;
  evidence: Record<string, unknown>;
  /**
   * The remediation for this result, written with the tenant's own names (policies, users,
   * servers, device ids) from the evidence; absent: the check's generic remediation.
   */
  remediation?: string;
  /**
   * Keys (lower-cased UPN, object id or device id) of the items that make the check WARN/FAIL.
   * The runner applies waivers to them: when every failing item is waived, the result is WAIVED.
   */
  failingItems?: string[];
}

/**
 * When a check itself returns each status, in a sentence (docs/checks.md is generated from it,
 * and registry.spec.ts evaluates a scenario for every status declared). The runner's own
 * outcomes (absent source → NOT_APPLICABLE, stale → ERROR, waived → WAIVED) are not repeated.
 */
export type CheckOutcomes = { PASS: string } & Partial<
  Record<Exclude<CheckStatus, 'PASS' | 'WAIVED'>, string>
>;

export interface CheckDefinition {
  id: string;
  title: string;
  severity: Severity;
  /** What `metric` measures in every outcome of this check. */
  metricUnit: MetricUnit;
  /** Sources the check reads; absent → NOT_APPLICABLE, stale/partial → ERROR (by the runner). */
  sources: SourceName[];
  description: string;
  outcomes: CheckOutcomes;
  /** Which step of the seed article it enforces. */
  rationale: string;
  /** The exact cmdlet or portal step. */
  remediation: string;
  evaluate(view: TenantView): CheckOutcome;
}

export interface EvaluatedCheck {
  checkId: string;
  status: CheckStatus;
  severity: Severity;
  metric: number | null;
  summary: string;
  /** The summary as a message; null for a check whose summaries are not messages yet. */
  message: Message | null;
  evidence: Record<string, unknown>;
  remediation: string;
  snapshotId: string | null;
  window: TimeWindow | null;
}
