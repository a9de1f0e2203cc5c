import {
  AlertKind,
  AuditOutcome,
  AlertState,
  ChannelKind,
  CheckStatus,
  DataSource,
  IngestionKind,
  NotificationEvent,
  RunStatus,
  Severity,
  WaiverScope,
} from '../gql/graphql';

/** Helpers over the enum objects generated from the schema (src/gql): never a copy of them. */

type EnumObject = Readonly<Record<string, string>>;

/** The values of a generated enum, in the order `rank` gives (presentation only). */
export function valuesOf<E extends EnumObject>(
  values: E,
  rank?: Readonly<Record<E[keyof E], number>>,
): Array<E[keyof E]> {
  const list = Object.values(values) as Array<E[keyof E]>;
  return rank ? list.sort((a, b) => rank[a] - rank[b]) : list;
}

/** A type guard for the values of a generated enum. */
export const memberOf =
  <E extends EnumObject>(values: E) =>
  (value: unknown): value is E[keyof E] =>
    typeof value === 'string' && (Object.values(values) as string[]).includes(value);

/** `SelectInput` choices whose names are translation keys (react-admin translates them). */
export const choicesOf = (values: readonly string[], prefix: string) =>
  values.map((id) => ({ id, name: `${prefix}.${id}` }));

// The schema's enums in display order. The ranks are presentation; the values, and the check
// that every value has a rank, come from the generated types.

export const CHECK_STATUSES = valuesOf(CheckStatus, {
  PASS: 0,
  WARN: 1,
  FAIL: 2,
  NOT_APPLICABLE: 3,
  ERROR: 4,
  WAIVED: 5,
});
export const SEVERITIES = valuesOf(Severity, { CRITICAL: 0, HIGH: 1, MEDIUM: 2, LOW: 3, INFO: 4 });
export const SOURCES = valuesOf(DataSource, {
  exchangeOnline: 0,
  exchangeOnPremises: 1,
  entra: 2,
  signIns: 3,
});
export const RUN_STATUSES = valuesOf(RunStatus, { RUNNING: 0, SUCCEEDED: 1, FAILED: 2 });
export const INGESTION_KINDS = valuesOf(IngestionKind, { SIGNINS: 0, SNAPSHOT: 1 });
export const WAIVER_SCOPES = valuesOf(WaiverScope, { TENANT: 0, ITEMS: 1 });

export const AUDIT_OUTCOMES = valuesOf(AuditOutcome, { SUCCEEDED: 0, FAILED: 1, DENIED: 2 });

export const isCheckStatus = memberOf(CheckStatus);
export const isAuditOutcome = memberOf(AuditOutcome);
export const isSeverity = memberOf(Severity);
export const isSource = memberOf(DataSource);
export const isRunStatus = memberOf(RunStatus);
export const ALERT_STATES = valuesOf(AlertState, { OPEN: 0, ACKNOWLEDGED: 1, RESOLVED: 2 });
export const ALERT_KINDS = valuesOf(AlertKind, {
  REGRESSION: 0,
  BLIND_SPOT: 1,
  WAIVER_EXPIRED: 2,
  DRIFT: 3,
});
export const isAlertState = memberOf(AlertState);

export const CHANNEL_KINDS = valuesOf(ChannelKind, { WEBHOOK: 0, TEAMS: 1, SLACK: 2, EMAIL: 3 });
export const NOTIFICATION_EVENTS = valuesOf(NotificationEvent, {
  OPENED: 0,
  ACKNOWLEDGED: 1,
  RESOLVED: 2,
  TEST: 3,
});
