import { Inject } from '@nestjs/common';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  BrowseService,
  CLIENT_APPS,
  CONNECTOR_DEFAULTS,
  ConnectorsService,
  MAX_SIGN_IN_DAYS,
  SyncService,
} from '@posture/jobs';
import type { AuthContext } from '../auth/auth.types.js';
import { CurrentAuth } from '../auth/current-auth.decorator.js';
import { Roles } from '../auth/roles.decorator.js';
import { listArgs, ListArgsDto, ListMetadata } from './models/common.js';
import {
  ClientAppModel,
  ConnectorChangePreviewModel,
  ConnectorDefaultsModel,
  ConnectorSettingsInput,
  ConnectorSettingsModel,
  IngestionRunFilterInput,
  IngestionRunModel,
  MobileDeviceFilterInput,
  MobileDeviceModel,
  SignInDayCountModel,
  SignInDayFilterInput,
  SignInFilterInput,
  SignInModel,
  SyncResultModel,
} from './models/ingestion.model.js';
import { orNull } from './tenants.resolver.js';

@Resolver(() => ConnectorSettingsModel)
export class ConnectorsResolver {
  constructor(
    @Inject(ConnectorsService) private readonly connectors: ConnectorsService,
    @Inject(SyncService) private readonly sync: SyncService,
  ) {}

  @Roles('ADMIN')
  @Query(() => ConnectorSettingsModel, { nullable: true })
  connectorSettings(
    @CurrentAuth() auth: AuthContext,
    @Args('tenantId', { type: () => ID }) tenantId: string,
  ) {
    return this.connectors.get(auth.scope, tenantId);
  }

  /** Creates or changes the connector; a changed base URL clears the stored secret. */
  @Roles('ADMIN')
  @Mutation(() => ConnectorSettingsModel)
  updateConnectorSettings(
    @CurrentAuth() auth: AuthContext,
    @Args('tenantId', { type: () => ID }) tenantId: string,
    @Args('input', { type: () => ConnectorSettingsInput }) input: ConnectorSettingsInput,
  ) {
    return this.connectors.update(auth.scope, tenantId, input);
  }

  /** Saving `input` checked by the rules `updateConnectorSettings` applies, without saving. */
  @Roles('ADMIN')
  @Query(() => ConnectorChangePreviewModel)
  async connectorChangePreview(
    @CurrentAuth() auth: AuthContext,
    @Args('tenantId', { type: () => ID }) tenantId: string,
    @Args('input', { type: () => ConnectorSettingsInput }) input: ConnectorSettingsInput,
  ): Promise<ConnectorChangePreviewModel> {
    const { clearsSecret, problems } = await this.connectors.preview(auth.scope, tenantId, input);
    return { clearsSecret, problems };
  }

  @Roles('ADMIN')
  @Query(() => ConnectorDefaultsModel)
  connectorDefaults(): ConnectorDefaultsModel {
    return { ...CONNECTOR_DEFAULTS };
  }

  /** Pulls the tenant now (snapshot, then sign-ins) and returns the two ingestion runs. */
  @Roles('ADMIN')
  @Mutation(() => SyncResultModel)
  syncTenant(
    @CurrentAuth() auth: AuthContext,
    @Args('tenantId', { type: () => ID }) tenantId: string,
  ) {
    return this.sync.sync(auth.scope, tenantId, 'MANUAL');
  }
}

@Resolver(() => IngestionRunModel)
export class IngestionRunsResolver {
  constructor(@Inject(BrowseService) private readonly browse: BrowseService) {}

  @Query(() => IngestionRunModel, { name: 'IngestionRun', nullable: true })
  run(@CurrentAuth() auth: AuthContext, @Args('id', { type: () => ID }) id: string) {
    return orNull(this.browse.ingestionRun(auth.scope, id));
  }

  @Query(() => [IngestionRunModel], { name: 'allIngestionRuns' })
  all(
    @CurrentAuth() auth: AuthContext,
    @Args() args: ListArgsDto,
    @Args('filter', { type: () => IngestionRunFilterInput, nullable: true })
    filter?: IngestionRunFilterInput,
  ) {
    return this.browse.ingestionRuns(auth.scope, listArgs(args), filter ?? {});
  }

  @Query(() => ListMetadata, { name: '_allIngestionRunsMeta' })
  async meta(
    @CurrentAuth() auth: AuthContext,
    @Args('page', { type: () => Int, nullable: true }) _page?: number,
    @Args('perPage', { type: () => Int, nullable: true }) _perPage?: number,
    @Args('filter', { type: () => IngestionRunFilterInput, nullable: true })
    filter?: IngestionRunFilterInput,
  ) {
    return { count: await this.browse.countIngestionRuns(auth.scope, filter ?? {}) };
  }
}

@Resolver(() => SignInModel)
export class SignInsResolver {
  constructor(@Inject(BrowseService) private readonly browse: BrowseService) {}

  @Query(() => SignInModel, { name: 'SignIn', nullable: true })
  signIn(@CurrentAuth() auth: AuthContext, @Args('id', { type: () => ID }) id: string) {
    return orNull(this.browse.signIn(auth.scope, id));
  }

  @Query(() => [ClientAppModel], {
    description: 'The clientAppUsed values Graph documents, modern first (sign-in filter choices).',
  })
  signInClientApps() {
    return CLIENT_APPS;
  }

  @Query(() => [SignInModel], { name: 'allSignIns' })
  all(
    @CurrentAuth() auth: AuthContext,
    @Args() args: ListArgsDto,
    @Args('filter', { type: () => SignInFilterInput, nullable: true }) filter?: SignInFilterInput,
    @Args('after', {
      type: () => String,
      nullable: true,
      description:
        "The cursor of the previous page's last row (same filter and sort): the page is then a keyset seek, `page` only its number.",
    })
    after?: string | null,
  ) {
    return this.browse.signIns(
      auth.scope,
      { ...listArgs(args), after: after ?? null },
      filter ?? {},
    );
  }

  @Query(() => [SignInDayCountModel], {
    description: `Sign-ins per UTC day and protocol, successful or refused (at most ${MAX_SIGN_IN_DAYS} days): what the charts draw.`,
  })
  signInsPerDay(
    @CurrentAuth() auth: AuthContext,
    @Args('filter', { type: () => SignInDayFilterInput, nullable: true })
    filter?: SignInDayFilterInput,
  ) {
    return this.browse.signInsPerDay(auth.scope, filter ?? {});
  }

  @Query(() => ListMetadata, { name: '_allSignInsMeta' })
  async meta(
    @CurrentAuth() auth: AuthContext,
    @Args('page', { type: () => Int, nullable: true }) _page?: number,
    @Args('perPage', { type: () => Int, nullable: true }) _perPage?: number,
    @Args('filter', { type: () => SignInFilterInput, nullable: true }) filter?: SignInFilterInput,
  ) {
    return this.browse.countSignIns(auth.scope, filter ?? {});
  }
}

const device = (
  d: Record<string, unknown> & { tenantId: string; snapshotId: string },
): MobileDeviceModel => {
  const s = (k: string) => (typeof d[k] === 'string' ? (d[k] as string) : null);
  return {
    id: `${d.tenantId}:${s('DeviceId') ?? ''}`,
    tenantId: d.tenantId,
    snapshotId: d.snapshotId,
    DeviceId: s('DeviceId'),
    UserDisplayName: s('UserDisplayName'),
    DeviceType: s('DeviceType'),
    DeviceModel: s('DeviceModel'),
    DeviceUserAgent: s('DeviceUserAgent'),
    ClientType: s('ClientType'),
    DeviceAccessState: s('DeviceAccessState'),
    DeviceAccessStateReason: s('DeviceAccessStateReason'),
    DeviceActiveSyncVersion: s('DeviceActiveSyncVersion'),
    FirstSyncTime: s('FirstSyncTime'),
    LastSuccessSync: s('LastSuccessSync'),
    raw: d,
  };
};

@Resolver(() => MobileDeviceModel)
export class MobileDevicesResolver {
  constructor(@Inject(BrowseService) private readonly browse: BrowseService) {}

  @Query(() => [MobileDeviceModel], { name: 'allMobileDevices' })
  async all(
    @CurrentAuth() auth: AuthContext,
    @Args() args: ListArgsDto,
    @Args('filter', { type: () => MobileDeviceFilterInput, nullable: true })
    filter?: MobileDeviceFilterInput,
  ) {
    return (await this.browse.mobileDevices(auth.scope, listArgs(args), filter ?? {})).rows.map(
      device,
    );
  }

  @Query(() => ListMetadata, { name: '_allMobileDevicesMeta' })
  async meta(
    @CurrentAuth() auth: AuthContext,
    @Args('page', { type: () => Int, nullable: true }) _page?: number,
    @Args('perPage', { type: () => Int, nullable: true }) _perPage?: number,
    @Args('filter', { type: () => MobileDeviceFilterInput, nullable: true })
    filter?: MobileDeviceFilterInput,
  ) {
    return {
      count: (await this.browse.mobileDevices(auth.scope, { page: 0, perPage: 1 }, filter ?? {}))
        .total,
    };
  }
}

/** `isEstimate` of every list's metadata: false unless the list said its count is an estimate. */
@Resolver(() => ListMetadata)
export class ListMetadataResolver {
  @ResolveField(() => Boolean)
  isEstimate(@Parent() meta: ListMetadata): boolean {
    return meta.isEstimate ?? false;
  }
}
