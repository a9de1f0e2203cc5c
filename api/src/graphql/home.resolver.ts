import { Inject } from '@nestjs/common';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { HistoryService, TENANT_OVERVIEW_LIMIT } from '@posture/jobs';
import type { AuthContext } from '../auth/auth.types.js';
import { CurrentAuth } from '../auth/current-auth.decorator.js';
import { PostureSummaryModel, TenantPostureModel } from './models/home.model.js';

/** What the home page shows first: aggregates made by the server, one request each. */
@Resolver()
export class HomeResolver {
  constructor(@Inject(HistoryService) private readonly history: HistoryService) {}

  @Query(() => PostureSummaryModel, {
    nullable: true,
    description:
      "A tenant's posture now (score, the scores a day and a week before, checks by status). Without tenantId: the first tenant the caller may read (creation order); null when none.",
  })
  postureSummary(
    @CurrentAuth() auth: AuthContext,
    @Args('tenantId', { type: () => ID, nullable: true }) tenantId?: string | null,
  ) {
    return this.history.postureSummary(auth.scope, tenantId ?? null);
  }

  @Query(() => [TenantPostureModel], {
    description: `Every tenant the caller may read, one row each (score, failing checks, open alerts), by name; at most ${TENANT_OVERVIEW_LIMIT}.`,
  })
  tenantPostureOverview(@CurrentAuth() auth: AuthContext) {
    return this.history.tenantOverview(auth.scope);
  }
}
