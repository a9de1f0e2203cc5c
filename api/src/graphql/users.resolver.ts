import { Inject } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@posture/prisma';
import type { AuthContext } from '../auth/auth.types.js';
import { CurrentAuth } from '../auth/current-auth.decorator.js';
import { Roles } from '../auth/roles.decorator.js';
import { UsersService, type UserCaller } from '../auth/users.service.js';
import { CreatedUserModel, UserModel } from './models/access.model.js';
import { listArgs, ListArgsDto, ListMetadata } from './models/common.js';
import { orNull } from './tenants.resolver.js';

const caller = (auth: AuthContext): UserCaller => ({ scope: auth.scope, userId: auth.userId });

/**
 * Users, ADMIN only: list, create (a generated password shown once), change role and tenants,
 * disable and enable (UsersService). Every mutation is audited by the AuditInterceptor.
 */
@Resolver(() => UserModel)
export class UsersResolver {
  constructor(@Inject(UsersService) private readonly users: UsersService) {}

  @Roles('ADMIN')
  @Query(() => UserModel, { name: 'User', nullable: true })
  user(@CurrentAuth() auth: AuthContext, @Args('id', { type: () => ID }) id: string) {
    return orNull(this.users.get(auth.scope, id));
  }

  @Roles('ADMIN')
  @Query(() => [UserModel], { name: 'allUsers' })
  allUsers(@CurrentAuth() auth: AuthContext, @Args() args: ListArgsDto) {
    return this.users.list(auth.scope, listArgs(args));
  }

  @Roles('ADMIN')
  @Query(() => ListMetadata, { name: '_allUsersMeta' })
  async allUsersMeta(
    @CurrentAuth() auth: AuthContext,
    @Args('page', { type: () => Int, nullable: true }) _page?: number,
    @Args('perPage', { type: () => Int, nullable: true }) _perPage?: number,
  ) {
    return { count: await this.users.count(auth.scope) };
  }

  @Roles('ADMIN')
  @Mutation(() => CreatedUserModel, {
    description: 'Creates a user; the answer carries a generated password once.',
  })
  createUser(
    @CurrentAuth() auth: AuthContext,
    @Args('email') email: string,
    @Args('role', { type: () => Role, description: 'VIEWER, ANALYST or ADMIN' }) role: Role,
    @Args('tenantIds', {
      type: () => [ID],
      nullable: true,
      description: 'Absent or empty: every tenant (needs an ADMIN for every tenant)',
    })
    tenantIds?: string[] | null,
  ) {
    return this.users.create(caller(auth), { email, role, tenantIds });
  }

  @Roles('ADMIN')
  @Mutation(() => UserModel, {
    description: 'Changes role and tenants; the last active ADMIN for every tenant keeps both.',
  })
  updateUser(
    @CurrentAuth() auth: AuthContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('role', { type: () => Role, nullable: true }) role?: Role | null,
    @Args('tenantIds', { type: () => [ID], nullable: true }) tenantIds?: string[] | null,
  ) {
    return this.users.update(caller(auth), id, { role, tenantIds });
  }

  @Roles('ADMIN')
  @Mutation(() => UserModel, {
    description: 'Signs the user out and refuses their sign-ins; not yourself, not the last ADMIN.',
  })
  disableUser(@CurrentAuth() auth: AuthContext, @Args('id', { type: () => ID }) id: string) {
    return this.users.setActive(caller(auth), id, false);
  }

  @Roles('ADMIN')
  @Mutation(() => UserModel, { description: 'Lets a disabled user sign in again.' })
  enableUser(@CurrentAuth() auth: AuthContext, @Args('id', { type: () => ID }) id: string) {
    return this.users.setActive(caller(auth), id, true);
  }
}
