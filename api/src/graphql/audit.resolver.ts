import { Inject } from '@nestjs/common';
import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { AuditService } from '../audit/audit.service.js';
import type { AuthContext } from '../auth/auth.types.js';
import { CurrentAuth } from '../auth/current-auth.decorator.js';
import { Roles } from '../auth/roles.decorator.js';
import { AuditEventModel, AuditFilterInput } from './models/audit.model.js';
import { listArgs, ListArgsDto, ListMetadata } from './models/common.js';

/** The audit log, for ADMINs; an ADMIN limited to some tenants sees those tenants' events. */
@Resolver(() => AuditEventModel)
export class AuditResolver {
  constructor(@Inject(AuditService) private readonly audit: AuditService) {}

  @Roles('ADMIN')
  @Query(() => AuditEventModel, { name: 'AuditEvent', nullable: true })
  auditEvent(@CurrentAuth() auth: AuthContext, @Args('id', { type: () => ID }) id: string) {
    return this.audit.get(auth.scope, id);
  }

  @Roles('ADMIN')
  @Query(() => [AuditEventModel], { name: 'allAuditEvents' })
  allAuditEvents(
    @CurrentAuth() auth: AuthContext,
    @Args() args: ListArgsDto,
    @Args('filter', { type: () => AuditFilterInput, nullable: true }) filter?: AuditFilterInput,
  ) {
    return this.audit.list(auth.scope, listArgs(args), filter ?? {});
  }

  @Roles('ADMIN')
  @Query(() => ListMetadata, { name: '_allAuditEventsMeta' })
  async allAuditEventsMeta(
    @CurrentAuth() auth: AuthContext,
    @Args('page', { type: () => Int, nullable: true }) _page?: number,
    @Args('perPage', { type: () => Int, nullable: true }) _perPage?: number,
    @Args('filter', { type: () => AuditFilterInput, nullable: true }) filter?: AuditFilterInput,
  ) {
    return { count: await this.audit.count(auth.scope, filter ?? {}) };
  }
}
