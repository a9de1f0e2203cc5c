import { Inject } from '@nestjs/common';
import {
  Args,
  Context,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import {
  HistoryService,
  RolloutWavesService,
  WAIVER_LIMITS,
  WAVE_ORDER,
  WaiversService,
} from '@posture/jobs';
import { WaiverScope, type RolloutWave, type Waiver } from '@posture/prisma';
import type { AuthContext } from '../auth/auth.types.js';
import { CurrentAuth } from '../auth/current-auth.decorator.js';
import { Roles } from '../auth/roles.decorator.js';
import { listArgs, ListArgsDto, ListMetadata } from './models/common.js';
import {
  PosturePointModel,
  RolloutWaveFilterInput,
  RolloutWaveLimitsModel,
  RolloutWaveModel,
  WaiverFilterInput,
  WaiverLimitsModel,
  WaiverModel,
} from './models/rollout.model.js';

/** Pilot ids per tenant, looked up once per request however many waves the answer lists. */
const pilotsOf = new WeakMap<object, Map<string, Promise<string | null>>>();
import { orNull } from './tenants.resolver.js';

@Resolver(() => RolloutWaveModel)
export class RolloutWavesResolver {
  constructor(@Inject(RolloutWavesService) private readonly waves: RolloutWavesService) {}

  @Query(() => RolloutWaveModel, { name: 'RolloutWave', nullable: true })
  wave(@CurrentAuth() auth: AuthContext, @Args('id', { type: () => ID }) id: string) {
    return orNull(this.waves.get(auth.scope, id));
  }

  @Query(() => [RolloutWaveModel], { name: 'allRolloutWaves' })
  all(
    @CurrentAuth() auth: AuthContext,
    @Args() args: ListArgsDto,
    @Args('filter', { type: () => RolloutWaveFilterInput, nullable: true })
    filter?: RolloutWaveFilterInput,
  ) {
    return this.waves.list(auth.scope, listArgs(args), filter ?? {});
  }

  @Query(() => ListMetadata, { name: '_allRolloutWavesMeta' })
  async meta(
    @CurrentAuth() auth: AuthContext,
    @Args('page', { type: () => Int, nullable: true }) _page?: number,
    @Args('perPage', { type: () => Int, nullable: true }) _perPage?: number,
    @Args('filter', { type: () => RolloutWaveFilterInput, nullable: true })
    filter?: RolloutWaveFilterInput,
  ) {
    return { count: await this.waves.count(auth.scope, filter ?? {}) };
  }

  @Roles('ADMIN')
  @Mutation(() => RolloutWaveModel)
  createRolloutWave(
    @CurrentAuth() auth: AuthContext,
    @Args('tenantId', { type: () => ID }) tenantId: string,
    @Args('name') name: string,
    @Args('groupId') groupId: string,
    @Args('order', { type: () => Int }) order: number,
    @Args('plannedAt', { type: () => Date, nullable: true }) plannedAt?: Date | null,
  ) {
    return this.waves.create(auth.scope, tenantId, { name, groupId, order, plannedAt });
  }

  @Roles('ADMIN')
  @Mutation(() => RolloutWaveModel)
  updateRolloutWave(
    @CurrentAuth() auth: AuthContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('name', { type: () => String, nullable: true }) name?: string | null,
    @Args('groupId', { type: () => String, nullable: true }) groupId?: string | null,
    @Args('order', { type: () => Int, nullable: true }) order?: number | null,
    @Args('plannedAt', { type: () => Date, nullable: true }) plannedAt?: Date | null,
  ) {
    return this.waves.update(auth.scope, id, { name, groupId, order, plannedAt });
  }

  @Query(() => RolloutWaveLimitsModel)
  rolloutWaveLimits(): RolloutWaveLimitsModel {
    return { minOrder: WAVE_ORDER.min, maxOrder: WAVE_ORDER.max };
  }

  @ResolveField(() => Boolean)
  isPilot(
    @CurrentAuth() auth: AuthContext,
    @Context() context: object,
    @Parent() wave: RolloutWave,
  ): Promise<boolean> {
    let pilots = pilotsOf.get(context);
    if (!pilots) pilotsOf.set(context, (pilots = new Map()));
    let pilot = pilots.get(wave.tenantId);
    if (!pilot) pilots.set(wave.tenantId, (pilot = this.waves.pilotId(auth.scope, wave.tenantId)));
    return pilot.then((id) => id === wave.id);
  }

  @Roles('ADMIN')
  @Mutation(() => RolloutWaveModel)
  deleteRolloutWave(@CurrentAuth() auth: AuthContext, @Args('id', { type: () => ID }) id: string) {
    return this.waves.delete(auth.scope, id);
  }
}

const toWaiver = (w: Waiver) => ({ ...w, active: !w.revokedAt && w.expiresAt > new Date() });

@Resolver(() => WaiverModel)
export class WaiversResolver {
  constructor(@Inject(WaiversService) private readonly waivers: WaiversService) {}

  @Query(() => WaiverModel, { name: 'Waiver', nullable: true })
  async waiver(@CurrentAuth() auth: AuthContext, @Args('id', { type: () => ID }) id: string) {
    const w = await orNull(this.waivers.get(auth.scope, id));
    return w && toWaiver(w);
  }

  @Query(() => [WaiverModel], { name: 'allWaivers' })
  async all(
    @CurrentAuth() auth: AuthContext,
    @Args() args: ListArgsDto,
    @Args('filter', { type: () => WaiverFilterInput, nullable: true }) filter?: WaiverFilterInput,
  ) {
    return (await this.waivers.list(auth.scope, listArgs(args), filter ?? {})).map(toWaiver);
  }

  @Query(() => ListMetadata, { name: '_allWaiversMeta' })
  async meta(
    @CurrentAuth() auth: AuthContext,
    @Args('page', { type: () => Int, nullable: true }) _page?: number,
    @Args('perPage', { type: () => Int, nullable: true }) _perPage?: number,
    @Args('filter', { type: () => WaiverFilterInput, nullable: true }) filter?: WaiverFilterInput,
  ) {
    return { count: await this.waivers.count(auth.scope, filter ?? {}) };
  }

  @Query(() => WaiverLimitsModel)
  waiverLimits(): WaiverLimitsModel {
    return { ...WAIVER_LIMITS };
  }

  /** The author is the caller; nobody can waive in someone else's name. */
  @Roles('ANALYST')
  @Mutation(() => WaiverModel)
  async createWaiver(
    @CurrentAuth() auth: AuthContext,
    @Args('tenantId', { type: () => ID }) tenantId: string,
    @Args('checkId') checkId: string,
    @Args('scope', { type: () => WaiverScope }) scope: WaiverScope,
    @Args('reason') reason: string,
    @Args('expiresAt', { type: () => Date }) expiresAt: Date,
    @Args('items', { type: () => [String], nullable: true }) items?: string[] | null,
  ) {
    return toWaiver(
      await this.waivers.create(auth.scope, auth.subject, {
        tenantId,
        checkId,
        scope,
        reason,
        expiresAt,
        items,
      }),
    );
  }

  @Roles('ANALYST')
  @Mutation(() => WaiverModel, { description: 'Revokes the waiver (the record is kept).' })
  async deleteWaiver(@CurrentAuth() auth: AuthContext, @Args('id', { type: () => ID }) id: string) {
    return toWaiver(await this.waivers.revoke(auth.scope, id));
  }
}

@Resolver(() => PosturePointModel)
export class PostureHistoryResolver {
  constructor(@Inject(HistoryService) private readonly history: HistoryService) {}

  @Query(() => [PosturePointModel], {
    description:
      'Posture score and status counts over time (per run up to 31 days, per day beyond).',
  })
  postureHistory(
    @CurrentAuth() auth: AuthContext,
    @Args('tenantId', { type: () => ID }) tenantId: string,
    @Args('from', { type: () => Date }) from: Date,
    @Args('to', { type: () => Date, nullable: true }) to?: Date | null,
  ) {
    return this.history.postureHistory(auth.scope, tenantId, from, to ?? new Date());
  }
}
