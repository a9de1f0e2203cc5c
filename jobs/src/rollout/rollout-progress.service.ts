import { Inject, Injectable } from '@nestjs/common';
import { pilotWave } from '../checks/catalogue/people.js';
import { lower } from '../checks/catalogue/shared.js';
import type { TenantView } from '../checks/types.js';
import { signInWindow } from '../common/sign-in-days.js';
import { TenantViewService } from '../checks/view.service.js';
import type { Tx } from '../database/db.js';
import { InvalidInput, NotFound } from '../errors.js';
import { ALL_TENANTS, type TenantScope } from '../scope.js';
import { settingsView } from '../tenants/tenant-settings.js';
import { TenantsService } from '../tenants/tenants.service.js';
import { coverageNow, OVERALL, project, type CoverageNow, type Projection } from './progress.js';
import {
  READINESS_CAP,
  RolloutProgressRepository,
  type HistoryPoint,
  type SourceAt,
} from './rollout-progress.repository.js';
import { RolloutWavesRepository } from './rollout-waves.repository.js';

export interface ReadinessRow {
  userPrincipalName: string;
  mailboxLocation: 'ONLINE' | 'ON_PREMISES' | 'NONE';
  covered: boolean;
  protocols: string[];
  clients: string[];
  count: number;
  lastSeen: Date | null;
}

export interface WaveMemberRow {
  userPrincipalName: string;
  mailboxLocation: 'ONLINE' | 'ON_PREMISES' | 'NONE';
  covered: boolean;
  effectivePolicy: string | null;
  policySource: string | null;
  reason: string | null;
  protocols: string[];
  clients: string[];
  count: number;
  lastSeen: Date | null;
}

export interface CoverageFigures {
  members: number;
  covered: number;
  coverage: number | null;
  withoutMailbox: number;
}

export interface WaveProgressOut extends CoverageFigures {
  id: string;
  name: string;
  order: number;
  isPilot: boolean;
  plannedAt: Date | null;
  groupId: string;
  /** Why coverage could not be computed now (the group is not in the Entra data, …). */
  problem: string | null;
  readiness: ReadinessRow[];
  history: Array<{ at: Date; coverage: number | null; covered: number; members: number }>;
  projectedCompletion: Projection;
}

export interface RolloutProgress {
  tenantId: string;
  capturedAt: Date | null;
  overall: CoverageFigures & { problem: string | null };
  overallHistory: Array<{ at: Date; coverage: number | null; covered: number; members: number }>;
  waves: WaveProgressOut[];
  projectedCompletion: Projection;
  /** The readiness look-back window (the tenant's sign-in look-back). */
  window: { from: Date; to: Date };
}

/** Groups served per search: a picker, not an export. */
export const GROUP_SEARCH = { maxResults: 50, maxQueryLength: 200 } as const;

/** Rollout progress: coverage now and over time, readiness and projection (issue 9). */
@Injectable()
export class RolloutProgressService {
  constructor(
    @Inject(TenantsService) private readonly tenants: TenantsService,
    @Inject(TenantViewService) private readonly views: TenantViewService,
    @Inject(RolloutProgressRepository) private readonly repo: RolloutProgressRepository,
    @Inject(RolloutWavesRepository) private readonly waves: RolloutWavesRepository,
  ) {}

  /** Coverage the run's view gives, stored in the run's transaction (check-runs.service). */
  async recordRun(tx: Tx, view: TenantView, runId: string): Promise<number> {
    return this.repo.record(tx, view.tenantId, runId, coverageNow(view));
  }

  /**
   * Coverage as of a snapshot being stored, written in the snapshot's transaction (ingest
   * service): the newest data of each source captured at or before it, the tenant's waves, the
   * same definition as the checks (coverageNow). Keyed by the data's capture time like a run's
   * point, so the run that follows over the same data rewrites the same row (idempotent).
   */
  async recordSnapshot(tx: Tx, tenantId: string, capturedAt: Date): Promise<number> {
    const settings = await this.tenants.settings(ALL_TENANTS, tenantId);
    const latest = await this.repo.sourcesAt(tx, tenantId, capturedAt);
    const waveRows = await tx.rolloutWave.findMany({
      where: { tenantId },
      orderBy: { order: 'asc' },
    });
    const maxAge = settings.maxSourceAgeHours * 3_600_000;
    const source = <S extends SourceAt['source']>(name: S) => {
      const s = latest.find((l) => l.source === name);
      // Data older than the tenant's limit at that time is stale, as the checks would see it.
      if (!s || capturedAt.getTime() - new Date(s.capturedAt).getTime() > maxAge)
        return { state: 'ABSENT' as const };
      return {
        state: 'PRESENT' as const,
        snapshotId: s.snapshotId,
        capturedAt: new Date(s.capturedAt),
        data: s.data as never,
      };
    };
    const view: TenantView = {
      tenantId,
      now: capturedAt,
      settings: settingsView(settings),
      exchangeOnline: source('exchangeOnline'),
      exchangeOnPremises: source('exchangeOnPremises'),
      entra: source('entra'),
      signIns: { state: 'ABSENT' },
      waves: waveRows.map((w) => ({
        id: w.id,
        name: w.name,
        groupId: w.groupId,
        order: w.order,
        plannedAt: w.plannedAt,
      })),
      waivers: [],
    };
    return this.repo.record(tx, tenantId, null, coverageNow(view));
  }

  /** Groups of the tenant's newest Entra data whose name or id contains `q`, by name, bounded. */
  async groups(
    scope: TenantScope,
    tenantId: string,
    q: string | null | undefined,
  ): Promise<Array<{ id: string; displayName: string | null }>> {
    await this.tenants.get(scope, tenantId);
    const query = (q ?? '').trim();
    if (query.length > GROUP_SEARCH.maxQueryLength)
      throw new InvalidInput('invalid group search', [
        { path: 'q', reason: `must be at most ${GROUP_SEARCH.maxQueryLength} characters` },
      ]);
    return this.waves.searchGroups(tenantId, query, GROUP_SEARCH.maxResults);
  }

  async progress(scope: TenantScope, tenantId: string, now = new Date()): Promise<RolloutProgress> {
    await this.tenants.get(scope, tenantId);
    const settings = await this.tenants.settings(scope, tenantId);
    const view = await this.views.build(tenantId, settings, now);
    const cov = coverageNow(view);
    const pilot = pilotWave(view.waves);
    const window = signInWindow(now, settings.signInLookbackDays);
    const history = await this.repo.history(
      tenantId,
      [OVERALL, ...view.waves.map((w) => w.id)],
      now,
    );
    const readiness = await this.readiness(view, cov, window);
    const historyOf = (key: string) =>
      history
        .filter((h: HistoryPoint) => h.waveKey === key)
        .map((h) => ({ at: h.at, coverage: h.coverage, covered: h.covered, members: h.members }));
    const figures = (c: CoverageNow['overall']): CoverageFigures => ({
      members: c?.members ?? 0,
      covered: c?.covered ?? 0,
      coverage: c?.coverage ?? null,
      withoutMailbox: c?.withoutMailbox ?? 0,
    });
    const withNow = (
      points: ReturnType<typeof historyOf>,
      c: CoverageNow['overall'],
    ): ReturnType<typeof historyOf> =>
      // The stored history, plus the coverage of the data as it is now when no run stored it yet.
      c && cov.capturedAt && !points.some((p) => p.at.getTime() === cov.capturedAt!.getTime())
        ? [
            ...points,
            { at: cov.capturedAt, coverage: c.coverage, covered: c.covered, members: c.members },
          ]
        : points;
    const overallHistory = withNow(historyOf(OVERALL), cov.overall);
    return {
      tenantId,
      capturedAt: cov.capturedAt,
      overall: { ...figures(cov.overall), problem: cov.problem },
      overallHistory,
      waves: cov.waves.map((w) => {
        const h = withNow(historyOf(w.wave.id), w.coverage);
        return {
          id: w.wave.id,
          name: w.wave.name,
          order: w.wave.order,
          isPilot: pilot?.id === w.wave.id,
          plannedAt: w.wave.plannedAt,
          groupId: w.wave.groupId,
          problem: w.problem,
          ...figures(w.coverage),
          readiness: readiness.get(w.wave.id) ?? [],
          history: h,
          projectedCompletion: project(h),
        };
      }),
      projectedCompletion: project(overallHistory),
      window,
    };
  }

  /**
   * Every member of one wave with coverage and readiness (no cap), for the CSV export: the
   * wave's members come from the snapshot the view holds; readiness from SQL.
   */
  async waveMembers(
    scope: TenantScope,
    tenantId: string,
    waveId: string,
    now = new Date(),
  ): Promise<{ wave: { id: string; name: string }; rows: WaveMemberRow[] }> {
    await this.tenants.get(scope, tenantId);
    const settings = await this.tenants.settings(scope, tenantId);
    const view = await this.views.build(tenantId, settings, now);
    const wave = view.waves.find((w) => w.id === waveId);
    if (!wave) throw new NotFound(`rollout wave ${waveId}`);
    const cov = coverageNow({ ...view, waves: [wave] });
    const window = signInWindow(now, settings.signInLookbackDays);
    const readiness = new Map(
      ((await this.readiness(view, cov, window, null)).get(waveId) ?? []).map((r) => [
        r.userPrincipalName,
        r,
      ]),
    );
    const rows = (cov.waves[0]?.coverage?.rows ?? []).map((m): WaveMemberRow => {
      const r = readiness.get(m.userPrincipalName);
      return {
        userPrincipalName: m.userPrincipalName,
        mailboxLocation: m.mailboxLocation,
        covered: m.covered,
        effectivePolicy: m.effectivePolicy,
        policySource: m.policySource,
        reason: m.reason,
        protocols: r?.protocols ?? [],
        clients: r?.clients ?? [],
        count: r?.count ?? 0,
        lastSeen: r?.lastSeen ?? null,
      };
    });
    return { wave: { id: wave.id, name: wave.name }, rows };
  }

  /**
   * Per wave, the members whose mail stops when enforcement reaches them: successful legacy
   * sign-ins in the window (SQL), and on-premises ActiveSync partnerships that are not Exchange
   * Online's OutlookService partnership (Outlook for iOS and Android over HMA).
   */
  private async readiness(
    view: TenantView,
    cov: CoverageNow,
    window: { from: Date; to: Date },
    cap: number | null = READINESS_CAP,
  ): Promise<Map<string, ReadinessRow[]>> {
    const members = new Map<
      string,
      Map<string, { location: ReadinessRow['mailboxLocation']; covered: boolean }>
    >();
    for (const w of cov.waves) {
      const m = new Map<string, { location: ReadinessRow['mailboxLocation']; covered: boolean }>();
      for (const r of w.coverage?.rows ?? [])
        m.set(r.userPrincipalName, { location: r.mailboxLocation, covered: r.covered });
      members.set(w.wave.id, m);
    }
    const signIns = await this.repo.readiness(
      view.tenantId,
      window,
      [...members].map(([waveId, m]) => ({ waveId, upns: [...m.keys()] })),
      cap,
    );
    const out = new Map<string, Map<string, ReadinessRow>>();
    const row = (waveId: string, upn: string): ReadinessRow => {
      const byUpn = out.get(waveId) ?? new Map<string, ReadinessRow>();
      out.set(waveId, byUpn);
      const found = byUpn.get(upn);
      if (found) return found;
      const who = members.get(waveId)?.get(upn);
      const created: ReadinessRow = {
        userPrincipalName: upn,
        mailboxLocation: who?.location ?? 'NONE',
        covered: who?.covered ?? false,
        protocols: [],
        clients: [],
        count: 0,
        lastSeen: null,
      };
      byUpn.set(upn, created);
      return created;
    };
    for (const s of signIns) {
      const r = row(s.waveId, s.userPrincipalName);
      r.protocols.push(...s.protocols);
      r.clients.push(...s.clients);
      r.count += s.count;
      r.lastSeen = s.lastSeen;
    }
    for (const p of onPremPartnerships(view, window.from)) {
      for (const [waveId, m] of members) {
        if (!m.has(p.upn)) continue;
        const r = row(waveId, p.upn);
        if (!r.protocols.includes(ON_PREM_EAS)) r.protocols.push(ON_PREM_EAS);
        if (p.client && !r.clients.includes(p.client)) r.clients.push(p.client);
        r.count += 1;
        if (p.lastSync && (!r.lastSeen || p.lastSync > r.lastSeen)) r.lastSeen = p.lastSync;
      }
    }
    return new Map(
      [...out].map(([waveId, byUpn]) => [
        waveId,
        [...byUpn.values()].sort(
          (a, b) => b.count - a.count || a.userPrincipalName.localeCompare(b.userPrincipalName),
        ),
      ]),
    );
  }
}

/** The protocol name readiness gives an on-premises ActiveSync partnership. */
export const ON_PREM_EAS = 'Exchange ActiveSync (on-premises)';

/**
 * On-premises Get-MobileDevice partnerships synced since `from`, other than DeviceType
 * OutlookService (Exchange Online syncing for Outlook mobile over HMA), joined to on-premises
 * Get-User by UserDisplayName = Identity (the user's canonical name), read as that user's UPN.
 */
function onPremPartnerships(
  view: TenantView,
  from: Date,
): Array<{ upn: string; client: string | null; lastSync: Date | null }> {
  if (view.exchangeOnPremises.state !== 'PRESENT') return [];
  const data = view.exchangeOnPremises.data;
  const byIdentity = new Map<string, string>();
  for (const u of data.users ?? []) {
    const identity = (u as { Identity?: unknown }).Identity;
    if (typeof identity === 'string' && typeof u.UserPrincipalName === 'string')
      byIdentity.set(lower(identity), lower(u.UserPrincipalName));
  }
  const out = [];
  for (const d of data.mobileDevices ?? []) {
    if (typeof d.DeviceType === 'string' && lower(d.DeviceType) === 'outlookservice') continue;
    const last = d.LastSuccessSync ? new Date(d.LastSuccessSync) : null;
    if (last && last < from) continue;
    const upn = d.UserDisplayName ? byIdentity.get(lower(d.UserDisplayName)) : undefined;
    if (!upn) continue;
    out.push({
      upn,
      client: [d.DeviceModel, d.DeviceType].filter(Boolean).join(' · ') || null,
      lastSync: last,
    });
  }
  return out;
}
