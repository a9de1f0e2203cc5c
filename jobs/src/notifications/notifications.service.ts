import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type {
  Alert,
  NotificationChannel,
  NotificationDelivery,
  NotificationEvent,
  NotificationState,
  Prisma,
} from '@posture/prisma';
import { findCheck } from '../checks/registry.js';
import type { ListArgs } from '../common/list-args.js';
import { isUuid } from '../common/list-args.js';
import { decryptSecret, encryptSecret } from '../connectors/secret-box.js';
import type { Tx } from '../database/db.js';
import { Forbidden, InvalidInput, NotFound } from '../errors.js';
import { canSee, type TenantScope } from '../scope.js';
import { SECRET_KEY } from '../secret-key.js';
import { TenantsService } from '../tenants/tenants.service.js';
import { cleanChannelInput, maskHost, type ChannelInput } from './channel-input.js';
import {
  atLeast,
  MESSAGE_VERSION,
  SEVERITY_ORDER,
  testMessage,
  type NotificationAlert,
  type NotificationMessage,
} from './message.js';
import {
  NotificationsRepository,
  type DeliveryFilter,
  type NewOutboxRow,
} from './notifications.repository.js';
import { NOTIFICATION_OPTIONS, type NotificationOptions } from './options.js';
import { NotificationSender, type ChannelTarget, type SendOutcome } from './sender.js';

export type { ChannelInput, DeliveryFilter };

/** What the API shows of a channel: never the URL or the secret, only that they are stored. */
export type ChannelView = Omit<NotificationChannel, 'urlEncrypted' | 'secretEncrypted'> & {
  hasUrl: boolean;
  hasSecret: boolean;
  lastDelivery: NotificationDelivery | null;
};

export type DeliveryView = NotificationDelivery & { messageState: NotificationState | null };

/** Who changed alerts, when a person did (acknowledge, resolve). */
export interface AlertActor {
  by: string;
  comment: string | null;
}

/**
 * Notification channels and the outbox. `enqueue` runs inside the transaction that changes the
 * alerts (a check run's, or a person's acknowledge/resolve), so a message exists exactly when
 * its change commits; NotificationDeliveryWorker delivers it.
 */
@Injectable()
export class NotificationsService {
  private readonly sender: NotificationSender;

  constructor(
    @Inject(NotificationsRepository) private readonly repo: NotificationsRepository,
    @Inject(TenantsService) private readonly tenants: TenantsService,
    @Inject(SECRET_KEY) private readonly key: Buffer,
    @Inject(NOTIFICATION_OPTIONS) private readonly options: NotificationOptions,
  ) {
    this.sender = new NotificationSender(options);
  }

  // --- The outbox -----------------------------------------------------------------------------

  /**
   * Writes one message per matching channel listing every alert of this change it carries
   * (several alerts of one run go out as one message). Matching: enabled, the tenant in the
   * channel's tenants (or all), severity at least its minimum, kind among its kinds (or all),
   * and ACKNOWLEDGED only where the channel asks for it.
   */
  async enqueue(
    tx: Tx,
    tenantId: string,
    event: Exclude<NotificationEvent, 'TEST'>,
    alerts: readonly Alert[],
    context: { runId: string | null; actor: AlertActor | null; at: Date },
  ): Promise<number> {
    if (alerts.length === 0) return 0;
    const channels = await this.repo.channelsFor(tx, tenantId);
    if (channels.length === 0) return 0;
    const tenant = { id: tenantId, name: await this.repo.tenantName(tx, tenantId) };
    const rows: NewOutboxRow[] = [];
    for (const ch of channels) {
      if (event === 'ACKNOWLEDGED' && !ch.notifyOnAcknowledge) continue;
      const carried = alerts.filter(
        (a) =>
          atLeast(a.severity, ch.minSeverity) &&
          (ch.kinds.length === 0 || ch.kinds.includes(a.kind)),
      );
      if (carried.length === 0) continue;
      const id = randomUUID();
      const message: NotificationMessage = {
        version: MESSAGE_VERSION,
        id,
        event,
        tenant,
        at: context.at.toISOString(),
        runId: context.runId,
        actor: context.actor,
        alerts: carried.map(toNotificationAlert).sort(bySeverity),
      };
      rows.push({
        tenantId,
        id,
        channelId: ch.id,
        runId: context.runId,
        event,
        alertIds: carried.map((a) => a.id),
        payload: message as unknown as Prisma.InputJsonValue,
        expiresAt: new Date(context.at.getTime() + this.options.expiryMs),
      });
    }
    await this.repo.insert(tx, rows);
    return rows.length;
  }

  /** enqueue for changes by a person, which may span tenants: one message per tenant and channel. */
  async enqueueByPerson(
    tx: Tx,
    event: 'ACKNOWLEDGED' | 'RESOLVED',
    alerts: readonly Alert[],
    actor: AlertActor,
    at: Date,
  ): Promise<void> {
    const byTenant = new Map<string, Alert[]>();
    for (const a of alerts) byTenant.set(a.tenantId, [...(byTenant.get(a.tenantId) ?? []), a]);
    for (const [tenantId, list] of byTenant) {
      await this.enqueue(tx, tenantId, event, list, { runId: null, actor, at });
    }
  }

  /** Decrypted send-time view of a channel (stays in the process: never logged or returned). */
  target(ch: NotificationChannel): ChannelTarget {
    return {
      id: ch.id,
      kind: ch.kind,
      url: ch.urlEncrypted ? decryptSecret(this.key, ch.urlEncrypted) : null,
      secret: ch.secretEncrypted ? decryptSecret(this.key, ch.secretEncrypted) : null,
      emailTo: ch.emailTo,
      publicUrl: ch.publicUrl,
    };
  }

  // --- Channels (ADMIN) -----------------------------------------------------------------------

  /**
   * A scope sees a channel when it sees every tenant the channel carries; a channel for every
   * tenant only an unrestricted scope sees.
   */
  private visible(scope: TenantScope, ch: NotificationChannel): boolean {
    if (scope.tenantIds === 'ALL') return true;
    return ch.tenantIds.length > 0 && ch.tenantIds.every((t) => canSee(scope, t));
  }

  private async view(channels: NotificationChannel[]): Promise<ChannelView[]> {
    const last = await this.repo.lastDeliveries(channels.map((c) => c.id));
    return channels.map((c) => {
      const { urlEncrypted, secretEncrypted, ...rest } = c;
      return {
        ...rest,
        hasUrl: urlEncrypted !== null,
        hasSecret: secretEncrypted !== null,
        lastDelivery: last.get(c.id) ?? null,
      };
    });
  }

  private async visibleChannels(scope: TenantScope): Promise<NotificationChannel[]> {
    return (await this.repo.allChannels()).filter((c) => this.visible(scope, c));
  }

  private async findVisible(scope: TenantScope, id: string): Promise<NotificationChannel> {
    const ch = isUuid(id) ? await this.repo.channel(id) : null;
    if (!ch || !this.visible(scope, ch)) throw new NotFound('notification channel');
    return ch;
  }

  async list(scope: TenantScope, args: ListArgs): Promise<ChannelView[]> {
    const all = await this.visibleChannels(scope);
    const field = (args.sortField ?? 'name') as keyof NotificationChannel;
    const dir = args.sortOrder?.toUpperCase() === 'DESC' ? -1 : 1;
    const sortable = ['name', 'kind', 'createdAt', 'minSeverity', 'enabled'];
    const key = sortable.includes(field) ? field : 'name';
    all.sort((a, b) => {
      const x = key === 'minSeverity' ? SEVERITY_ORDER.indexOf(a.minSeverity) : a[key];
      const y = key === 'minSeverity' ? SEVERITY_ORDER.indexOf(b.minSeverity) : b[key];
      return (x! < y! ? -1 : x! > y! ? 1 : 0) * dir || a.id.localeCompare(b.id);
    });
    const start = Math.max(0, args.page) * args.perPage;
    return this.view(all.slice(start, start + args.perPage));
  }

  async count(scope: TenantScope): Promise<number> {
    return (await this.visibleChannels(scope)).length;
  }

  async get(scope: TenantScope, id: string): Promise<ChannelView> {
    return (await this.view([await this.findVisible(scope, id)]))[0]!;
  }

  private async tenantIdsFor(scope: TenantScope, tenantId: string | null | undefined) {
    if (!tenantId) {
      if (scope.tenantIds !== 'ALL')
        throw new Forbidden('a channel for every tenant needs an ADMIN of every tenant');
      return [];
    }
    await this.tenants.get(scope, tenantId);
    return [tenantId];
  }

  async create(scope: TenantScope, actor: string, input: ChannelInput): Promise<ChannelView> {
    const { value, problems } = cleanChannelInput(
      input,
      'create',
      null,
      this.options.allowHttpLocal,
    );
    if (problems.length) throw new InvalidInput('invalid notification channel', problems);
    const tenantIds = await this.tenantIdsFor(scope, input.tenantId);
    const ch = await this.repo.createChannel({
      name: value.name!,
      kind: value.kind!,
      tenantIds,
      urlEncrypted: value.url ? encryptSecret(this.key, value.url) : null,
      urlHint: value.url ? maskHost(value.url) : null,
      secretEncrypted: value.secret ? encryptSecret(this.key, value.secret) : null,
      emailTo: value.emailTo ?? [],
      enabled: value.enabled ?? true,
      minSeverity: value.minSeverity ?? 'HIGH',
      kinds: value.kinds ?? [],
      notifyOnAcknowledge: value.notifyOnAcknowledge ?? false,
      publicUrl: value.publicUrl ?? null,
      createdBy: actor,
    });
    return (await this.view([ch]))[0]!;
  }

  async update(scope: TenantScope, id: string, input: ChannelInput): Promise<ChannelView> {
    const current = await this.findVisible(scope, id);
    const { value, problems } = cleanChannelInput(
      input,
      'update',
      current.kind,
      this.options.allowHttpLocal,
    );
    if (problems.length) throw new InvalidInput('invalid notification channel', problems);
    // tenantId: undefined keeps the tenants; null moves the channel to every tenant.
    const tenantIds =
      input.tenantId === undefined ? undefined : await this.tenantIdsFor(scope, input.tenantId);
    const ch = await this.repo.updateChannel(id, {
      ...(value.name !== undefined ? { name: value.name } : {}),
      ...(tenantIds !== undefined ? { tenantIds } : {}),
      ...(value.url !== undefined
        ? { urlEncrypted: encryptSecret(this.key, value.url), urlHint: maskHost(value.url) }
        : {}),
      ...(value.secret !== undefined
        ? { secretEncrypted: encryptSecret(this.key, value.secret) }
        : {}),
      ...(value.emailTo !== undefined ? { emailTo: value.emailTo } : {}),
      ...(value.enabled !== undefined ? { enabled: value.enabled } : {}),
      ...(value.minSeverity !== undefined ? { minSeverity: value.minSeverity } : {}),
      ...(value.kinds !== undefined ? { kinds: value.kinds } : {}),
      ...(value.notifyOnAcknowledge !== undefined
        ? { notifyOnAcknowledge: value.notifyOnAcknowledge }
        : {}),
      ...(value.publicUrl !== undefined ? { publicUrl: value.publicUrl } : {}),
    });
    return (await this.view([ch]))[0]!;
  }

  async delete(scope: TenantScope, id: string): Promise<ChannelView> {
    const ch = await this.findVisible(scope, id);
    const [view] = await this.view([ch]);
    await this.repo.deleteChannel(id);
    return view!;
  }

  /** Sends a test message now and records it as a delivery of the channel. */
  async test(scope: TenantScope, id: string): Promise<SendOutcome> {
    const ch = await this.findVisible(scope, id);
    const message = testMessage(randomUUID(), ch.name, new Date());
    const outcome = await this.sender.send(this.target(ch), message);
    await this.repo.recordTest({
      channelId: ch.id,
      tenantId: null,
      messageId: null,
      event: 'TEST',
      attempt: 1,
      ok: outcome.ok,
      statusCode: outcome.statusCode,
      error: outcome.error,
      durationMs: outcome.durationMs,
      nextAttemptAt: null,
    });
    return outcome;
  }

  async deliveries(
    scope: TenantScope,
    args: ListArgs,
    f: DeliveryFilter = {},
  ): Promise<DeliveryView[]> {
    const ids = (await this.visibleChannels(scope)).map((c) => c.id);
    const rows = await this.repo.deliveries(ids, f, args);
    const messages = await this.repo.messages(
      rows.flatMap((r) =>
        r.tenantId && r.messageId ? [{ tenantId: r.tenantId, id: r.messageId }] : [],
      ),
    );
    const state = new Map(messages.map((m) => [m.id, m.state]));
    return rows.map((r) => ({
      ...r,
      messageState: (r.messageId && state.get(r.messageId)) || null,
    }));
  }

  async countDeliveries(scope: TenantScope, f: DeliveryFilter = {}): Promise<number> {
    const ids = (await this.visibleChannels(scope)).map((c) => c.id);
    return this.repo.countDeliveries(ids, f);
  }
}

function toNotificationAlert(a: Alert): NotificationAlert {
  return {
    id: a.id,
    checkId: a.checkId,
    title: findCheck(a.checkId)?.title ?? a.checkId,
    severity: a.severity,
    kind: a.kind,
    beforeStatus: a.beforeStatus,
    afterStatus: a.afterStatus,
    latestStatus: a.latestStatus,
    summary: a.summary,
    itemsCount: Array.isArray(a.items) ? a.items.length : 0,
  };
}

function bySeverity(a: NotificationAlert, b: NotificationAlert): number {
  return (
    SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) ||
    a.checkId.localeCompare(b.checkId)
  );
}
