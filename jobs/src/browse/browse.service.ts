import { Inject, Injectable } from '@nestjs/common';
import type { ListArgs } from '../common/list-args.js';
import { ConnectorsService, type IngestionRunFilter } from '../connectors/connectors.service.js';
import { NotFound } from '../errors.js';
import type { TenantScope } from '../scope.js';
import {
  BrowseRepository,
  type MobileDeviceFilter,
  type SignInDayFilter,
  type SignInFilter,
  type SignInRowView,
} from './browse.repository.js';

export type { MobileDeviceFilter, SignInDayFilter, SignInFilter, SignInRowView };

/** Rows read per page of an export walk. */
export const EXPORT_PAGE_SIZE = 1000;

/** What was ingested: sign-ins, mobile devices, ingestion runs. Read-only, tenant-scoped. */
@Injectable()
export class BrowseService {
  constructor(
    @Inject(BrowseRepository) private readonly repo: BrowseRepository,
    @Inject(ConnectorsService) private readonly connectors: ConnectorsService,
  ) {}

  signIns(scope: TenantScope, args: ListArgs, f: SignInFilter = {}) {
    return this.repo.signIns(scope, f, args);
  }

  signInsPerDay(scope: TenantScope, f: SignInDayFilter = {}) {
    return this.repo.signInsPerDay(scope, f);
  }

  /**
   * Every sign-in the filter matches, newest first, in pages of `pageSize`: a keyset walk (each
   * page a seek after the previous page's last row), so an export of millions never holds more
   * than one page. The window's start is fixed once, so the pages of one walk agree.
   */
  async *walkSignIns(
    scope: TenantScope,
    f: SignInFilter = {},
    pageSize = EXPORT_PAGE_SIZE,
  ): AsyncGenerator<SignInRowView[]> {
    const filter = { ...f, from: f.from ?? new Date(Date.now() - 30 * 86_400_000) };
    let after: string | null = null;
    for (;;) {
      const rows = await this.repo.signIns(scope, filter, {
        page: 0,
        perPage: pageSize,
        sortField: 'createdAt',
        sortOrder: 'DESC',
        after,
      });
      if (rows.length > 0) yield rows;
      if (rows.length < pageSize) return;
      after = rows.at(-1)!.cursor;
    }
  }

  countSignIns(scope: TenantScope, f: SignInFilter = {}) {
    return this.repo.countSignIns(scope, f);
  }

  async signIn(scope: TenantScope, id: string) {
    const s = await this.repo.signIn(scope, id);
    if (!s) throw new NotFound(`sign-in ${id}`);
    return s;
  }

  mobileDevices(scope: TenantScope, args: ListArgs, f: MobileDeviceFilter = {}) {
    return this.repo.mobileDevices(scope, f, args);
  }

  ingestionRuns(scope: TenantScope, args: ListArgs, f: IngestionRunFilter = {}) {
    return this.connectors.ingestionRuns(scope, args, f);
  }

  countIngestionRuns(scope: TenantScope, f: IngestionRunFilter = {}) {
    return this.connectors.countIngestionRuns(scope, f);
  }

  ingestionRun(scope: TenantScope, id: string) {
    return this.connectors.ingestionRun(scope, id);
  }
}
