/**
 * The one model every channel kind is formatted from (formatters.ts). It is what the outbox
 * stores (`notification_messages.payload`), so a message reads the same whenever it is
 * delivered; the link back to the dashboard is added at delivery from the channel's public URL.
 */
import type { AlertKind, CheckStatus, NotificationEvent, Severity } from '@posture/prisma/enums';

export const MESSAGE_VERSION = 1;

export interface NotificationAlert {
  id: string;
  checkId: string;
  /** The check's title (English; the dashboard translates, a message cannot). */
  title: string;
  severity: Severity;
  kind: AlertKind;
  beforeStatus: CheckStatus | null;
  afterStatus: CheckStatus | null;
  /** For RESOLVED: the status that resolved it. */
  latestStatus: CheckStatus | null;
  summary: string;
  /** How many items (users, devices, policies) became bad. */
  itemsCount: number;
}

export interface NotificationMessage {
  version: typeof MESSAGE_VERSION;
  /** The outbox message id: the idempotency key a receiver drops repeats by. */
  id: string;
  event: NotificationEvent;
  /** The tenant whose alerts changed (a test message: none, and the channel's name). */
  tenant: { id: string | null; name: string };
  /** When the alerts changed (ISO 8601). */
  at: string;
  /** The check run that changed them, or the person who did (acknowledge, resolve). */
  runId: string | null;
  actor: { by: string; comment: string | null } | null;
  /** Worst severity first. */
  alerts: NotificationAlert[];
}

/** Severity order, worst first (the Prisma enum's declaration order). */
export const SEVERITY_ORDER: readonly Severity[] = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFO'];

/** Whether `s` is at least as severe as `min`. */
export function atLeast(s: Severity, min: Severity): boolean {
  return SEVERITY_ORDER.indexOf(s) <= SEVERITY_ORDER.indexOf(min);
}

/**
 * The dashboard page of an alert. The dashboard is react-admin with a hash router and the
 * resource named `Alert` (web/src/App.tsx), so the alert page is `#/Alert/<id>/show`.
 */
export function alertLink(publicUrl: string | null, alertId: string): string | null {
  if (!publicUrl) return null;
  return `${publicUrl.replace(/\/+$/, '')}/#/Alert/${encodeURIComponent(alertId)}/show`;
}

/** The alerts list, for the "…and N more" of a message that cannot list them all. */
export function alertsLink(publicUrl: string | null): string | null {
  if (!publicUrl) return null;
  return `${publicUrl.replace(/\/+$/, '')}/#/Alert`;
}

const EVENT_WORDS: Record<NotificationEvent, string> = {
  OPENED: 'opened',
  ACKNOWLEDGED: 'acknowledged',
  RESOLVED: 'resolved',
  TEST: 'test message',
};

/** "Contoso: 3 alerts opened" — the one-line title every kind starts with. */
export function headline(m: NotificationMessage): string {
  if (m.event === 'TEST') return `posture watch: test message to ${m.tenant.name}`;
  const n = m.alerts.length;
  return `${m.tenant.name}: ${n} alert${n === 1 ? '' : 's'} ${EVENT_WORDS[m.event]}`;
}

/** "PASS → FAIL", or the one status known. */
export function statusChange(a: NotificationAlert, event: NotificationEvent): string {
  if (event === 'RESOLVED' && a.latestStatus) return `${a.afterStatus ?? '?'} → ${a.latestStatus}`;
  if (a.beforeStatus && a.afterStatus) return `${a.beforeStatus} → ${a.afterStatus}`;
  return a.afterStatus ?? a.latestStatus ?? '';
}

/** A message that says only that the channel works ("send test"). */
export function testMessage(id: string, channelName: string, at: Date): NotificationMessage {
  return {
    version: MESSAGE_VERSION,
    id,
    event: 'TEST',
    tenant: { id: null, name: channelName },
    at: at.toISOString(),
    runId: null,
    actor: null,
    alerts: [],
  };
}
