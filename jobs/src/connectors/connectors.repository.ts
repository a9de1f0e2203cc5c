import { Inject, Injectable } from '@nestjs/common';
import type {
  ConnectorSettings,
  IngestionKind,
  IngestionRun,
  Prisma,
  RunTrigger,
  SignInCursor,
} from '@posture/prisma';
import type { PoolClient } from 'pg';
import type { ListArgs } from '../common/list-args.js';
import { byIdWhere, idsWhere, pageOf, tenantWhere } from '../common/repository-helpers.js';
import { Db } from '../database/db.js';
import { progress, runError } from './ingest-messages.js';
import type { TenantScope } from '../scope.js';

export interface IngestionRunFilter {
  tenantId?: string | null;
  kind?: IngestionRun['kind'] | null;
  status?: IngestionRun['status'] | null;
  ids?: string[] | null;
}

@Injectable()
export class ConnectorsRepository {
  constructor(@Inject(Db) private readonly db: Db) {}

  settings(tenantId: string): Promise<ConnectorSettings | null> {
    return this.db.prisma.connectorSettings.findUnique({ where: { tenantId } });
  }

  upsertSettings(
    tenantId: string,
    create: Prisma.ConnectorSettingsUncheckedCreateInput,
    update: Prisma.ConnectorSettingsUpdateInput,
  ): Promise<ConnectorSettings> {
    return this.db.prisma.connectorSettings.upsert({ where: { tenantId }, create, update });
  }

  async isEnabled(tenantId: string): Promise<boolean> {
    const n = await this.db.prisma.connectorSettings.count({ where: { tenantId, enabled: true } });
    return n > 0;
  }

  cursor(tenantId: string): Promise<SignInCursor | null> {
    return this.db.prisma.signInCursor.findUnique({ where: { tenantId } });
  }

  async saveCursor(tenantId: string, coveredFrom: Date, syncedUntil: Date): Promise<void> {
    await this.db.prisma.signInCursor.upsert({
      where: { tenantId },
      create: { tenantId, coveredFrom, syncedUntil },
      update: { coveredFrom, syncedUntil },
    });
  }

  startRun(data: {
    tenantId: string;
    kind: IngestionKind;
    trigger: RunTrigger;
    windowFrom?: Date | null;
    windowTo?: Date | null;
  }): Promise<IngestionRun> {
    return this.db.prisma.ingestionRun.create({ data: { ...data, ...progress('starting') } });
  }

  updateRun(run: IngestionRun, data: Prisma.IngestionRunUpdateInput): Promise<IngestionRun> {
    return this.db.prisma.ingestionRun.update({
      where: { tenantId_id: { tenantId: run.tenantId, id: run.id } },
      data,
    });
  }

  /** Runs left RUNNING by a process that stopped: only called while holding the pull lock. */
  async markInterrupted(tenantId: string, kind: IngestionKind): Promise<number> {
    const r = await this.db.prisma.ingestionRun.updateMany({
      where: { tenantId, kind, status: 'RUNNING' },
      data: {
        status: 'FAILED',
        finishedAt: new Date(),
        ...runError('interrupted'),
      },
    });
    return r.count;
  }

  private runWhere(scope: TenantScope, f: IngestionRunFilter): Prisma.IngestionRunWhereInput {
    return {
      ...tenantWhere(scope, f.tenantId),
      ...(f.kind ? { kind: f.kind } : {}),
      ...(f.status ? { status: f.status } : {}),
      ...idsWhere(f.ids),
    };
  }

  /** Ingestion runs the scope may see, newest first. */
  runs(scope: TenantScope, f: IngestionRunFilter, args: ListArgs): Promise<IngestionRun[]> {
    return this.db.prisma.ingestionRun.findMany({
      where: this.runWhere(scope, f),
      orderBy: { startedAt: 'desc' },
      ...pageOf(args),
    });
  }

  countRuns(scope: TenantScope, f: IngestionRunFilter): Promise<number> {
    return this.db.prisma.ingestionRun.count({ where: this.runWhere(scope, f) });
  }

  run(scope: TenantScope, id: string): Promise<IngestionRun | null> {
    const where = byIdWhere(scope, id);
    return where ? this.db.prisma.ingestionRun.findFirst({ where }) : Promise.resolve(null);
  }

  /**
   * One pull per tenant and kind at a time, across processes: a session advisory lock held for
   * the pull. Null when another pull holds it.
   */
  async tryLock(
    tenantId: string,
    kind: IngestionKind,
  ): Promise<{ release(): Promise<void> } | null> {
    const client: PoolClient = await this.db.pool.connect();
    const { rows } = await client.query<{ ok: boolean }>(
      `SELECT pg_try_advisory_lock(hashtext($1)) AS ok`,
      [`pull:${kind}:${tenantId}`],
    );
    if (!rows[0]?.ok) {
      client.release();
      return null;
    }
    return {
      release: async () => {
        await client
          .query(`SELECT pg_advisory_unlock(hashtext($1))`, [`pull:${kind}:${tenantId}`])
          .catch(() => {});
        client.release();
      },
    };
  }

  /** The group ids the snapshot must carry members of: rollout waves and CA policy groups. */
  async waveGroupIds(tenantId: string): Promise<string[]> {
    const rows = await this.db.prisma.rolloutWave.findMany({
      where: { tenantId },
      select: { groupId: true },
    });
    return rows.map((r) => r.groupId);
  }
}
