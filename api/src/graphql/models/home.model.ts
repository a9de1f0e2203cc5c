import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { CheckStatus } from '@posture/prisma';

@ObjectType('StatusCount')
export class StatusCountModel {
  @Field(() => CheckStatus) status!: CheckStatus;
  @Field(() => Int) count!: number;
}

@ObjectType('PostureSummary', {
  description:
    "A tenant's posture now: the newest finished run's score, the newest score at least a day and a week before, and the newest result per check counted by status.",
})
export class PostureSummaryModel {
  @Field(() => ID) tenantId!: string;
  @Field() tenantName!: string;
  @Field(() => Float, { nullable: true, description: 'Posture score 0..100; null before a run' })
  score!: number | null;
  @Field(() => Date, { nullable: true, description: 'When the run that scored it finished' })
  scoredAt!: Date | null;
  @Field(() => Float, { nullable: true, description: 'The newest score at least 1 day before now' })
  scoreDayAgo!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'The newest score at least 7 days before now',
  })
  scoreWeekAgo!: number | null;
  @Field(() => [StatusCountModel], { description: 'Every status, zero included, in enum order' })
  statusCounts!: StatusCountModel[];
}

@ObjectType('TenantPosture', { description: "One tenant's row in the all-tenants overview." })
export class TenantPostureModel {
  @Field(() => ID) tenantId!: string;
  @Field() name!: string;
  @Field(() => Float, { nullable: true, description: 'Posture score 0..100; null before a run' })
  score!: number | null;
  @Field(() => Date, { nullable: true }) scoredAt!: Date | null;
  @Field(() => Int, { description: 'Checks whose newest result is FAIL' }) failing!: number;
  @Field(() => Int, { description: 'Alerts OPEN or ACKNOWLEDGED' }) openAlerts!: number;
}
