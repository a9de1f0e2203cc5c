import { Inject } from '@nestjs/common';
import { Args, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DriftService } from '@posture/jobs';
import type { AuthContext } from '../auth/auth.types.js';
import { CurrentAuth } from '../auth/current-auth.decorator.js';
import { listArgs, ListArgsDto, ListMetadata } from './models/common.js';
import { DriftEventFilterInput, DriftEventModel } from './models/drift.model.js';
import { SnapshotModel } from './models/history.model.js';
import { orNull } from './tenants.resolver.js';

/** How many events `Snapshot.drift` lists; the timeline (allDriftEvents) pages through the rest. */
export const SNAPSHOT_DRIFT_LIMIT = 200;

@Resolver(() => DriftEventModel)
export class DriftEventsResolver {
  constructor(@Inject(DriftService) private readonly drift: DriftService) {}

  @Query(() => DriftEventModel, { name: 'DriftEvent', nullable: true })
  driftEvent(@CurrentAuth() auth: AuthContext, @Args('id', { type: () => ID }) id: string) {
    return orNull(this.drift.get(auth.scope, id));
  }

  @Query(() => [DriftEventModel], {
    name: 'allDriftEvents',
    description: 'Sortable by capturedAt (default, newest first), detectedAt, path, source, kind.',
  })
  allDriftEvents(
    @CurrentAuth() auth: AuthContext,
    @Args() args: ListArgsDto,
    @Args('filter', { type: () => DriftEventFilterInput, nullable: true })
    filter?: DriftEventFilterInput,
  ) {
    return this.drift.list(auth.scope, filter ?? {}, listArgs(args));
  }

  @Query(() => ListMetadata, { name: '_allDriftEventsMeta' })
  async allDriftEventsMeta(
    @CurrentAuth() auth: AuthContext,
    @Args('page', { type: () => Int, nullable: true }) _page?: number,
    @Args('perPage', { type: () => Int, nullable: true }) _perPage?: number,
    @Args('filter', { type: () => DriftEventFilterInput, nullable: true })
    filter?: DriftEventFilterInput,
  ) {
    return { count: await this.drift.count(auth.scope, filter ?? {}) };
  }
}

@Resolver(() => SnapshotModel)
export class SnapshotDriftResolver {
  constructor(@Inject(DriftService) private readonly events: DriftService) {}

  @ResolveField('drift', () => [DriftEventModel], {
    description: `The changes this snapshot brought against its predecessor (the first ${SNAPSHOT_DRIFT_LIMIT}, by path).`,
  })
  drift(@CurrentAuth() auth: AuthContext, @Parent() s: SnapshotModel) {
    return this.events.list(
      auth.scope,
      { tenantId: s.tenantId, snapshotId: s.id },
      { page: 0, perPage: SNAPSHOT_DRIFT_LIMIT, sortField: 'path', sortOrder: 'ASC' },
    );
  }
}
