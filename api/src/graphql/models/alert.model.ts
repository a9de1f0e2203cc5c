import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AlertKind, AlertState, CheckStatus, Severity } from '@posture/prisma';
import { GraphQLJSON } from 'graphql-scalars';
import type { MetricUnit } from '@posture/jobs';
import { MetricUnitEnum } from './common.js';

registerEnumType(AlertState, { name: 'AlertState' });
registerEnumType(AlertKind, { name: 'AlertKind' });

@ObjectType('AlertItem', { description: 'Something that became bad: one evidence row.' })
export class AlertItemModel {
  @Field({ description: 'Where the list sits in the evidence, e.g. uncovered' }) list!: string;
  @Field({ description: 'user, device, policy or other' }) kind!: string;
  @Field({ description: 'Stable, lower-cased identity, e.g. ann@contoso.com' }) key!: string;
  @Field(() => GraphQLJSON, { description: 'The evidence row as the opening result lists it' })
  row!: unknown;
}

@ObjectType('Alert')
export class AlertModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) tenantId!: string;
  @Field() checkId!: string;
  @Field({ description: 'The check title from the catalogue' }) title!: string;
  @Field(() => AlertKind) kind!: AlertKind;
  @Field(() => AlertState) state!: AlertState;
  @Field(() => Severity, { description: "The check's severity when the alert opened" })
  severity!: Severity;
  @Field() summary!: string;
  @Field(() => CheckStatus, { nullable: true }) beforeStatus!: CheckStatus | null;
  @Field(() => CheckStatus, { nullable: true }) afterStatus!: CheckStatus | null;
  @Field(() => CheckStatus, { nullable: true }) latestStatus!: CheckStatus | null;
  @Field(() => Float, { nullable: true }) beforeMetric!: number | null;
  @Field(() => Float, { nullable: true }) afterMetric!: number | null;
  @Field(() => MetricUnitEnum, { description: "What the metrics measure (the check's unit)" })
  metricUnit!: MetricUnit;
  @Field(() => ID, { nullable: true }) previousResultId!: string | null;
  @Field(() => ID, { nullable: true }) firstResultId!: string | null;
  @Field(() => ID, { nullable: true }) firstRunId!: string | null;
  @Field(() => ID, { nullable: true }) latestResultId!: string | null;
  @Field(() => ID, { nullable: true }) latestRunId!: string | null;
  @Field(() => [AlertItemModel], { description: 'What became bad (not the whole evidence)' })
  items!: AlertItemModel[];
  @Field(() => Date, { nullable: true }) acknowledgedAt!: Date | null;
  @Field(() => String, { nullable: true }) acknowledgedBy!: string | null;
  @Field(() => String, { nullable: true }) acknowledgeComment!: string | null;
  @Field(() => Date, { nullable: true }) resolvedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Null when the alert resolved itself' })
  resolvedBy!: string | null;
  @Field(() => String, { nullable: true }) resolveComment!: string | null;
  @Field() autoResolved!: boolean;
  @Field() openedAt!: Date;
  @Field() updatedAt!: Date;
}

@InputType()
export class AlertFilterInput {
  @Field(() => ID, { nullable: true }) tenantId?: string | null;
  @Field(() => [ID], { nullable: true }) ids?: string[] | null;
  @Field(() => String, { nullable: true }) checkId?: string | null;
  @Field(() => [AlertState], { nullable: true, description: 'Any of these states' })
  state?: AlertState[] | null;
  @Field(() => Severity, { nullable: true }) severity?: Severity | null;
  @Field(() => AlertKind, { nullable: true }) kind?: AlertKind | null;
  @Field(() => String, { nullable: true, description: 'Words in the check id or the summary' })
  q?: string | null;
}

@ObjectType('SeverityCount')
export class SeverityCountModel {
  @Field(() => Severity) severity!: Severity;
  @Field(() => Int) count!: number;
}

@ObjectType('CheckChange', {
  description: "One check whose status or metric differs from the check's previous result.",
})
export class CheckChangeModel {
  @Field() checkId!: string;
  @Field({ description: 'The check title from the catalogue' }) title!: string;
  @Field(() => Severity) severity!: Severity;
  @Field(() => CheckStatus, { nullable: true }) beforeStatus!: CheckStatus | null;
  @Field(() => CheckStatus) afterStatus!: CheckStatus;
  @Field(() => Float, { nullable: true }) beforeMetric!: number | null;
  @Field(() => Float, { nullable: true }) afterMetric!: number | null;
  @Field(() => MetricUnitEnum, { description: "What the metrics measure (the check's unit)" })
  metricUnit!: MetricUnit;
  @Field(() => ID, { nullable: true }) beforeResultId!: string | null;
  @Field(() => ID, { nullable: true }) beforeRunId!: string | null;
  @Field(() => ID) afterResultId!: string;
}

@ObjectType('CheckRunChanges', {
  description: 'What a run changed against the results before it.',
})
export class CheckRunChangesModel {
  @Field(() => [CheckChangeModel], {
    description: 'Checks whose status or metric changed, worst severity first',
  })
  checks!: CheckChangeModel[];
  @Field(() => Int, { description: "How many of the run's checks had a previous result" })
  compared!: number;
  @Field(() => ID, { nullable: true, description: 'The run the previous results came from' })
  previousRunId!: string | null;
  @Field(() => [AlertModel], { description: 'Alerts this run opened' }) opened!: AlertModel[];
  @Field(() => [AlertModel], { description: 'Alerts this run resolved' }) resolved!: AlertModel[];
}
