import { Inject } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@posture/prisma';
import { AccessService } from '../auth/access.service.js';
import type { AuthContext } from '../auth/auth.types.js';
import { CurrentAuth } from '../auth/current-auth.decorator.js';
import { Roles } from '../auth/roles.decorator.js';
import { ApiTokenModel, CreatedApiTokenModel, SessionModel } from './models/access.model.js';
import { listArgs, ListArgsDto, ListMetadata } from './models/common.js';
import { orNull } from './tenants.resolver.js';

/**
 * API tokens, ADMIN only: list, create (the token shown once) and revoke. An ADMIN limited to
 * some tenants manages only tokens within its tenants (AccessService).
 */
@Resolver(() => ApiTokenModel)
export class ApiTokensResolver {
  constructor(@Inject(AccessService) private readonly access: AccessService) {}

  @Roles('ADMIN')
  @Query(() => ApiTokenModel, { name: 'ApiToken', nullable: true })
  apiToken(@CurrentAuth() auth: AuthContext, @Args('id', { type: () => ID }) id: string) {
    return orNull(this.access.getToken(auth.scope, id));
  }

  @Roles('ADMIN')
  @Query(() => [ApiTokenModel], { name: 'allApiTokens' })
  allApiTokens(@CurrentAuth() auth: AuthContext, @Args() args: ListArgsDto) {
    return this.access.listTokens(auth.scope, listArgs(args));
  }

  @Roles('ADMIN')
  @Query(() => ListMetadata, { name: '_allApiTokensMeta' })
  async allApiTokensMeta(
    @CurrentAuth() auth: AuthContext,
    @Args('page', { type: () => Int, nullable: true }) _page?: number,
    @Args('perPage', { type: () => Int, nullable: true }) _perPage?: number,
  ) {
    return { count: await this.access.countTokens(auth.scope) };
  }

  @Roles('ADMIN')
  @Mutation(() => CreatedApiTokenModel, {
    description: 'Creates an API token; the answer carries the token once, and it is never stored.',
  })
  createApiToken(
    @CurrentAuth() auth: AuthContext,
    @Args('name', { type: () => String, description: '1 to 100 characters' }) name: string,
    @Args('role', { type: () => Role }) role: Role,
    @Args('tenantIds', {
      type: () => [ID],
      nullable: true,
      description: 'Absent or empty: every tenant (needs an ADMIN for every tenant)',
    })
    tenantIds?: string[] | null,
    @Args('expiresInDays', {
      type: () => Int,
      nullable: true,
      description: '1 to 3650; absent: never expires',
    })
    expiresInDays?: number | null,
  ) {
    return this.access.createToken(auth, { name, role, tenantIds, expiresInDays });
  }

  @Roles('ADMIN')
  @Mutation(() => ApiTokenModel, { description: 'Refuses the token from the next request on.' })
  revokeApiToken(@CurrentAuth() auth: AuthContext, @Args('id', { type: () => ID }) id: string) {
    return this.access.revokeToken(auth.scope, id);
  }
}

/**
 * Sign-in sessions, ADMIN only: an ADMIN for every tenant sees and ends every session; an ADMIN
 * limited to some tenants only its own.
 */
@Resolver(() => SessionModel)
export class SessionsResolver {
  constructor(@Inject(AccessService) private readonly access: AccessService) {}

  @Roles('ADMIN')
  @Query(() => [SessionModel], { name: 'allSessions' })
  allSessions(@CurrentAuth() auth: AuthContext, @Args() args: ListArgsDto) {
    return this.access.listSessions(auth, listArgs(args));
  }

  @Roles('ADMIN')
  @Query(() => ListMetadata, { name: '_allSessionsMeta' })
  async allSessionsMeta(
    @CurrentAuth() auth: AuthContext,
    @Args('page', { type: () => Int, nullable: true }) _page?: number,
    @Args('perPage', { type: () => Int, nullable: true }) _perPage?: number,
  ) {
    return { count: await this.access.countSessions(auth) };
  }

  @Roles('ADMIN')
  @Mutation(() => Boolean, { description: 'Signs that browser out.' })
  revokeSession(@CurrentAuth() auth: AuthContext, @Args('id', { type: () => ID }) id: string) {
    return this.access.revokeSession(auth, id);
  }
}
