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
} from './browse.repository.js';

export type { MobileDeviceFilter, SignInDayFilter, SignInFilter };

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
