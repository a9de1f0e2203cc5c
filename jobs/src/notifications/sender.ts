import type { ChannelKind } from '@posture/prisma/enums';
import nodemailer from 'nodemailer';
import { emailBody, slackBody, teamsBody, webhookBody } from './formatters.js';
import type { NotificationMessage } from './message.js';
import { webhookHeaders } from './signing.js';

/** What a channel needs at send time, decrypted (never logged, never returned). */
export interface ChannelTarget {
  id: string;
  kind: ChannelKind;
  url: string | null;
  secret: string | null;
  emailTo: string[];
  publicUrl: string | null;
}

/** One attempt's outcome: what the receiver answered, without URLs or secrets. */
export interface SendOutcome {
  ok: boolean;
  /** HTTP status or SMTP reply code; null when nothing answered. */
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  /** From a 429/503 answer's Retry-After, in ms from now. */
  retryAfterMs: number | null;
}

export interface SenderOptions {
  /** Per attempt (HTTP request or SMTP conversation). */
  timeoutMs: number;
  /** smtp://host:port or smtps://user:pass@host:port; null: e-mail channels cannot send. */
  smtpUrl: string | null;
  smtpFrom: string;
}

const MAX_ERROR = 300;

/**
 * Sends one message to one channel. Errors are described by code and status only: a URL (Teams
 * and Slack URLs are credentials) or a receiver's body could carry secrets, so neither is kept.
 */
export class NotificationSender {
  private mailer: nodemailer.Transporter | null = null;

  constructor(private readonly options: SenderOptions) {}

  async send(
    target: ChannelTarget,
    m: NotificationMessage,
    now = new Date(),
  ): Promise<SendOutcome> {
    const started = performance.now();
    const done = (o: Omit<SendOutcome, 'durationMs'>): SendOutcome => ({
      ...o,
      error: o.error && o.error.slice(0, MAX_ERROR),
      durationMs: Math.round(performance.now() - started),
    });
    try {
      if (target.kind === 'EMAIL') return done(await this.sendEmail(target, m));
      if (!target.url) return done(fail(null, 'no URL is stored for this channel'));
      const payload =
        target.kind === 'TEAMS'
          ? teamsBody(m, target.publicUrl)
          : target.kind === 'SLACK'
            ? slackBody(m, target.publicUrl)
            : webhookBody(m, target.publicUrl);
      const body = JSON.stringify(payload);
      const headers =
        target.kind === 'WEBHOOK'
          ? webhookHeaders(target.secret, m.id, body, now)
          : { 'content-type': 'application/json', 'user-agent': 'posture-watch' };
      return done(await this.post(target.url, body, headers, now));
    } catch (err) {
      return done(fail(null, describe(err)));
    }
  }

  private async post(
    url: string,
    body: string,
    headers: Record<string, string>,
    now: Date,
  ): Promise<Omit<SendOutcome, 'durationMs'>> {
    let res: Response;
    try {
      res = await fetch(url, {
        method: 'POST',
        headers,
        body,
        // A redirect could send the body (and, for a webhook, the signature) elsewhere.
        redirect: 'manual',
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
    } catch (err) {
      const e = err as Error;
      if (e.name === 'TimeoutError' || e.name === 'AbortError')
        return fail(null, `no answer within ${Math.round(this.options.timeoutMs / 1000)} s`);
      return fail(null, describe(err));
    }
    // The answer's body is not kept (it may echo what we sent); reading it frees the socket.
    await res.arrayBuffer().catch(() => undefined);
    if (res.status >= 200 && res.status < 300) {
      return { ok: true, statusCode: res.status, error: null, retryAfterMs: null };
    }
    const retryAfterMs =
      res.status === 429 || res.status === 503
        ? parseRetryAfter(res.headers.get('retry-after'), now)
        : null;
    const reason =
      res.status >= 300 && res.status < 400
        ? 'the receiver redirected (not followed)'
        : `the receiver answered HTTP ${res.status}`;
    return { ok: false, statusCode: res.status, error: reason, retryAfterMs };
  }

  private async sendEmail(
    target: ChannelTarget,
    m: NotificationMessage,
  ): Promise<Omit<SendOutcome, 'durationMs'>> {
    if (!this.options.smtpUrl) return fail(null, 'SMTP_URL is not set: e-mail cannot be sent');
    if (target.emailTo.length === 0) return fail(null, 'no recipients');
    this.mailer ??= nodemailer.createTransport(this.options.smtpUrl, {
      connectionTimeout: this.options.timeoutMs,
      greetingTimeout: this.options.timeoutMs,
      socketTimeout: this.options.timeoutMs,
    });
    const { subject, text, html } = emailBody(m, target.publicUrl);
    try {
      const info = (await this.mailer.sendMail({
        from: this.options.smtpFrom,
        to: target.emailTo,
        subject,
        text,
        html,
        headers: { 'X-Posture-Delivery': m.id, 'Idempotency-Key': m.id },
      })) as { response?: string };
      const code = Number(/^(\d{3})/.exec(info.response ?? '')?.[1] ?? 250);
      return { ok: true, statusCode: code, error: null, retryAfterMs: null };
    } catch (err) {
      const e = err as { responseCode?: number; code?: string; message?: string };
      return fail(
        typeof e.responseCode === 'number' ? e.responseCode : null,
        `SMTP: ${e.code ?? 'error'}${e.responseCode ? ` ${e.responseCode}` : ''}`,
      );
    }
  }

  close(): void {
    this.mailer?.close();
    this.mailer = null;
  }
}

function fail(statusCode: number | null, error: string): Omit<SendOutcome, 'durationMs'> {
  return { ok: false, statusCode, error, retryAfterMs: null };
}

/**
 * A network error by its code (ECONNREFUSED, ENOTFOUND…), or its cause's message with anything
 * URL-like removed: never the URL (Teams and Slack URLs are credentials).
 */
function describe(err: unknown): string {
  const e = err as { code?: string; cause?: { code?: string; message?: string }; name?: string };
  const code = e.cause?.code ?? e.code;
  if (code) return `network error: ${code}`;
  const reason = e.cause?.message
    ?.replace(/[a-z][\w+.-]*:\/\/\S*/gi, '…')
    .replace(/[\w-]+(\.[\w-]+)+(:\d+)?/g, '…')
    .slice(0, 100);
  return reason ? `send failed: ${reason}` : `send failed: ${e.name ?? 'Error'}`;
}

/**
 * Retry-After: delay-seconds or an HTTP-date (RFC 9110, section 10.2.3), as ms from `now`;
 * null when absent or unreadable. A date in the past is 0.
 */
export function parseRetryAfter(value: string | null | undefined, now: Date): number | null {
  if (!value) return null;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - now.getTime());
}

/**
 * The wait before attempt `attempt + 1`: exponential backoff with full jitter (a random wait
 * between 0 and min(cap, base·2^(attempt−1))), never shorter than the receiver's Retry-After.
 */
export function retryDelayMs(
  attempt: number,
  policy: { baseMs: number; capMs: number },
  retryAfterMs: number | null,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
  const jittered = Math.floor(random() * ceiling);
  return Math.max(jittered, retryAfterMs ?? 0);
}
