import { Inject, Injectable } from '@nestjs/common';
import type { IngestionRun, Prisma } from '@posture/prisma';
import { ConnectorsRepository } from '../connectors/connectors.repository.js';
import { NotFound } from '../errors.js';
import { scopeTenantIds, tenantWhere, type TenantScope } from '../scope.js';
import { isUuid, type ListArgs } from '../tenants/tenants.service.js';
import { BrowseRepository, type SignInQuery } from './browse.repository.js';

export type SignInFilter = Omit<SignInQuery, 'tenantIds'> & { tenantId?: string | null };

/** What was ingested: sign-ins, mobile devices, ingestion runs. Read-only, tenant-scoped. */
@Injectable()
export class BrowseService {
  constructor(
    @Inject(BrowseRepository) private readonly repo: BrowseRepository,
    @Inject(ConnectorsRepository) private readonly connectors: ConnectorsRepository,
  ) {}

  signIns(scope: TenantScope, args: ListArgs, f: SignInFilter = {}) {
    const { tenantId, ...rest } = f;
    return this.repo.signIns(
      { ...rest, tenantIds: scopeTenantIds(scope, tenantId) },
      args.page * args.perPage,
      args.perPage,
      args.sortField,
      args.sortOrder,
    );
  }

  countSignIns(scope: TenantScope, f: SignInFilter = {}) {
    const { tenantId, ...rest } = f;
    return this.repo.countSignIns({ ...rest, tenantIds: scopeTenantIds(scope, tenantId) });
  }

  async signIn(scope: TenantScope, id: string) {
    const [s] = await this.repo.signIns(
      { tenantIds: scopeTenantIds(scope), ids: [id], from: new Date(0) },
      0,
      1,
    );
    if (!s) throw new NotFound(`sign-in ${id}`);
    return s;
  }

  mobileDevices(
    scope: TenantScope,
    args: ListArgs,
    f: { tenantId?: string | null; q?: string | null; accessState?: string | null } = {},
  ) {
    return this.repo.mobileDevices(
      scopeTenantIds(scope, f.tenantId),
      f,
      args.page * args.perPage,
      args.perPage,
    );
  }

  private runWhere(
    scope: TenantScope,
    f: {
      tenantId?: string | null;
      kind?: IngestionRun['kind'] | null;
      status?: IngestionRun['status'] | null;
      ids?: string[] | null;
    },
  ): Prisma.IngestionRunWhereInput {
    return {
      ...tenantWhere(scope, f.tenantId),
      ...(f.kind ? { kind: f.kind } : {}),
      ...(f.status ? { status: f.status } : {}),
      ...(f.ids ? { id: { in: f.ids.filter(isUuid) } } : {}),
    };
  }

  ingestionRuns(
    scope: TenantScope,
    args: ListArgs,
    f: Parameters<BrowseService['runWhere']>[1] = {},
  ) {
    return this.connectors.runs(this.runWhere(scope, f), args.page * args.perPage, args.perPage);
  }

  countIngestionRuns(scope: TenantScope, f: Parameters<BrowseService['runWhere']>[1] = {}) {
    return this.connectors.countRuns(this.runWhere(scope, f));
  }

  async ingestionRun(scope: TenantScope, id: string) {
    const [r] = isUuid(id) ? await this.connectors.runs({ ...tenantWhere(scope), id }, 0, 1) : [];
    if (!r) throw new NotFound(`ingestion run ${id}`);
    return r;
  }
}
