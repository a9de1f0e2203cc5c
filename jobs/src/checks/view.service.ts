import { Inject, Injectable } from '@nestjs/common';
import { Db } from '../database/db.js';
import { SnapshotsRepository } from '../ingest/snapshots.repository.js';
import { settingsView, type TenantSettings } from '../tenants/tenant-settings.js';
import { SignInAggregatesRepository, type WaveMembers } from './signin-aggregates.repository.js';
import { signInWindow } from '../common/sign-in-days.js';
import { GroupDirectory } from './catalogue/people.js';
import type { EntraData, SignInView, SourceView, TenantView } from './types.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Members' lower-cased UPNs of a group, nested groups included, resolved exactly as the checks
 * resolve them; none when the snapshot cannot say (the checks then answer ERROR themselves).
 */
export function groupUpns(entra: EntraData, groupId: string): string[] {
  try {
    return new GroupDirectory(entra)
      .members(groupId)
      .people.map((p) => p.upn)
      .filter((u): u is string => u !== null);
  } catch {
    return [];
  }
}

/**
 * Builds a tenant's view for the checks: the newest data of each source, sign-in aggregates
 * computed in SQL, rollout waves, active waivers and settings. All I/O for a check run is here.
 */
@Injectable()
export class TenantViewService {
  constructor(
    @Inject(Db) private readonly db: Db,
    @Inject(SnapshotsRepository) private readonly snapshots: SnapshotsRepository,
    @Inject(SignInAggregatesRepository) private readonly aggregates: SignInAggregatesRepository,
  ) {}

  async build(
    tenantId: string,
    settings: TenantSettings,
    now: Date = new Date(),
  ): Promise<TenantView> {
    const maxAge = settings.maxSourceAgeHours;
    const latest = await this.snapshots.latestPerSource(tenantId);
    const source = <T>(
      s: { snapshotId: string; capturedAt: Date; data: T } | undefined,
    ): SourceView<T> => {
      if (!s) return { state: 'ABSENT' };
      if (now.getTime() - s.capturedAt.getTime() > maxAge * HOUR) {
        return {
          state: 'STALE',
          snapshotId: s.snapshotId,
          capturedAt: s.capturedAt,
          maxAgeHours: maxAge,
        };
      }
      return { state: 'PRESENT', snapshotId: s.snapshotId, capturedAt: s.capturedAt, data: s.data };
    };
    const entra = source(latest.find((l) => l.source === 'entra'));
    const [waveRows, waiverRows] = await Promise.all([
      this.db.prisma.rolloutWave.findMany({ where: { tenantId }, orderBy: { order: 'asc' } }),
      this.db.prisma.waiver.findMany({
        where: { tenantId, revokedAt: null, expiresAt: { gt: now } },
      }),
    ]);
    const waves = waveRows.map((w) => ({
      id: w.id,
      name: w.name,
      groupId: w.groupId,
      order: w.order,
      plannedAt: w.plannedAt,
    }));
    const waveMembers: WaveMembers[] = waves.map((w) => ({
      waveId: w.id,
      waveName: w.name,
      upns: entra.state === 'PRESENT' ? groupUpns(entra.data, w.groupId) : [],
    }));
    return {
      tenantId,
      now,
      settings: settingsView(settings),
      exchangeOnline: source(latest.find((l) => l.source === 'exchangeOnline')),
      exchangeOnPremises: source(latest.find((l) => l.source === 'exchangeOnPremises')),
      entra,
      signIns: await this.signIns(tenantId, settings, now, waveMembers),
      waves,
      waivers: waiverRows.map((w) => ({
        id: w.id,
        checkId: w.checkId,
        scope: w.scope,
        items: w.items.map((i) => i.toLowerCase()),
        reason: w.reason,
        author: w.author,
        expiresAt: w.expiresAt,
      })),
    };
  }

  private async signIns(
    tenantId: string,
    settings: TenantSettings,
    now: Date,
    waves: WaveMembers[],
  ): Promise<SignInView> {
    const last = await this.aggregates.lastIngestedAt(tenantId);
    if (!last) return { state: 'ABSENT' };
    if (now.getTime() - last.getTime() > settings.maxSourceAgeHours * HOUR) {
      return { state: 'STALE', lastEventAt: last, maxAgeHours: settings.maxSourceAgeHours };
    }
    // Whole UTC days, as the sign-in rollups count them.
    const len = settings.signInLookbackDays * DAY;
    const window = signInWindow(now, settings.signInLookbackDays);
    const previousWindow = { from: new Date(window.from.getTime() - len), to: window.from };
    // Pulled sign-ins must cover the whole window; pushed ones (no cursor) are taken as complete.
    const cursor = await this.db.prisma.signInCursor.findUnique({ where: { tenantId } });
    if (cursor && cursor.coveredFrom.getTime() > window.from.getTime()) {
      return { state: 'PARTIAL', window, coveredFrom: cursor.coveredFrom };
    }
    const agg = await this.aggregates.compute(
      tenantId,
      window,
      previousWindow,
      waves,
      settings.approvedMobileAppIds,
    );
    return { state: 'PRESENT', window, previousWindow, ...agg };
  }
}
