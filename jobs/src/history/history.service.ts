import { Inject, Injectable } from '@nestjs/common';
import type { CheckResult, CheckRun, Prisma, Snapshot } from '@posture/prisma';
import { InvalidInput, NotFound } from '../errors.js';
import { canSee, scopeTenantIds, tenantWhere, type TenantScope } from '../scope.js';
import { isUuid, type ListArgs } from '../tenants/tenants.service.js';
import { HistoryRepository } from './history.repository.js';

export interface SnapshotFilter {
  tenantId?: string | null;
  ids?: string[] | null;
  source?: string | null;
}

export interface CheckRunFilter {
  tenantId?: string | null;
  ids?: string[] | null;
  status?: CheckRun['status'] | null;
  trigger?: CheckRun['trigger'] | null;
}

export interface CheckResultFilter {
  tenantId?: string | null;
  ids?: string[] | null;
  runId?: string | null;
  checkId?: string | null;
  status?: CheckResult['status'] | null;
  severity?: CheckResult['severity'] | null;
  latest?: boolean | null;
}

function order<T extends string>(
  args: ListArgs,
  allowed: readonly T[],
  fallback: T,
): Record<string, 'asc' | 'desc'> {
  const field = (allowed as readonly string[]).includes(args.sortField ?? '')
    ? args.sortField!
    : fallback;
  const dir =
    args.sortOrder?.toUpperCase() === 'ASC'
      ? 'asc'
      : args.sortOrder
        ? 'desc'
        : field === fallback
          ? 'desc'
          : 'asc';
  return { [field]: dir };
}

const page = (args: ListArgs) => ({
  skip: Math.max(0, args.page) * args.perPage,
  take: args.perPage,
});
const validIds = (ids?: string[] | null) => (ids ? { id: { in: ids.filter(isUuid) } } : {});

@Injectable()
export class HistoryService {
  constructor(@Inject(HistoryRepository) private readonly repo: HistoryRepository) {}

  private snapshotWhere(scope: TenantScope, f: SnapshotFilter): Prisma.SnapshotWhereInput {
    return {
      ...tenantWhere(scope, f.tenantId),
      ...validIds(f.ids),
      ...(f.source ? { sources: { has: f.source } } : {}),
    };
  }

  snapshots(scope: TenantScope, args: ListArgs, f: SnapshotFilter = {}): Promise<Snapshot[]> {
    return this.repo.snapshots(
      this.snapshotWhere(scope, f),
      order(args, ['capturedAt', 'receivedAt'], 'capturedAt'),
      page(args),
    );
  }

  countSnapshots(scope: TenantScope, f: SnapshotFilter = {}): Promise<number> {
    return this.repo.countSnapshots(this.snapshotWhere(scope, f));
  }

  async snapshot(scope: TenantScope, id: string): Promise<Snapshot> {
    const [s] = isUuid(id)
      ? await this.repo.snapshots({ ...tenantWhere(scope), id }, {}, { skip: 0, take: 1 })
      : [];
    if (!s) throw new NotFound(`snapshot ${id}`);
    return s;
  }

  private runWhere(scope: TenantScope, f: CheckRunFilter): Prisma.CheckRunWhereInput {
    return {
      ...tenantWhere(scope, f.tenantId),
      ...validIds(f.ids),
      ...(f.status ? { status: f.status } : {}),
      ...(f.trigger ? { trigger: f.trigger } : {}),
    };
  }

  runs(scope: TenantScope, args: ListArgs, f: CheckRunFilter = {}): Promise<CheckRun[]> {
    return this.repo.runs(
      this.runWhere(scope, f),
      order(args, ['startedAt', 'finishedAt', 'score', 'status'], 'startedAt'),
      page(args),
    );
  }

  countRuns(scope: TenantScope, f: CheckRunFilter = {}): Promise<number> {
    return this.repo.countRuns(this.runWhere(scope, f));
  }

  async checkRun(scope: TenantScope, id: string): Promise<CheckRun> {
    const [r] = isUuid(id)
      ? await this.repo.runs({ ...tenantWhere(scope), id }, {}, { skip: 0, take: 1 })
      : [];
    if (!r) throw new NotFound(`check run ${id}`);
    return r;
  }

  /** `latest` takes the newest result per tenant and check first, then applies the other filters. */
  private async resultWhere(
    scope: TenantScope,
    f: CheckResultFilter,
  ): Promise<Prisma.CheckResultWhereInput> {
    const and: Prisma.CheckResultWhereInput[] = [tenantWhere(scope, f.tenantId)];
    if (f.latest) {
      const ids = await this.repo.latestResultIds(scopeTenantIds(scope));
      and.push({ id: { in: ids } });
    }
    if (f.ids) and.push(validIds(f.ids));
    if (f.runId) and.push(isUuid(f.runId) ? { runId: f.runId } : { id: { in: [] } });
    if (f.checkId) and.push({ checkId: f.checkId });
    if (f.status) and.push({ status: f.status });
    if (f.severity) and.push({ severity: f.severity });
    return { AND: and };
  }

  async results(
    scope: TenantScope,
    args: ListArgs,
    f: CheckResultFilter = {},
  ): Promise<CheckResult[]> {
    const where = await this.resultWhere(scope, f);
    if (args.sortField === 'severity') {
      // Enum order in PostgreSQL is declaration order: CRITICAL first.
      return this.repo.results(
        where,
        { severity: args.sortOrder?.toUpperCase() === 'DESC' ? 'desc' : 'asc' },
        page(args),
      );
    }
    return this.repo.results(
      where,
      order(args, ['evaluatedAt', 'checkId', 'status', 'metric'], 'evaluatedAt'),
      page(args),
    );
  }

  async countResults(scope: TenantScope, f: CheckResultFilter = {}): Promise<number> {
    return this.repo.countResults(await this.resultWhere(scope, f));
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

  async checkResult(scope: TenantScope, id: string): Promise<CheckResult> {
    const [r] = isUuid(id)
      ? await this.repo.results({ ...tenantWhere(scope), id }, {}, { skip: 0, take: 1 })
      : [];
    if (!r) throw new NotFound(`check result ${id}`);
    return r;
  }
}
