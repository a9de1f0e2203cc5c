import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DriftKind } from '@posture/prisma';
import type { SourceName } from '@posture/jobs';
import { GraphQLJSON } from 'graphql-scalars';
import { DataSource } from './common.js';
import { MessageModel } from './history.model.js';

registerEnumType(DriftKind, { name: 'DriftKind' });

@ObjectType('DriftEvent', {
  description: 'One watched setting that changed between two consecutive snapshots of a source.',
})
export class DriftEventModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) tenantId!: string;
  @Field(() => DataSource) source!: SourceName;
  @Field({
    description:
      'Which setting changed, e.g. exchangeOnline.authenticationPolicies[Block Basic Auth].AllowBasicAuthActiveSync',
  })
  path!: string;
  @Field(() => DriftKind) kind!: DriftKind;
  @Field(() => GraphQLJSON, { nullable: true, description: 'The value before (null when ADDED).' })
  before!: unknown;
  @Field(() => GraphQLJSON, { nullable: true, description: 'The value after (null when REMOVED).' })
  after!: unknown;
  @Field({
    description: 'One line for people, in English; `message` carries it for other languages.',
  })
  summary!: string;
  @Field(() => MessageModel, {
    nullable: true,
    description:
      'The summary as a message; null for events stored before messages (show `summary`).',
  })
  message!: MessageModel | null;
  @Field(() => [ID], { description: 'The checks that read this setting.' }) checkIds!: string[];
  @Field(() => ID) fromSnapshotId!: string;
  @Field(() => ID) toSnapshotId!: string;
  @Field({ description: 'When the later snapshot was captured: when the change was first seen.' })
  capturedAt!: Date;
  @Field() detectedAt!: Date;
}

@InputType()
export class DriftEventFilterInput {
  @Field(() => ID, { nullable: true }) tenantId?: string | null;
  @Field(() => [ID], { nullable: true }) ids?: string[] | null;
  @Field(() => DataSource, { nullable: true }) source?: SourceName | null;
  @Field(() => String, { nullable: true, description: 'Paths that contain this (any case).' })
  path?: string | null;
  @Field(() => ID, { nullable: true, description: 'Changes of settings this check reads.' })
  checkId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Changes this snapshot brought.' })
  snapshotId?: string | null;
  @Field(() => Date, { nullable: true, description: 'capturedAt at or after.' })
  from?: Date | null;
  @Field(() => Date, { nullable: true, description: 'capturedAt before.' })
  to?: Date | null;
}
