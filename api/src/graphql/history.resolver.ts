import { Inject } from '@nestjs/common';
import {
  Args,
  ID,
  Info,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import {
  CheckRunsService,
  evidenceTables,
  findCheck,
  HistoryService,
  localizedRemediationSteps,
  metricUnitOf,
} from '@posture/jobs';
import type { CheckResult } from '@posture/prisma';
import type { GraphQLResolveInfo } from 'graphql';
import type { AuthContext } from '../auth/auth.types.js';
import { CurrentAuth } from '../auth/current-auth.decorator.js';
import { Roles } from '../auth/roles.decorator.js';
import { listArgs, ListArgsDto, ListMetadata } from './models/common.js';
import {
  CheckResultFilterInput,
  CheckResultModel,
  CheckRunFilterInput,
  CheckRunModel,
  EvidenceTableModel,
  RemediationStepModel,
  SnapshotFilterInput,
  SnapshotModel,
} from './models/history.model.js';
import { selectsAny } from './selection.js';
import { orNull } from './tenants.resolver.js';

/** Fields of Snapshot that read its body (`raw`): the body itself and what is derived from it. */
const SNAPSHOT_BODY_FIELDS = ['raw', 'sections', 'diff', 'appProtectionPolicies'] as const;

/** Fields of CheckResult that read its evidence. */
const CHECK_RESULT_EVIDENCE_FIELDS = ['evidence', 'evidenceTables'] as const;

const withTitle = <R extends Pick<CheckResult, 'checkId'>>(r: R) => ({
  ...r,
  title: findCheck(r.checkId)?.title ?? r.checkId,
  metricUnit: metricUnitOf(r.checkId),
});

@Resolver(() => SnapshotModel)
export class SnapshotsResolver {
  constructor(@Inject(HistoryService) private readonly history: HistoryService) {}

  @Query(() => SnapshotModel, { name: 'Snapshot', nullable: true })
  snapshot(@CurrentAuth() auth: AuthContext, @Args('id', { type: () => ID }) id: string) {
    return orNull(this.history.snapshot(auth.scope, id));
  }

  @Query(() => [SnapshotModel], { name: 'allSnapshots' })
  allSnapshots(
    @CurrentAuth() auth: AuthContext,
    @Args() args: ListArgsDto,
    @Args('filter', { type: () => SnapshotFilterInput, nullable: true })
    filter: SnapshotFilterInput | undefined,
    @Info() info: GraphQLResolveInfo,
  ) {
    // A list rarely asks for the bodies (whole tenant configurations): read them only if it does.
    const withRaw = selectsAny(info, SNAPSHOT_BODY_FIELDS);
    return this.history.snapshots(auth.scope, listArgs(args), filter ?? {}, { withRaw });
  }

  @Query(() => ListMetadata, { name: '_allSnapshotsMeta' })
  async allSnapshotsMeta(
    @CurrentAuth() auth: AuthContext,
    @Args('page', { type: () => Int, nullable: true }) _page?: number,
    @Args('perPage', { type: () => Int, nullable: true }) _perPage?: number,
    @Args('filter', { type: () => SnapshotFilterInput, nullable: true })
    filter?: SnapshotFilterInput,
  ) {
    return { count: await this.history.countSnapshots(auth.scope, filter ?? {}) };
  }
}

@Resolver(() => CheckRunModel)
export class CheckRunsResolver {
  constructor(
    @Inject(HistoryService) private readonly history: HistoryService,
    @Inject(CheckRunsService) private readonly runs: CheckRunsService,
  ) {}

  @Query(() => CheckRunModel, { name: 'CheckRun', nullable: true })
  checkRun(@CurrentAuth() auth: AuthContext, @Args('id', { type: () => ID }) id: string) {
    return orNull(this.history.checkRun(auth.scope, id));
  }

  @Query(() => [CheckRunModel], { name: 'allCheckRuns' })
  allCheckRuns(
    @CurrentAuth() auth: AuthContext,
    @Args() args: ListArgsDto,
    @Args('filter', { type: () => CheckRunFilterInput, nullable: true })
    filter?: CheckRunFilterInput,
  ) {
    return this.history.runs(auth.scope, listArgs(args), filter ?? {});
  }

  @Query(() => ListMetadata, { name: '_allCheckRunsMeta' })
  async allCheckRunsMeta(
    @CurrentAuth() auth: AuthContext,
    @Args('page', { type: () => Int, nullable: true }) _page?: number,
    @Args('perPage', { type: () => Int, nullable: true }) _perPage?: number,
    @Args('filter', { type: () => CheckRunFilterInput, nullable: true })
    filter?: CheckRunFilterInput,
  ) {
    return { count: await this.history.countRuns(auth.scope, filter ?? {}) };
  }

  /** Runs every check for the tenant now and returns when the run is stored. */
  @Roles('ANALYST')
  @Mutation(() => CheckRunModel)
  async runChecks(
    @CurrentAuth() auth: AuthContext,
    @Args('tenantId', { type: () => ID }) tenantId: string,
  ) {
    // Only a scheduled run can be refused (as a duplicate of its slot); a manual one always runs.
    return (await this.runs.run(auth.scope, tenantId, 'MANUAL'))!;
  }
}

@Resolver(() => CheckResultModel)
export class CheckResultsResolver {
  constructor(@Inject(HistoryService) private readonly history: HistoryService) {}

  @Query(() => CheckResultModel, { name: 'CheckResult', nullable: true })
  async checkResult(@CurrentAuth() auth: AuthContext, @Args('id', { type: () => ID }) id: string) {
    const r = await orNull(this.history.checkResult(auth.scope, id));
    return r && withTitle(r);
  }

  @Query(() => [CheckResultModel], { name: 'allCheckResults' })
  async allCheckResults(
    @CurrentAuth() auth: AuthContext,
    @Args() args: ListArgsDto,
    @Info() info: GraphQLResolveInfo,
    @Args('filter', { type: () => CheckResultFilterInput, nullable: true })
    filter?: CheckResultFilterInput,
  ) {
    // Evidence is read only for a list that asks for it (or for tables made from it).
    const withEvidence = selectsAny(info, CHECK_RESULT_EVIDENCE_FIELDS);
    return (await this.history.results(auth.scope, listArgs(args), filter ?? {}, withEvidence)).map(
      withTitle,
    );
  }

  @Query(() => ListMetadata, { name: '_allCheckResultsMeta' })
  async allCheckResultsMeta(
    @CurrentAuth() auth: AuthContext,
    @Args('page', { type: () => Int, nullable: true }) _page?: number,
    @Args('perPage', { type: () => Int, nullable: true }) _perPage?: number,
    @Args('filter', { type: () => CheckResultFilterInput, nullable: true })
    filter?: CheckResultFilterInput,
  ) {
    return { count: await this.history.countResults(auth.scope, filter ?? {}) };
  }

  /** The evidence's lists as tables, derived in one place (jobs evidence-tables.ts). */
  @ResolveField(() => [EvidenceTableModel])
  evidenceTables(
    @Parent() result: Pick<CheckResult, 'evidence'>,
    @Args('all', { type: () => Boolean, nullable: true, description: 'Every listed row, not 50' })
    all?: boolean | null,
  ) {
    return evidenceTables(result.evidence, all ? Infinity : undefined);
  }

  /**
   * The remediation cut into prose and commands (jobs remediation-steps.ts), the prose in the
   * asked language where the catalogue has it (commands are never translated).
   */
  @ResolveField(() => [RemediationStepModel])
  remediationSteps(
    @Parent() result: Pick<CheckResult, 'remediation'>,
    @Args('locale', {
      type: () => String,
      nullable: true,
      description: 'en (default), ja or zh-TW: the language of the prose steps',
    })
    locale?: string | null,
  ) {
    return localizedRemediationSteps(result.remediation, locale);
  }
}
