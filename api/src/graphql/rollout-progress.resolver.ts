import { Inject } from '@nestjs/common';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { GROUP_SEARCH, RolloutProgressService } from '@posture/jobs';
import type { AuthContext } from '../auth/auth.types.js';
import { CurrentAuth } from '../auth/current-auth.decorator.js';
import { EntraGroupModel, RolloutProgressModel } from './models/rollout-progress.model.js';

@Resolver(() => RolloutProgressModel)
export class RolloutProgressResolver {
  constructor(@Inject(RolloutProgressService) private readonly rollout: RolloutProgressService) {}

  @Query(() => RolloutProgressModel, {
    description: 'Rollout progress of one tenant: waves, coverage over time, readiness, projection',
  })
  async rolloutProgress(
    @CurrentAuth() auth: AuthContext,
    @Args('tenantId', { type: () => ID }) tenantId: string,
  ): Promise<RolloutProgressModel> {
    const p = await this.rollout.progress(auth.scope, tenantId);
    return { ...p, windowFrom: p.window.from, windowTo: p.window.to };
  }

  @Query(() => [EntraGroupModel], {
    description: `Groups of the tenant's newest Entra data whose name or id contains q (at most ${GROUP_SEARCH.maxResults}; q up to ${GROUP_SEARCH.maxQueryLength} characters)`,
  })
  groups(
    @CurrentAuth() auth: AuthContext,
    @Args('tenantId', { type: () => ID }) tenantId: string,
    @Args('q', { type: () => String, nullable: true }) q?: string | null,
  ) {
    return this.rollout.groups(auth.scope, tenantId, q);
  }
}
