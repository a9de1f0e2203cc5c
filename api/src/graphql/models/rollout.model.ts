import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { WaiverScope } from '@posture/prisma';
import { GraphQLJSON } from 'graphql-scalars';

registerEnumType(WaiverScope, { name: 'WaiverScope' });

@ObjectType('RolloutWave')
export class RolloutWaveModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) tenantId!: string;
  @Field() name!: string;
  @Field({ description: 'entra.groups[].id of the snapshot' }) groupId!: string;
  @Field(() => Int, { description: 'The lowest order is the pilot.' }) order!: number;
  @Field(() => Date, { nullable: true }) plannedAt!: Date | null;
  @Field() createdAt!: Date;
  @Field({
    description:
      "The tenant's pilot: its lowest order, ties broken by earlier plannedAt (undated last), then id",
  })
  isPilot!: boolean;
}

@InputType()
export class RolloutWaveFilterInput {
  @Field(() => ID, { nullable: true }) tenantId?: string | null;
}

@ObjectType('Waiver')
export class WaiverModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) tenantId!: string;
  @Field() checkId!: string;
  @Field(() => WaiverScope) scope!: WaiverScope;
  @Field(() => [String], {
    description: 'Users (UPN or object id) or devices (DeviceId) covered, when scope = ITEMS',
  })
  items!: string[];
  @Field() reason!: string;
  @Field() author!: string;
  @Field() expiresAt!: Date;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
  @Field({ description: 'Not expired and not revoked' }) active!: boolean;
}

@InputType()
export class WaiverFilterInput {
  @Field(() => ID, { nullable: true }) tenantId?: string | null;
  @Field(() => String, { nullable: true }) checkId?: string | null;
  @Field(() => Boolean, { nullable: true }) active?: boolean | null;
  @Field(() => [ID], { nullable: true }) ids?: string[] | null;
}

@ObjectType('WaiverLimits')
export class WaiverLimitsModel {
  @Field(() => Int, { description: 'A waiver expires at most this many days ahead' })
  maxDays!: number;
  @Field(() => Int, { description: 'A new waiver runs this long unless its author says otherwise' })
  defaultDays!: number;
  @Field(() => Int, { description: 'The reason has at least this many characters' })
  minReasonLength!: number;
  @Field(() => Int, { description: 'A waiver names at most this many users or devices' })
  maxItems!: number;
}

@ObjectType('RolloutWaveLimits')
export class RolloutWaveLimitsModel {
  @Field(() => Int) minOrder!: number;
  @Field(() => Int) maxOrder!: number;
}

@ObjectType('PosturePoint')
export class PosturePointModel {
  @Field() at!: Date;
  @Field(() => Float, { nullable: true }) score!: number | null;
  @Field(() => GraphQLJSON, { description: 'Results per status, e.g. { "PASS": 12, "FAIL": 2 }' })
  counts!: unknown;
  @Field(() => Int, { description: 'Runs in this point (more than 1 when points are per day)' })
  runs!: number;
}
