import { ApiTokensResolver, SessionsResolver } from './access.resolver.js';
import { AlertsResolver, CheckRunChangesResolver } from './alerts.resolver.js';
import { SnapshotAppProtectionResolver } from './app-protection.resolver.js';
import { AuditResolver } from './audit.resolver.js';
import { AuthResolver } from './auth.resolver.js';
import { ChecksResolver } from './checks.resolver.js';
import { DriftEventsResolver, SnapshotDriftResolver } from './drift.resolver.js';
import { CheckResultsResolver, CheckRunsResolver, SnapshotsResolver } from './history.resolver.js';
import { HomeResolver } from './home.resolver.js';
import {
  ConnectorsResolver,
  IngestionRunsResolver,
  ListMetadataResolver,
  MobileDevicesResolver,
  SignInsResolver,
} from './ingestion.resolver.js';
import {
  PostureHistoryResolver,
  RolloutWavesResolver,
  WaiversResolver,
} from './rollout.resolver.js';
import {
  NotificationChannelsResolver,
  NotificationDeliveriesResolver,
} from './notifications.resolver.js';
import { SnapshotSectionsResolver } from './snapshot-sections.resolver.js';
import { RolloutProgressResolver } from './rollout-progress.resolver.js';
import { TenantsResolver } from './tenants.resolver.js';
import { UsersResolver } from './users.resolver.js';

/** Every resolver: the app serves them, and schema.graphql is printed from them. */
export const RESOLVERS = [
  UsersResolver,
  AuthResolver,
  TenantsResolver,
  SnapshotsResolver,
  SnapshotAppProtectionResolver,
  SnapshotSectionsResolver,
  CheckRunsResolver,
  CheckResultsResolver,
  ChecksResolver,
  RolloutWavesResolver,
  WaiversResolver,
  PostureHistoryResolver,
  HomeResolver,
  RolloutProgressResolver,
  ConnectorsResolver,
  IngestionRunsResolver,
  SignInsResolver,
  ListMetadataResolver,
  MobileDevicesResolver,
  DriftEventsResolver,
  SnapshotDriftResolver,
  AlertsResolver,
  AuditResolver,
  NotificationChannelsResolver,
  NotificationDeliveriesResolver,
  CheckRunChangesResolver,
  ApiTokensResolver,
  SessionsResolver,
];
