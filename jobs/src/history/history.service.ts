import { Inject, Injectable } from '@nestjs/common';
import type { CheckResult, CheckRun, Snapshot } from '@posture/prisma';
import { CheckStatus } from '@posture/prisma/enums';
import { isUuid, type ListArgs } from '../common/list-args.js';
import { InvalidInput, NotFound } from '../errors.js';
import { canSee, type TenantScope } from '../scope.js';
import {
  HistoryRepository,
  type CheckResultFilter,
  type CheckResultRow,
  type CheckRunFilter,
  type SnapshotFilter,
  type SnapshotRow,
  type TenantOverviewRow,
} from './history.repository.js';

/** The most tenants the all-tenants overview lists. */
export const TENANT_OVERVIEW_LIMIT = 500;

export type { CheckResultFilter, CheckRunFilter, SnapshotFilter };

@Injectable()
export class HistoryService {
  constructor(@Inject(HistoryRepository) private readonly repo: HistoryRepository) {}

  /** Without `withRaw`, the snapshots' bodies are left unread (a list shows none of them). */
  snapshots(
    scope: TenantScope,
    args: ListArgs,
    f: SnapshotFilter = {},
    { withRaw = true }: { withRaw?: boolean } = {},
  ): Promise<SnapshotRow[]> {
    return this.repo.snapshots(scope, f, args, withRaw);
  }

  countSnapshots(scope: TenantScope, f: SnapshotFilter = {}): Promise<number> {
    return this.repo.countSnapshots(scope, f);
  }

  async snapshot(scope: TenantScope, id: string): Promise<Snapshot> {
    const s = await this.repo.snapshot(scope, id);
    if (!s) throw new NotFound(`snapshot ${id}`);
    return s;
  }

  runs(scope: TenantScope, args: ListArgs, f: CheckRunFilter = {}): Promise<CheckRun[]> {
    return this.repo.runs(scope, f, args);
  }

  countRuns(scope: TenantScope, f: CheckRunFilter = {}): Promise<number> {
    return this.repo.countRuns(scope, f);
  }

  async checkRun(scope: TenantScope, id: string): Promise<CheckRun> {
    const r = await this.repo.run(scope, id);
    if (!r) throw new NotFound(`check run ${id}`);
    return r;
  }

  results(
    scope: TenantScope,
    args: ListArgs,
    f: CheckResultFilter = {},
    withEvidence = true,
  ): Promise<CheckResultRow[]> {
    return this.repo.results(scope, f, args, withEvidence);
  }

  countResults(scope: TenantScope, f: CheckResultFilter = {}): Promise<number> {
    return this.repo.countResults(scope, f);
  }

  async checkResult(scope: TenantScope, id: string): Promise<CheckResult> {
    const r = await this.repo.result(scope, id);
    if (!r) throw new NotFound(`check result ${id}`);
    return r;
  }

  /** Posture over time for one tenant; per run up to 31 days, per day beyond. */
  async postureHistory(scope: TenantScope, tenantId: string, from: Date, to: Date) {
    if (!isUuid(tenantId) || !canSee(scope, tenantId)) throw new NotFound(`tenant ${tenantId}`);
    if (!(from < to))
      throw new InvalidInput('from must be before to', [
        { path: 'from', reason: 'must be before to' },
      ]);
    const perDay = to.getTime() - from.getTime() > 31 * 86_400_000;
    return this.repo.postureHistory(tenantId, from, to, perDay);
  }

  /**
   * A tenant's posture now (score, its change since a day and a week before, newest results by
   * status); without a tenant id the first one the scope may see; null when it sees none.
   */
  async postureSummary(scope: TenantScope, tenantId: string | null, now = new Date()) {
    if (tenantId !== null && (!isUuid(tenantId) || !canSee(scope, tenantId)))
      throw new NotFound(`tenant ${tenantId}`);
    const id = tenantId ?? (await this.repo.firstTenantId(scope));
    if (id === null) return null;
    const summary = await this.repo.postureSummary(id, now);
    if (!summary) throw new NotFound(`tenant ${id}`);
    const counts = new Map(summary.statusCounts.map((c) => [c.status, c.count]));
    return {
      ...summary,
      statusCounts: Object.values(CheckStatus).map((status) => ({
        status,
        count: counts.get(status) ?? 0,
      })),
    };
  }

  /** One row per tenant the scope may see (at most TENANT_OVERVIEW_LIMIT, by name). */
  tenantOverview(scope: TenantScope): Promise<TenantOverviewRow[]> {
    return this.repo.tenantOverview(scope, TENANT_OVERVIEW_LIMIT);
  }
}
