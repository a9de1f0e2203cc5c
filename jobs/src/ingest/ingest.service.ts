import { Inject, Injectable, Logger } from '@nestjs/common';
import type { SnapshotOrigin } from '@posture/prisma';
import { InvalidInput } from '../errors.js';
import type { TenantScope } from '../scope.js';
import { TenantsService } from '../tenants/tenants.service.js';
import { SignInsRepository } from './signins.repository.js';
import { toSignInRow, type SignInRow } from './signin.schema.js';
import { validateSnapshot } from './snapshot.schema.js';
import { SnapshotsRepository } from './snapshots.repository.js';

export interface SnapshotIngestResult {
  snapshotId: string;
  sources: string[];
  capturedAt: Date;
  drift: unknown[];
}

export interface SignInIngestResult {
  accepted: number;
  duplicates: number;
  rejected: Array<{ index: number; reason: string }>;
}

/** Rows per COPY batch: large enough for COPY's speed, small enough to bound memory. */
export const SIGNIN_BATCH = 5_000;

type IngestListener = (tenantId: string, kind: 'snapshot' | 'signins') => void;

@Injectable()
export class IngestService {
  private readonly log = new Logger('Ingest');
  private readonly listeners: IngestListener[] = [];

  constructor(
    @Inject(TenantsService) private readonly tenants: TenantsService,
    @Inject(SnapshotsRepository) private readonly snapshots: SnapshotsRepository,
    @Inject(SignInsRepository) private readonly signIns: SignInsRepository,
  ) {}

  /** Called after data is stored (the scheduler queues a check run from it). */
  onIngested(listener: IngestListener): void {
    this.listeners.push(listener);
  }

  /** For ingestion that does not go through this service's methods (pulled sign-ins). */
  notifyIngested(tenantId: string, kind: 'snapshot' | 'signins'): void {
    this.notify(tenantId, kind);
  }

  private notify(tenantId: string, kind: 'snapshot' | 'signins'): void {
    for (const l of this.listeners) {
      try {
        l(tenantId, kind);
      } catch (err) {
        this.log.warn(`ingest listener failed for tenant ${tenantId}: ${String(err)}`);
      }
    }
  }

  async ingestSnapshot(
    scope: TenantScope,
    tenantId: string,
    body: unknown,
    origin: SnapshotOrigin = 'PUSH',
  ): Promise<SnapshotIngestResult> {
    await this.tenants.get(scope, tenantId);
    const v = validateSnapshot(body);
    if (!v.ok)
      throw new InvalidInput(`invalid snapshot: ${v.problems.length} problem(s)`, v.problems);
    const stored = await this.snapshots.insert({
      tenantId,
      capturedAt: v.capturedAt,
      sources: v.sources,
      origin,
      raw: body as object,
    });
    this.notify(tenantId, 'snapshot');
    return {
      snapshotId: stored.id,
      sources: stored.sources,
      capturedAt: stored.capturedAt,
      drift: [],
    };
  }

  /**
   * Validates each event on its own (one bad event never sinks the good ones), then writes the
   * good ones in COPY batches. accepted + duplicates + rejected = events sent.
   */
  async ingestSignIns(
    scope: TenantScope,
    tenantId: string,
    events: Iterable<unknown> | AsyncIterable<unknown>,
  ): Promise<SignInIngestResult> {
    const settings = await this.tenants.settings(scope, tenantId);
    const now = new Date();
    const result: SignInIngestResult = { accepted: 0, duplicates: 0, rejected: [] };
    let batch: SignInRow[] = [];
    const flush = async () => {
      const w = await this.signIns.writeBatch(tenantId, batch);
      result.accepted += w.inserted;
      result.duplicates += w.duplicates;
      batch = [];
    };
    let index = 0;
    for await (const e of events as AsyncIterable<unknown>) {
      const i = index++;
      if (e instanceof Error) {
        result.rejected.push({ index: i, reason: e.message });
        continue;
      }
      const checked = toSignInRow(e, now, settings.signInRetentionDays);
      if (!checked.ok) result.rejected.push({ index: i, reason: checked.reason });
      else {
        batch.push(checked.row);
        if (batch.length >= SIGNIN_BATCH) await flush();
      }
    }
    await flush();
    if (result.accepted > 0) this.notify(tenantId, 'signins');
    return result;
  }
}
