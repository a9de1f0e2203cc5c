import { Inject } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { NotificationsService, type ChannelInput } from '@posture/jobs';
import type { AuthContext } from '../auth/auth.types.js';
import { CurrentAuth } from '../auth/current-auth.decorator.js';
import { Roles } from '../auth/roles.decorator.js';
import { listArgs, ListArgsDto, ListMetadata } from './models/common.js';
import {
  NotificationChannelModel,
  NotificationDeliveryFilterInput,
  NotificationDeliveryModel,
  NotificationTestResultModel,
} from './models/notification.model.js';
import { orNull } from './tenants.resolver.js';

/** The flat arguments a channel is created and changed with (ra-data-graphql-simple style). */
const stringArg = (name: string, description?: string) =>
  Args(name, { type: () => String, nullable: true, ...(description ? { description } : {}) });

/**
 * Notification channels and their deliveries: ADMIN only (channels carry credentials, and their
 * deliveries tell where alerts go). An ADMIN limited to some tenants sees and manages only the
 * channels within them.
 */
@Resolver(() => NotificationChannelModel)
export class NotificationChannelsResolver {
  constructor(@Inject(NotificationsService) private readonly notifications: NotificationsService) {}

  @Roles('ADMIN')
  @Query(() => NotificationChannelModel, { name: 'NotificationChannel', nullable: true })
  notificationChannel(
    @CurrentAuth() auth: AuthContext,
    @Args('id', { type: () => ID }) id: string,
  ) {
    return orNull(this.notifications.get(auth.scope, id));
  }

  @Roles('ADMIN')
  @Query(() => [NotificationChannelModel], { name: 'allNotificationChannels' })
  allNotificationChannels(@CurrentAuth() auth: AuthContext, @Args() args: ListArgsDto) {
    return this.notifications.list(auth.scope, listArgs(args));
  }

  @Roles('ADMIN')
  @Query(() => ListMetadata, { name: '_allNotificationChannelsMeta' })
  async allNotificationChannelsMeta(
    @CurrentAuth() auth: AuthContext,
    @Args('page', { type: () => Int, nullable: true }) _page?: number,
    @Args('perPage', { type: () => Int, nullable: true }) _perPage?: number,
  ) {
    return { count: await this.notifications.count(auth.scope) };
  }

  @Roles('ADMIN')
  @Mutation(() => NotificationChannelModel)
  createNotificationChannel(
    @CurrentAuth() auth: AuthContext,
    @Args('kind', { type: () => String, description: 'WEBHOOK, TEAMS, SLACK or EMAIL' })
    kind: string,
    @Args('name', { type: () => String }) name: string,
    @Args('tenantId', { type: () => ID, nullable: true, description: 'Absent: every tenant' })
    tenantId?: string | null,
    @stringArg('url', 'Write-only; https (WEBHOOK, TEAMS, SLACK)') url?: string | null,
    @stringArg('secret', 'Write-only; signs generic webhooks') secret?: string | null,
    @stringArg('minSeverity') minSeverity?: string | null,
    @Args('kinds', { type: () => [String], nullable: true }) kinds?: string[] | null,
    @stringArg('emailTo', 'Comma-separated recipients (EMAIL)') emailTo?: string | null,
    @Args('enabled', { type: () => Boolean, nullable: true }) enabled?: boolean | null,
    @Args('notifyOnAcknowledge', { type: () => Boolean, nullable: true })
    notifyOnAcknowledge?: boolean | null,
    @stringArg('publicUrl', "The dashboard's URL, for links back") publicUrl?: string | null,
  ) {
    const input: ChannelInput = {
      kind,
      name,
      tenantId,
      url,
      secret,
      minSeverity,
      kinds,
      emailTo,
      enabled,
      notifyOnAcknowledge,
      publicUrl,
    };
    return this.notifications.create(auth.scope, auth.subject, input);
  }

  @Roles('ADMIN')
  @Mutation(() => NotificationChannelModel, {
    description:
      'Absent arguments keep the stored value; an empty url or secret keeps the stored one.',
  })
  updateNotificationChannel(
    @CurrentAuth() auth: AuthContext,
    @Args('id', { type: () => ID }) id: string,
    @stringArg('name') name?: string | null,
    @Args('tenantId', {
      type: () => ID,
      nullable: true,
      description: 'Moves the channel to this tenant (allTenants: every tenant)',
    })
    tenantId?: string | null,
    @Args('allTenants', { type: () => Boolean, nullable: true }) allTenants?: boolean | null,
    @stringArg('url') url?: string | null,
    @stringArg('secret') secret?: string | null,
    @stringArg('minSeverity') minSeverity?: string | null,
    @Args('kinds', { type: () => [String], nullable: true }) kinds?: string[] | null,
    @stringArg('emailTo') emailTo?: string | null,
    @Args('enabled', { type: () => Boolean, nullable: true }) enabled?: boolean | null,
    @Args('notifyOnAcknowledge', { type: () => Boolean, nullable: true })
    notifyOnAcknowledge?: boolean | null,
    @stringArg('publicUrl') publicUrl?: string | null,
  ) {
    const input: ChannelInput = {
      name,
      tenantId: allTenants ? null : (tenantId ?? undefined),
      url,
      secret,
      minSeverity,
      kinds,
      emailTo,
      enabled,
      notifyOnAcknowledge,
      publicUrl,
    };
    return this.notifications.update(auth.scope, id, input);
  }

  @Roles('ADMIN')
  @Mutation(() => NotificationChannelModel)
  deleteNotificationChannel(
    @CurrentAuth() auth: AuthContext,
    @Args('id', { type: () => ID }) id: string,
  ) {
    return this.notifications.delete(auth.scope, id);
  }

  /** Sends a test message now; the attempt is recorded among the channel's deliveries. */
  @Roles('ADMIN')
  @Mutation(() => NotificationTestResultModel)
  testNotificationChannel(
    @CurrentAuth() auth: AuthContext,
    @Args('id', { type: () => ID }) id: string,
  ) {
    return this.notifications.test(auth.scope, id);
  }
}

@Resolver(() => NotificationDeliveryModel)
export class NotificationDeliveriesResolver {
  constructor(@Inject(NotificationsService) private readonly notifications: NotificationsService) {}

  @Roles('ADMIN')
  @Query(() => [NotificationDeliveryModel], { name: 'allNotificationDeliveries' })
  allNotificationDeliveries(
    @CurrentAuth() auth: AuthContext,
    @Args() args: ListArgsDto,
    @Args('filter', { type: () => NotificationDeliveryFilterInput, nullable: true })
    filter?: NotificationDeliveryFilterInput,
  ) {
    return this.notifications.deliveries(auth.scope, listArgs(args), filter ?? {});
  }

  @Roles('ADMIN')
  @Query(() => ListMetadata, { name: '_allNotificationDeliveriesMeta' })
  async allNotificationDeliveriesMeta(
    @CurrentAuth() auth: AuthContext,
    @Args('page', { type: () => Int, nullable: true }) _page?: number,
    @Args('perPage', { type: () => Int, nullable: true }) _perPage?: number,
    @Args('filter', { type: () => NotificationDeliveryFilterInput, nullable: true })
    filter?: NotificationDeliveryFilterInput,
  ) {
    return { count: await this.notifications.countDeliveries(auth.scope, filter ?? {}) };
  }
}
