import { ArgsType, Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  CheckStatus,
  RunStatus,
  RunTrigger,
  Role,
  Severity,
  SnapshotOrigin,
} from '@posture/prisma';
import {
  DATA_SOURCES,
  InvalidInput,
  METRIC_UNITS,
  type ListArgs,
  type MetricUnit,
  type SourceName,
} from '@posture/jobs';

registerEnumType(CheckStatus, { name: 'CheckStatus' });
registerEnumType(Severity, { name: 'Severity' });
registerEnumType(RunTrigger, { name: 'RunTrigger' });
registerEnumType(RunStatus, { name: 'RunStatus' });
registerEnumType(SnapshotOrigin, { name: 'SnapshotOrigin' });
registerEnumType(Role, { name: 'Role' });

/** The data sources of jobs (DATA_SOURCES) as a GraphQL enum: each value is its own name. */
export const DataSource = Object.fromEntries(DATA_SOURCES.map((s) => [s, s])) as {
  [K in SourceName]: K;
};
registerEnumType(DataSource, {
  name: 'DataSource',
  description: 'Where a check reads from: a snapshot source, or the sign-in log.',
});

/** The metric units of the check catalogue (METRIC_UNITS) as a GraphQL enum. */
export const MetricUnitEnum = Object.fromEntries(METRIC_UNITS.map((u) => [u, u])) as {
  [K in MetricUnit]: K;
};
registerEnumType(MetricUnitEnum, {
  name: 'MetricUnit',
  description:
    "What a check's metric measures: COUNT, a number of things; RATIO, a share from 0 to 1 (show it as a percentage).",
});

@ObjectType('InputProblem', { description: 'One invalid value and why.' })
export class InputProblemModel {
  @Field({ description: 'e.g. settings.signInLookbackDays, graphBaseUrl' }) path!: string;
  @Field() reason!: string;
}

@ObjectType()
export class ListMetadata {
  @Field(() => Int)
  count!: number;

  /** Left out by lists that always count exactly (ListMetadataResolver answers false). */
  @Field({
    description:
      "True when count is PostgreSQL's estimate (lists too long to count exactly on every page: sign-ins beyond 10,000).",
  })
  isEstimate?: boolean;
}

/** The list arguments of the ra-data-graphql-simple convention (page counts from 0). */
@ArgsType()
export class ListArgsDto {
  @Field(() => Int, { nullable: true })
  page?: number | null;

  @Field(() => Int, { nullable: true })
  perPage?: number | null;

  @Field(() => String, { nullable: true })
  sortField?: string | null;

  @Field(() => String, { nullable: true })
  sortOrder?: string | null;
}

export const MAX_PER_PAGE = 1000;

export function listArgs(a: ListArgsDto): ListArgs {
  const perPage = a.perPage ?? 25;
  const page = a.page ?? 0;
  if (perPage < 1 || perPage > MAX_PER_PAGE) {
    throw new InvalidInput(`perPage must be between 1 and ${MAX_PER_PAGE}`, [
      { path: 'perPage', reason: `must be between 1 and ${MAX_PER_PAGE}` },
    ]);
  }
  if (page < 0)
    throw new InvalidInput('page must not be negative', [
      { path: 'page', reason: 'must not be negative' },
    ]);
  if (a.sortOrder && !/^(asc|desc)$/i.test(a.sortOrder)) {
    throw new InvalidInput('sortOrder must be ASC or DESC', [
      { path: 'sortOrder', reason: 'must be ASC or DESC' },
    ]);
  }
  return { page, perPage, sortField: a.sortField ?? null, sortOrder: a.sortOrder ?? null };
}
