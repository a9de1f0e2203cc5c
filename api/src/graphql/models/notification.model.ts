import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  AlertKind,
  ChannelKind,
  NotificationEvent,
  NotificationState,
  Severity,
} from '@posture/prisma';

registerEnumType(ChannelKind, { name: 'ChannelKind' });
registerEnumType(NotificationEvent, { name: 'NotificationEvent' });
registerEnumType(NotificationState, { name: 'NotificationState' });

@ObjectType('NotificationDelivery', {
  description:
    'One attempt to deliver a notification (or a "send test"): what the receiver answered.',
})
export class NotificationDeliveryModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) channelId!: string;
  @Field(() => ID, { nullable: true, description: 'Null for a test message' })
  tenantId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The outbox message: its idempotency key' })
  messageId!: string | null;
  @Field(() => NotificationEvent) event!: NotificationEvent;
  @Field(() => Int, { description: 'Which attempt of the message (1 = first)' }) attempt!: number;
  @Field() ok!: boolean;
  @Field(() => Int, { nullable: true, description: 'HTTP status or SMTP reply code' })
  statusCode!: number | null;
  @Field(() => String, { nullable: true, description: 'What went wrong (no URLs, no secrets)' })
  error!: string | null;
  @Field(() => Int) durationMs!: number;
  @Field(() => Date, { nullable: true, description: 'When the message will be tried again' })
  nextAttemptAt!: Date | null;
  @Field() createdAt!: Date;
  @Field(() => NotificationState, {
    nullable: true,
    description: "The message's state now (null for a test)",
  })
  messageState!: NotificationState | null;
}

@ObjectType('NotificationDeliverySummary', {
  description:
    "A channel's newest attempt, in short (its own type: the dashboard's data provider selects only the id of a nested resource).",
})
export class NotificationDeliverySummaryModel {
  @Field() ok!: boolean;
  @Field(() => Int, { nullable: true }) statusCode!: number | null;
  @Field(() => String, { nullable: true }) error!: string | null;
  @Field() createdAt!: Date;
}

@ObjectType('NotificationChannel', {
  description:
    'Where alerts are sent. The URL and the secret are write-only: only whether they are stored, and the masked host, are shown.',
})
export class NotificationChannelModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => ChannelKind) kind!: ChannelKind;
  @Field(() => [ID], { description: 'Tenants whose alerts it carries; empty = every tenant' })
  tenantIds!: string[];
  @Field() hasUrl!: boolean;
  @Field(() => String, { nullable: true, description: 'The URL host, masked' })
  urlHint!: string | null;
  @Field({ description: 'Whether a signing secret is stored (generic webhooks)' })
  hasSecret!: boolean;
  @Field(() => [String], { description: 'E-mail recipients' }) emailTo!: string[];
  @Field() enabled!: boolean;
  @Field(() => Severity) minSeverity!: Severity;
  @Field(() => [AlertKind], { description: 'Alert kinds carried; empty = every kind' })
  kinds!: AlertKind[];
  @Field() notifyOnAcknowledge!: boolean;
  @Field(() => String, { nullable: true, description: "The dashboard's URL, for links" })
  publicUrl!: string | null;
  @Field() createdBy!: string;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
  @Field(() => NotificationDeliverySummaryModel, { nullable: true })
  lastDelivery!: NotificationDeliverySummaryModel | null;
}

@ObjectType('NotificationTestResult', { description: 'What a test message met.' })
export class NotificationTestResultModel {
  @Field() ok!: boolean;
  @Field(() => Int, { nullable: true }) statusCode!: number | null;
  @Field(() => String, { nullable: true }) error!: string | null;
  @Field(() => Int) durationMs!: number;
}

@InputType()
export class NotificationDeliveryFilterInput {
  @Field(() => ID, { nullable: true }) channelId?: string | null;
  @Field(() => Boolean, { nullable: true }) ok?: boolean | null;
}
