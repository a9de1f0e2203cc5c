import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MailboxLocation, ProjectionState } from '@posture/prisma';

registerEnumType(MailboxLocation, { name: 'MailboxLocation' });
registerEnumType(ProjectionState, { name: 'ProjectionState' });

@ObjectType('RolloutProjection', {
  description:
    'When coverage reaches 100%: least squares over the points of the last 14 days (README, "Rollout progress")',
})
export class RolloutProjectionModel {
  @Field(() => ProjectionState) state!: ProjectionState;
  @Field(() => Date, { nullable: true, description: 'Set when state = PROJECTED' })
  date!: Date | null;
  @Field(() => Float, { nullable: true, description: 'Fitted coverage gained per day (0..1)' })
  slopePerDay!: number | null;
}

@ObjectType('RolloutCoverage')
export class RolloutCoverageModel {
  @Field(() => Int, { description: 'Every member, with a mailbox or not' }) members!: number;
  @Field(() => Int) covered!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'covered / (members - withoutMailbox); null when nobody has a mailbox',
  })
  coverage!: number | null;
  @Field(() => Int) withoutMailbox!: number;
  @Field(() => String, {
    nullable: true,
    description: 'Why coverage cannot be computed now (e.g. no Exchange Online data)',
  })
  problem!: string | null;
}

@ObjectType('RolloutReadiness', {
  description:
    'A member whose mail stops when enforcement reaches them: legacy sign-ins in the look-back window or an on-premises ActiveSync partnership other than OutlookService',
})
export class RolloutReadinessModel {
  @Field() userPrincipalName!: string;
  @Field(() => MailboxLocation) mailboxLocation!: MailboxLocation;
  @Field() covered!: boolean;
  @Field(() => [String], { description: 'clientAppUsed values, and on-premises ActiveSync' })
  protocols!: string[];
  @Field(() => [String], { description: 'Apps, operating systems, user agents, device models' })
  clients!: string[];
  @Field(() => Int) count!: number;
  @Field(() => Date, { nullable: true }) lastSeen!: Date | null;
}

@ObjectType('RolloutHistoryPoint')
export class RolloutHistoryPointModel {
  @Field({ description: 'Capture time of the data the point was computed from' }) at!: Date;
  @Field(() => Float, { nullable: true }) coverage!: number | null;
  @Field(() => Int) covered!: number;
  @Field(() => Int) members!: number;
}

@ObjectType('RolloutWaveProgress')
export class RolloutWaveProgressModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => Int) order!: number;
  @Field() isPilot!: boolean;
  @Field(() => Date, { nullable: true }) plannedAt!: Date | null;
  @Field() groupId!: string;
  @Field(() => Int) members!: number;
  @Field(() => Int) covered!: number;
  @Field(() => Float, { nullable: true }) coverage!: number | null;
  @Field(() => Int) withoutMailbox!: number;
  @Field(() => String, { nullable: true }) problem!: string | null;
  @Field(() => [RolloutReadinessModel]) readiness!: RolloutReadinessModel[];
  @Field(() => [RolloutHistoryPointModel]) history!: RolloutHistoryPointModel[];
  @Field(() => RolloutProjectionModel) projectedCompletion!: RolloutProjectionModel;
}

@ObjectType('RolloutProgress', {
  description:
    'Waves with coverage per mailbox location, history, readiness and projection; overall is the whole organization (its default policy is the final wave)',
})
export class RolloutProgressModel {
  @Field(() => ID) tenantId!: string;
  @Field(() => Date, { nullable: true, description: 'Newest capture time of the data read' })
  capturedAt!: Date | null;
  @Field(() => RolloutCoverageModel) overall!: RolloutCoverageModel;
  @Field(() => [RolloutHistoryPointModel]) overallHistory!: RolloutHistoryPointModel[];
  @Field(() => [RolloutWaveProgressModel]) waves!: RolloutWaveProgressModel[];
  @Field(() => RolloutProjectionModel) projectedCompletion!: RolloutProjectionModel;
  @Field({ description: 'Start of the readiness look-back window' }) windowFrom!: Date;
  @Field() windowTo!: Date;
}

@ObjectType('EntraGroup', { description: 'A group of the newest Entra data' })
export class EntraGroupModel {
  @Field() id!: string;
  @Field(() => String, { nullable: true }) displayName!: string | null;
}
