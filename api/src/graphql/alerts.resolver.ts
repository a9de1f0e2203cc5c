import { Inject } from '@nestjs/common';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  ALERT_DRIFT_LIMIT,
  AlertsService,
  ExplainService,
  findCheck,
  HistoryService,
  metricUnitOf,
} from '@posture/jobs';
import type { Alert, CheckResult, CheckRun } from '@posture/prisma';
import type { AuthContext } from '../auth/auth.types.js';
import { CurrentAuth } from '../auth/current-auth.decorator.js';
import { Roles } from '../auth/roles.decorator.js';
import {
  AlertFilterInput,
  AlertItemModel,
  AlertModel,
  CheckRunChangesModel,
  SeverityCountModel,
} from './models/alert.model.js';
import { DriftEventModel } from './models/drift.model.js';
import { CheckRunModel } from './models/history.model.js';
import { listArgs, ListArgsDto, ListMetadata } from './models/common.js';
import { CheckResultModel } from './models/history.model.js';
import { orNull } from './tenants.resolver.js';

const title = (checkId: string) => findCheck(checkId)?.title ?? checkId;
/** The catalogue's words and unit for a check, beside a stored row that names it. */
const ofCheck = (checkId: string) => ({ title: title(checkId), metricUnit: metricUnitOf(checkId) });
const view = (a: Alert) => ({
  ...a,
  ...ofCheck(a.checkId),
  items: a.items as unknown as AlertItemModel[],
});
const withTitle = (r: CheckResult | null) => r && { ...r, ...ofCheck(r.checkId) };

@Resolver(() => AlertModel)
export class AlertsResolver {
  constructor(
    @Inject(AlertsService) private readonly alerts: AlertsService,
    @Inject(HistoryService) private readonly history: HistoryService,
    @Inject(ExplainService) private readonly explain: ExplainService,
  ) {}

  @Query(() => AlertModel, { name: 'Alert', nullable: true })
  async alert(@CurrentAuth() auth: AuthContext, @Args('id', { type: () => ID }) id: string) {
    const a = await orNull(this.alerts.get(auth.scope, id));
    return a && view(a);
  }

  @Query(() => [AlertModel], { name: 'allAlerts' })
  async allAlerts(
    @CurrentAuth() auth: AuthContext,
    @Args() args: ListArgsDto,
    @Args('filter', { type: () => AlertFilterInput, nullable: true }) filter?: AlertFilterInput,
  ) {
    return (await this.alerts.list(auth.scope, listArgs(args), filter ?? {})).map(view);
  }

  @Query(() => ListMetadata, { name: '_allAlertsMeta' })
  async allAlertsMeta(
    @CurrentAuth() auth: AuthContext,
    @Args('page', { type: () => Int, nullable: true }) _page?: number,
    @Args('perPage', { type: () => Int, nullable: true }) _perPage?: number,
    @Args('filter', { type: () => AlertFilterInput, nullable: true }) filter?: AlertFilterInput,
  ) {
    return { count: await this.alerts.count(auth.scope, filter ?? {}) };
  }

  /** Alerts still needing attention (OPEN or ACKNOWLEDGED) per severity, worst first. */
  @Query(() => [SeverityCountModel])
  openAlertCounts(
    @CurrentAuth() auth: AuthContext,
    @Args('tenantId', { type: () => ID, nullable: true }) tenantId?: string | null,
  ) {
    return this.alerts.openCounts(auth.scope, tenantId ?? null);
  }

  @Roles('ANALYST')
  @Mutation(() => AlertModel)
  async acknowledgeAlert(
    @CurrentAuth() auth: AuthContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('comment', { type: () => String, nullable: true }) comment?: string | null,
  ) {
    return view(
      (await this.alerts.acknowledge(auth.scope, auth.subject, [id], comment ?? null))[0]!,
    );
  }

  @Roles('ANALYST')
  @Mutation(() => AlertModel)
  async resolveAlert(
    @CurrentAuth() auth: AuthContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('comment', { type: () => String }) comment: string,
  ) {
    return view((await this.alerts.resolve(auth.scope, auth.subject, [id], comment))[0]!);
  }

  /** Acknowledges every listed alert, or none when one of them cannot be. */
  @Roles('ANALYST')
  @Mutation(() => [AlertModel])
  async acknowledgeAlerts(
    @CurrentAuth() auth: AuthContext,
    @Args('ids', { type: () => [ID] }) ids: string[],
    @Args('comment', { type: () => String, nullable: true }) comment?: string | null,
  ) {
    return (await this.alerts.acknowledge(auth.scope, auth.subject, ids, comment ?? null)).map(
      view,
    );
  }

  /** Resolves every listed alert, or none when one of them cannot be. */
  @Roles('ANALYST')
  @Mutation(() => [AlertModel])
  async resolveAlerts(
    @CurrentAuth() auth: AuthContext,
    @Args('ids', { type: () => [ID] }) ids: string[],
    @Args('comment', { type: () => String }) comment: string,
  ) {
    return (await this.alerts.resolve(auth.scope, auth.subject, ids, comment)).map(view);
  }

  @ResolveField(() => CheckResultModel, { nullable: true })
  async firstResult(@CurrentAuth() auth: AuthContext, @Parent() a: Alert) {
    return a.firstResultId
      ? withTitle(await orNull(this.history.checkResult(auth.scope, a.firstResultId)))
      : null;
  }

  @ResolveField(() => CheckResultModel, { nullable: true })
  async latestResult(@CurrentAuth() auth: AuthContext, @Parent() a: Alert) {
    return a.latestResultId
      ? withTitle(await orNull(this.history.checkResult(auth.scope, a.latestResultId)))
      : null;
  }

  @ResolveField(() => [DriftEventModel], {
    description: `The drift that explains the alert, newest first, at most ${ALERT_DRIFT_LIMIT}: changes of settings its check reads between the snapshots of its previous and its first result (a DRIFT alert: the changes it lists).`,
  })
  drift(@CurrentAuth() auth: AuthContext, @Parent() a: Alert) {
    return this.explain.alertDrift(auth.scope, a);
  }
}

@Resolver(() => CheckRunModel)
export class CheckRunChangesResolver {
  constructor(@Inject(ExplainService) private readonly explain: ExplainService) {}

  @ResolveField('changes', () => CheckRunChangesModel, {
    description:
      "What changed against the previous run: each check whose status or metric differs from its previous result, and the alerts this run opened and resolved. Computed on demand; ask for it on one run's page.",
  })
  async changes(@CurrentAuth() auth: AuthContext, @Parent() run: CheckRun) {
    const c = await this.explain.runChanges(auth.scope, run);
    return {
      ...c,
      checks: c.checks.map((x) => ({ ...x, ...ofCheck(x.checkId) })),
      opened: c.opened.map(view),
      resolved: c.resolved.map(view),
    };
  }
}
