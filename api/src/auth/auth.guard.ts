import {
  type CanActivate,
  type ExecutionContext,
  Inject,
  Injectable,
  Optional,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Role } from '@posture/prisma';
import type { Request } from 'express';
import type { GraphQLResolveInfo } from 'graphql';
import { Forbidden } from '@posture/jobs';
import { actorOf, targetOf } from '../audit/audit.interceptor.js';
import { AuditService } from '../audit/audit.service.js';
import { ROLE_RANK, type AuthContext } from './auth.types.js';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator.js';

export function authOf(context: ExecutionContext): AuthContext | null {
  if (context.getType<string>() === 'graphql') {
    return (
      GqlExecutionContext.create(context).getContext<{ auth: AuthContext | null }>().auth ?? null
    );
  }
  return context.switchToHttp().getRequest<Request & { auth?: AuthContext | null }>().auth ?? null;
}

/** True when `role` satisfies one of `allowed`: ADMIN ⊇ ANALYST ⊇ VIEWER; COLLECTOR only itself. */
export function roleAllows(role: Role, allowed: readonly Role[]): boolean {
  return allowed.some((a) =>
    a === 'COLLECTOR' || role === 'COLLECTOR' ? role === a : ROLE_RANK[role] >= ROLE_RANK[a],
  );
}

/**
 * Every resolver and route needs a token unless marked @Public; without @Roles the minimum is
 * VIEWER (so a COLLECTOR token can push and nothing else).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Optional() @Inject(AuditService) private readonly audit?: AuditService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const auth = authOf(context);
    if (!auth) throw new UnauthorizedException('a valid bearer token is required');
    const roles = this.reflector.getAllAndOverride<Role[]>(ROLES_KEY, targets) ?? ['VIEWER'];
    if (!roleAllows(auth.role, roles)) {
      const message = `this needs the ${roles.join(' or ')} role`;
      await this.recordRefusal(context, message);
      throw new Forbidden(message, { code: 'ROLE_REQUIRED', params: { roles, role: auth.role } });
    }
    return true;
  }

  /** A refused mutation is an audited event (a refused query is not). */
  private async recordRefusal(context: ExecutionContext, message: string): Promise<void> {
    if (!this.audit || context.getType<string>() !== 'graphql') return;
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<GraphQLResolveInfo>();
    if (info.parentType.name !== 'Mutation') return;
    const args = gql.getArgs<Record<string, unknown>>();
    await this.audit.record({
      ...actorOf(gql.getContext(), args),
      action: info.fieldName,
      outcome: 'DENIED',
      ...targetOf(info.fieldName, args, null),
      args,
      error: message,
    });
  }
}
