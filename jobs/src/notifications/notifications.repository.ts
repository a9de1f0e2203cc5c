import { Inject, Injectable } from '@nestjs/common';
import type {
  NotificationChannel,
  NotificationDelivery,
  NotificationEvent,
  NotificationMessage as OutboxRow,
  Prisma,
} from '@posture/prisma';
import type { ListArgs } from '../common/list-args.js';
import { pageOf, sortOf } from '../common/repository-helpers.js';
import { Db, type Tx } from '../database/db.js';

/** The channel that asks workers to look at the outbox now (NOTIFY is delivered on commit). */
export const OUTBOX_CHANNEL = 'posture_outbox';

export interface NewOutboxRow {
  tenantId: string;
  id: string;
  channelId: string;
  runId: string | null;
  event: NotificationEvent;
  alertIds: string[];
  payload: Prisma.InputJsonValue;
  expiresAt: Date;
}

export interface DeliveryFilter {
  channelId?: string | null;
  ok?: boolean | null;
}

export interface AttemptRecord {
  channelId: string;
  tenantId: string | null;
  messageId: string | null;
  event: NotificationEvent;
  attempt: number;
  ok: boolean;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  nextAttemptAt: Date | null;
}

@Injectable()
export class NotificationsRepository {
  constructor(@Inject(Db) private readonly db: Db) {}

  // --- Within an alert change's transaction --------------------------------------------------

  /** Enabled channels that carry this tenant's alerts (theirs, or every tenant's). */
  channelsFor(tx: Tx, tenantId: string): Promise<NotificationChannel[]> {
    return tx.notificationChannel.findMany({
      where: {
        enabled: true,
        OR: [{ tenantIds: { isEmpty: true } }, { tenantIds: { has: tenantId } }],
      },
      orderBy: { createdAt: 'asc' },
    });
  }

  async tenantName(tx: Tx, tenantId: string): Promise<string> {
    const t = await tx.tenant.findUnique({ where: { id: tenantId }, select: { name: true } });
    return t?.name ?? tenantId;
  }

  async insert(tx: Tx, rows: NewOutboxRow[]): Promise<void> {
    if (rows.length === 0) return;
    await tx.notificationMessage.createMany({ data: rows });
    await tx.$executeRaw`SELECT pg_notify(${OUTBOX_CHANNEL}, '')`;
  }

  // --- Delivery -------------------------------------------------------------------------------

  /** PENDING messages past their expiry that nobody is working on become EXPIRED. */
  async expireDue(now: Date): Promise<number> {
    return this.db.prisma.notificationMessage
      .updateMany({
        where: { state: 'PENDING', expiresAt: { lte: now }, nextAttemptAt: { lte: now } },
        data: { state: 'EXPIRED' },
      })
      .then((r) => r.count);
  }

  /**
   * Claims up to `limit` due messages, skipping rows another worker holds and channels this
   * worker is already sending to: each claimed row's next attempt moves `leaseMs` ahead (a
   * worker that dies mid-send leaves it to be claimed again then) and its attempt count grows.
   * A channel gets its messages in the order they were written: only its oldest PENDING message
   * (the head) may be claimed, so an acknowledgement never overtakes the opening it follows, and
   * a message waiting for a retry holds the later ones of its channel (never another channel's).
   */
  async claimDue(limit: number, busyChannels: string[], leaseMs: number): Promise<OutboxRow[]> {
    const rows = await this.db.prisma.$queryRaw<Array<{ tenant_id: string; id: string }>>`
      WITH heads AS (
        SELECT DISTINCT ON (channel_id) tenant_id, id, channel_id, next_attempt_at
          FROM notification_messages
         WHERE state = 'PENDING' AND expires_at > now()
         ORDER BY channel_id, created_at, id),
      due AS (
        SELECT m.tenant_id, m.id FROM notification_messages m
          JOIN heads h ON h.tenant_id = m.tenant_id AND h.id = m.id
         WHERE h.next_attempt_at <= now()
           AND NOT (h.channel_id = ANY(${busyChannels}::uuid[]))
         ORDER BY h.next_attempt_at
         LIMIT ${limit}
         FOR UPDATE OF m SKIP LOCKED)
      UPDATE notification_messages m
         SET attempts = m.attempts + 1,
             next_attempt_at = now() + make_interval(secs => ${leaseMs / 1000}::float8)
        FROM due
       WHERE m.tenant_id = due.tenant_id AND m.id = due.id
      RETURNING m.tenant_id::text AS tenant_id, m.id::text AS id`;
    if (rows.length === 0) return [];
    return this.db.prisma.notificationMessage.findMany({
      where: { OR: rows.map((r) => ({ tenantId: r.tenant_id, id: r.id })) },
    });
  }

  channelsByIds(ids: string[]): Promise<NotificationChannel[]> {
    return this.db.prisma.notificationChannel.findMany({ where: { id: { in: ids } } });
  }

  /**
   * Records one attempt of a claimed message and moves the message on: DELIVERED, EXPIRED, or
   * PENDING until `nextAttemptAt`. Only while the claim is still this worker's (same attempt
   * count): a worker whose lease ran out and was overtaken records its attempt but moves nothing.
   */
  async recordAttempt(
    row: OutboxRow,
    rec: AttemptRecord,
    state: 'DELIVERED' | 'EXPIRED' | 'PENDING',
    at: Date,
  ): Promise<void> {
    await this.db.prisma.$transaction([
      this.db.prisma.notificationDelivery.create({ data: rec }),
      this.db.prisma.notificationMessage.updateMany({
        where: { tenantId: row.tenantId, id: row.id, attempts: row.attempts, state: 'PENDING' },
        data: {
          state,
          ...(state === 'DELIVERED' ? { deliveredAt: at } : {}),
          ...(state === 'PENDING' && rec.nextAttemptAt ? { nextAttemptAt: rec.nextAttemptAt } : {}),
        },
      }),
    ]);
  }

  recordTest(rec: AttemptRecord): Promise<NotificationDelivery> {
    return this.db.prisma.notificationDelivery.create({ data: rec });
  }

  // --- Channels -------------------------------------------------------------------------------

  allChannels(): Promise<NotificationChannel[]> {
    return this.db.prisma.notificationChannel.findMany({ orderBy: { createdAt: 'asc' } });
  }

  channel(id: string): Promise<NotificationChannel | null> {
    return this.db.prisma.notificationChannel.findUnique({ where: { id } });
  }

  createChannel(data: Prisma.NotificationChannelCreateInput): Promise<NotificationChannel> {
    return this.db.prisma.notificationChannel.create({ data });
  }

  updateChannel(
    id: string,
    data: Prisma.NotificationChannelUpdateInput,
  ): Promise<NotificationChannel> {
    return this.db.prisma.notificationChannel.update({ where: { id }, data });
  }

  async deleteChannel(id: string): Promise<void> {
    await this.db.prisma.notificationChannel.delete({ where: { id } });
  }

  /** The newest attempt of each listed channel. */
  async lastDeliveries(channelIds: string[]): Promise<Map<string, NotificationDelivery>> {
    if (channelIds.length === 0) return new Map();
    const rows = await this.db.prisma.$queryRaw<Array<{ id: string }>>`
      SELECT d.id::text AS id
        FROM unnest(${channelIds}::uuid[]) AS c(id)
        CROSS JOIN LATERAL (
          SELECT id FROM notification_deliveries x WHERE x.channel_id = c.id
           ORDER BY x.created_at DESC LIMIT 1) d`;
    const found = await this.db.prisma.notificationDelivery.findMany({
      where: { id: { in: rows.map((r) => r.id) } },
    });
    return new Map(found.map((d) => [d.channelId, d]));
  }

  private deliveryWhere(
    channelIds: string[],
    f: DeliveryFilter,
  ): Prisma.NotificationDeliveryWhereInput {
    return {
      channelId: f.channelId
        ? { in: channelIds.filter((c) => c === f.channelId) }
        : { in: channelIds },
      ...(typeof f.ok === 'boolean' ? { ok: f.ok } : {}),
    };
  }

  deliveries(
    channelIds: string[],
    f: DeliveryFilter,
    args: ListArgs,
  ): Promise<NotificationDelivery[]> {
    return this.db.prisma.notificationDelivery.findMany({
      where: this.deliveryWhere(channelIds, f),
      orderBy: [
        sortOf(args, {
          fields: ['createdAt', 'statusCode', 'durationMs', 'attempt'],
          fallback: 'createdAt',
          fallbackDirection: 'desc',
        }),
        { id: 'asc' },
      ],
      ...pageOf(args),
    });
  }

  countDeliveries(channelIds: string[], f: DeliveryFilter): Promise<number> {
    return this.db.prisma.notificationDelivery.count({ where: this.deliveryWhere(channelIds, f) });
  }

  /** A message's state, for the deliveries list ("will be retried", "expired"). */
  messages(keys: Array<{ tenantId: string; id: string }>): Promise<OutboxRow[]> {
    if (keys.length === 0) return Promise.resolve([]);
    return this.db.prisma.notificationMessage.findMany({
      where: { OR: keys.map((k) => ({ tenantId: k.tenantId, id: k.id })) },
    });
  }
}
