import { Module } from '@nestjs/common';
import { SignInAggregatesRepository } from './checks/signin-aggregates.repository.js';
import { TenantViewService } from './checks/view.service.js';
import { HistoryRepository } from './history/history.repository.js';
import { HistoryService } from './history/history.service.js';
import { IngestService } from './ingest/ingest.service.js';
import { SignInsRepository } from './ingest/signins.repository.js';
import { SnapshotsRepository } from './ingest/snapshots.repository.js';
import { CheckRunsRepository } from './runs/check-runs.repository.js';
import { CheckRunsService } from './runs/check-runs.service.js';
import { TenantsRepository } from './tenants/tenants.repository.js';
import { TenantsService } from './tenants/tenants.service.js';
import { RolloutWavesRepository } from './rollout/rollout-waves.repository.js';
import { RolloutWavesService } from './rollout/rollout-waves.service.js';
import { WaiversRepository } from './waivers/waivers.repository.js';
import { WaiversService } from './waivers/waivers.service.js';
import { ConnectorsRepository } from './connectors/connectors.repository.js';
import { ConnectorsService } from './connectors/connectors.service.js';
import { SyncService } from './connectors/sync.service.js';
import { BrowseRepository } from './browse/browse.repository.js';
import { BrowseService } from './browse/browse.service.js';

const providers = [
  TenantsRepository,
  TenantsService,
  SnapshotsRepository,
  SignInsRepository,
  IngestService,
  SignInAggregatesRepository,
  TenantViewService,
  CheckRunsRepository,
  CheckRunsService,
  HistoryRepository,
  HistoryService,
  WaiversRepository,
  WaiversService,
  RolloutWavesRepository,
  RolloutWavesService,
  ConnectorsRepository,
  ConnectorsService,
  SyncService,
  BrowseRepository,
  BrowseService,
];

/** The work of the product, wired for NestJS; needs DatabaseModule.forRoot(url) beside it. */
@Module({ providers, exports: providers })
export class JobsModule {}
