import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createTestDatabase } from '@posture/prisma/testing';
import { AlertsRepository } from '../alerts/alerts.repository.js';
import { AlertsService } from '../alerts/alerts.service.js';
import { ExplainRepository } from '../alerts/explain.repository.js';
import { ExplainService } from '../alerts/explain.service.js';
import { SignInAggregatesRepository } from '../checks/signin-aggregates.repository.js';
import { TenantViewService } from '../checks/view.service.js';
import { Db } from '../database/db.js';
import { DriftRepository } from '../drift/drift.repository.js';
import { DriftService } from '../drift/drift.service.js';
import { HistoryRepository } from '../history/history.repository.js';
import { HistoryService } from '../history/history.service.js';
import { IngestAnnouncer, type IngestedKind } from '../ingest/ingest-announcer.js';
import { IngestService } from '../ingest/ingest.service.js';
import { SignInsRepository } from '../ingest/signins.repository.js';
import { SnapshotsRepository } from '../ingest/snapshots.repository.js';
import { NotificationDeliveryWorker } from '../notifications/delivery.worker.js';
import { NotificationsRepository } from '../notifications/notifications.repository.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import {
  DEFAULT_NOTIFICATION_OPTIONS,
  type NotificationOptions,
} from '../notifications/options.js';
import { CheckRunsRepository } from '../runs/check-runs.repository.js';
import { CheckRunsService } from '../runs/check-runs.service.js';
import { TenantsRepository } from '../tenants/tenants.repository.js';
import { TenantsService } from '../tenants/tenants.service.js';
import { RolloutWavesRepository } from '../rollout/rollout-waves.repository.js';
import { RolloutWavesService } from '../rollout/rollout-waves.service.js';
import { RolloutProgressRepository } from '../rollout/rollout-progress.repository.js';
import { RolloutProgressService } from '../rollout/rollout-progress.service.js';
import { WaiversRepository } from '../waivers/waivers.repository.js';
import { WaiversService } from '../waivers/waivers.service.js';

/** Keeps what ingestion announced, for tests of the pipeline (the queue is tested end to end). */
export class RecordingAnnouncer extends IngestAnnouncer {
  readonly announced: Array<{ tenantId: string; kind: IngestedKind }> = [];
  async announce(tenantId: string, kind: IngestedKind): Promise<void> {
    this.announced.push({ tenantId, kind });
  }
}

/** The jobs services wired by hand over a fresh test database (no Nest container needed). */
export async function testContext(
  templateUrl: string,
  notificationOptions: Partial<NotificationOptions> = {},
) {
  const database = await createTestDatabase(templateUrl);
  const services = wireServices(new Db(database.url), notificationOptions);
  return {
    ...services,
    databaseUrl: database.url,
    async close() {
      await services.close();
      await database.drop();
    },
  };
}

/** The jobs services wired by hand over one database connection pool. */
export function wireServices(db: Db, notificationOptions: Partial<NotificationOptions> = {}) {
  const tenants = new TenantsService(new TenantsRepository(db));
  const snapshots = new SnapshotsRepository(db);
  const signIns = new SignInsRepository(db);
  const announcer = new RecordingAnnouncer();
  const drift = new DriftService(new DriftRepository(db));
  const views = new TenantViewService(db, snapshots, new SignInAggregatesRepository(db));
  const key = randomBytes(32);
  const options = { ...DEFAULT_NOTIFICATION_OPTIONS, allowHttpLocal: true, ...notificationOptions };
  const notificationsRepo = new NotificationsRepository(db);
  const notifications = new NotificationsService(notificationsRepo, tenants, key, options);
  const delivery = new NotificationDeliveryWorker(db, notificationsRepo, notifications, options);
  const alerts = new AlertsService(new AlertsRepository(db), notifications);
  const explain = new ExplainService(new ExplainRepository(db));
  const waveRepo = new RolloutWavesRepository(db);
  const rollout = new RolloutProgressService(
    tenants,
    views,
    new RolloutProgressRepository(db),
    waveRepo,
  );
  const ingest = new IngestService(tenants, snapshots, signIns, announcer, drift, alerts, rollout);
  const runs = new CheckRunsService(tenants, views, new CheckRunsRepository(db), alerts, rollout);
  const history = new HistoryService(new HistoryRepository(db));
  const waivers = new WaiversService(new WaiversRepository(db), tenants);
  const waves = new RolloutWavesService(waveRepo, tenants);
  const aggregates = new SignInAggregatesRepository(db);
  return {
    db,
    tenants,
    snapshots,
    signIns,
    ingest,
    announcer,
    drift,
    views,
    runs,
    alerts,
    explain,
    history,
    waivers,
    waves,
    rollout,
    aggregates,
    notifications,
    delivery,
    newTenant: (name = 'Contoso') => tenants.create({ name }),
    async close() {
      await delivery.stop();
      await db.close();
    },
  };
}

export type TestContext = Awaited<ReturnType<typeof testContext>>;

const FIXTURES = path.resolve(
  __dirname,
  '..',
  '..',
  '..',
  'test',
  'fixtures',
  'microsoft-examples',
);

/** Microsoft's published sign-in list example, every field kept, dates moved into the window. */
export function microsoftSignIns(
  version: 'beta' | 'v1',
  now: Date = new Date(),
): Array<Record<string, unknown>> {
  const page = JSON.parse(
    readFileSync(path.join(FIXTURES, `signins-${version}-example.json`), 'utf8'),
  ) as {
    value: Array<Record<string, unknown>>;
  };
  return page.value.map((e, i) => ({
    ...e,
    createdDateTime: new Date(now.getTime() - (i + 1) * 3_600_000).toISOString(),
  }));
}
