import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { AuthService } from '../auth/auth.service.js';
import { OPERATION_RULES, operationsFor, type OperationRule } from '../auth/operations.js';
import { Public } from '../auth/roles.decorator.js';
import { LoginResultModel } from './models/auth.model.js';

@Resolver()
export class AuthResolver {
  constructor(
    @Inject(AuthService) private readonly auth: AuthService,
    @Inject(OPERATION_RULES) private readonly rules: OperationRule[],
  ) {}

  /** The one operation that needs no token. */
  @Public()
  @Mutation(() => LoginResultModel)
  async login(@Args('email') email: string, @Args('password') password: string) {
    const { token, user } = await this.auth.login(email, password);
    return { token, user: { ...user, operations: operationsFor(user.role, this.rules) } };
  }

  @Mutation(() => Boolean, { description: 'Ends the current session.' })
  async logout(@Context('req') req: Request) {
    await this.auth.logout(req.headers.authorization);
    return true;
  }
}
