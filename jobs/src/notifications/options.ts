/** How notifications are sent; api/src/config.ts reads them from the environment (README). */
export interface NotificationOptions {
  /** Deliver the outbox in this process when its job worker runs (NOTIFY_DELIVERY). */
  deliver: boolean;
  /** How often a worker looks for due messages, whether nudged or not (NOTIFY_SWEEP_MS). */
  sweepMs: number;
  /** Backoff: base and cap of the exponential wait with full jitter. */
  retryBaseMs: number;
  retryCapMs: number;
  /** A message not delivered by then is given up (EXPIRED). */
  expiryMs: number;
  /** One attempt's time limit. */
  timeoutMs: number;
  /** Messages sent at once by one process, across channels. */
  concurrency: number;
  /** Allow http:// channel URLs to this machine (localhost, 127.0.0.1, ::1): tests and demos. */
  allowHttpLocal: boolean;
  smtpUrl: string | null;
  smtpFrom: string;
}

export const NOTIFICATION_OPTIONS = Symbol('NOTIFICATION_OPTIONS');

export const DEFAULT_NOTIFICATION_OPTIONS: NotificationOptions = {
  deliver: true,
  sweepMs: 5_000,
  retryBaseMs: 10_000,
  retryCapMs: 60 * 60_000,
  expiryMs: 24 * 60 * 60_000,
  timeoutMs: 10_000,
  concurrency: 16,
  allowHttpLocal: false,
  smtpUrl: null,
  smtpFrom: 'posture watch <posture@localhost>',
};
