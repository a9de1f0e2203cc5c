import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { NotificationChannel, NotificationMessage as OutboxRow } from '@posture/prisma';
import pg from 'pg';
import { Db } from '../database/db.js';
import type { NotificationMessage } from './message.js';
import { NotificationsRepository, OUTBOX_CHANNEL } from './notifications.repository.js';
import { NotificationsService } from './notifications.service.js';
import { NOTIFICATION_OPTIONS, type NotificationOptions } from './options.js';
import { NotificationSender, retryDelayMs, type SendOutcome } from './sender.js';

/**
 * Delivers the outbox (notification_messages). Any number of processes may run one; each claims
 * due rows with `FOR UPDATE SKIP LOCKED` and a lease, so a row is worked by one of them at a
 * time, and a process that dies mid-send (SIGKILL) leaves the row to be claimed again when the
 * lease runs out: at least once, with the message id as idempotency key.
 *
 * Why the outbox table and not a pg-boss queue: the table is already the durable record written
 * in the alert change's transaction, and delivery state (attempts, backoff with Retry-After,
 * expiry, per-channel concurrency) belongs to each message; a pg-boss job per message would be a
 * second copy of that state to keep in step. pg-boss remains the check-run queue.
 *
 * Promptness: the enqueueing transaction sends NOTIFY (delivered on commit) and this worker
 * LISTENs; the periodic sweep finds anything else (a lost nudge, a retry coming due, a crash).
 * Messages go out concurrently (up to `concurrency`), each with a time limit, and a channel
 * already being sent to is skipped in the next claim: a dead or slow channel holds only itself.
 */
@Injectable()
export class NotificationDeliveryWorker implements OnApplicationShutdown {
  private readonly log = new Logger('Notifications');
  private readonly sender: NotificationSender;
  private timer: NodeJS.Timeout | null = null;
  private listener: pg.Client | null = null;
  private readonly inFlight = new Map<string, Promise<void>>();
  private readonly busyChannels = new Map<string, number>();
  private sweeping = false;
  private again = false;
  private stopped = true;

  constructor(
    @Inject(Db) private readonly db: Db,
    @Inject(NotificationsRepository) private readonly repo: NotificationsRepository,
    @Inject(NotificationsService) private readonly service: NotificationsService,
    @Inject(NOTIFICATION_OPTIONS) private readonly options: NotificationOptions,
  ) {
    this.sender = new NotificationSender(options);
  }

  private get leaseMs(): number {
    return this.options.timeoutMs * 3 + 5_000;
  }

  async start(): Promise<void> {
    if (!this.stopped) return;
    this.stopped = false;
    this.timer = setInterval(() => this.nudge(), this.options.sweepMs);
    await this.listen().catch((err: unknown) =>
      this.log.warn(`outbox: LISTEN failed, relying on the sweep: ${String(err)}`),
    );
    this.nudge();
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.db.url });
    client.on('error', () => {
      // The sweep keeps delivering; a new listener is tried on the next start.
      this.listener = null;
    });
    client.on('notification', () => this.nudge());
    await client.connect();
    await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
    this.listener = client;
  }

  /** Look at the outbox now (after a commit, a finished delivery, a tick). */
  nudge(): void {
    if (this.stopped) return;
    void this.sweep().catch((err: unknown) =>
      this.log.error(`outbox sweep failed: ${String(err)}`),
    );
  }

  /** One pass: expire what is past its time, claim what is due, start sending it. */
  async sweep(): Promise<void> {
    if (this.sweeping) {
      this.again = true;
      return;
    }
    this.sweeping = true;
    try {
      do {
        this.again = false;
        await this.repo.expireDue(new Date());
        const free = this.options.concurrency - this.inFlight.size;
        if (free <= 0) break;
        const claimed = await this.repo.claimDue(free, [...this.busyChannels.keys()], this.leaseMs);
        if (claimed.length === 0) break;
        const channels = new Map(
          (await this.repo.channelsByIds([...new Set(claimed.map((m) => m.channelId))])).map(
            (c) => [c.id, c],
          ),
        );
        for (const row of claimed) this.track(row, channels.get(row.channelId));
        if (claimed.length === free) this.again = true;
      } while (this.again && !this.stopped);
    } finally {
      this.sweeping = false;
    }
  }

  private track(row: OutboxRow, channel: NotificationChannel | undefined): void {
    this.busyChannels.set(row.channelId, (this.busyChannels.get(row.channelId) ?? 0) + 1);
    const work = this.deliver(row, channel)
      .catch((err: unknown) =>
        this.log.error(`delivering message ${row.id} failed: ${String(err)}`),
      )
      .finally(() => {
        this.inFlight.delete(row.id);
        const n = (this.busyChannels.get(row.channelId) ?? 1) - 1;
        if (n <= 0) this.busyChannels.delete(row.channelId);
        else this.busyChannels.set(row.channelId, n);
        this.nudge();
      });
    this.inFlight.set(row.id, work);
  }

  private async deliver(row: OutboxRow, channel: NotificationChannel | undefined): Promise<void> {
    const message = row.payload as unknown as NotificationMessage;
    let outcome: SendOutcome;
    if (!channel) {
      outcome = {
        ok: false,
        statusCode: null,
        error: 'channel deleted',
        durationMs: 0,
        retryAfterMs: null,
      };
    } else if (!channel.enabled) {
      outcome = {
        ok: false,
        statusCode: null,
        error: 'channel disabled',
        durationMs: 0,
        retryAfterMs: null,
      };
    } else {
      outcome = await this.sender.send(this.service.target(channel), message);
    }
    const now = new Date();
    const wait = retryDelayMs(
      row.attempts,
      { baseMs: this.options.retryBaseMs, capMs: this.options.retryCapMs },
      outcome.retryAfterMs,
    );
    const next = new Date(now.getTime() + wait);
    const state = outcome.ok ? 'DELIVERED' : next >= row.expiresAt ? 'EXPIRED' : 'PENDING';
    await this.repo.recordAttempt(
      row,
      {
        channelId: row.channelId,
        tenantId: row.tenantId,
        messageId: row.id,
        event: row.event,
        attempt: row.attempts,
        ok: outcome.ok,
        statusCode: outcome.statusCode,
        error: outcome.error,
        durationMs: outcome.durationMs,
        nextAttemptAt: state === 'PENDING' ? next : null,
      },
      state,
      now,
    );
    if (!outcome.ok) {
      this.log.warn(
        `message ${row.id} to channel ${row.channelId}: attempt ${row.attempts} failed (${outcome.error}); ${state === 'PENDING' ? `next try ${next.toISOString()}` : 'expired'}`,
      );
    }
  }

  /** Stops claiming; what is being sent finishes (each attempt has its time limit). */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.listener?.end().catch(() => undefined);
    this.listener = null;
    await Promise.allSettled([...this.inFlight.values()]);
    this.sender.close();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }
}
