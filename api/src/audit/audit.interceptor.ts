import {
  type CallHandler,
  type ExecutionContext,
  Inject,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import type { GraphQLResolveInfo } from 'graphql';
import { from, lastValueFrom, type Observable } from 'rxjs';
import type { AuthContext } from '../auth/auth.types.js';
import { AuditService, type AuditRecord } from './audit.service.js';

interface GqlContext {
  req?: Request;
  auth?: AuthContext | null;
}

/** Who is acting and from where, from a GraphQL call (refusals are recorded by the guard too). */
export function actorOf(
  ctx: GqlContext,
  args: Record<string, unknown>,
): Pick<AuditRecord, 'actor' | 'actorRole' | 'userId' | 'tokenId' | 'ip' | 'userAgent'> {
  const a = ctx.auth ?? null;
  return {
    actor: a?.subject ?? (typeof args.email === 'string' ? args.email : 'anonymous'),
    actorRole: a?.role ?? null,
    userId: a?.userId ?? null,
    tokenId: a?.tokenId ?? null,
    ip: ctx.req?.socket?.remoteAddress ?? null,
    userAgent: ctx.req?.headers?.['user-agent'] ?? null,
  };
}

/** The tenant and record an action names: its arguments first, then what it returned. */
export function targetOf(
  action: string,
  args: Record<string, unknown>,
  result: unknown,
): Pick<AuditRecord, 'tenantId' | 'targetId'> {
  const first = Array.isArray(result) ? (result[0] as unknown) : result;
  const r = (first && typeof first === 'object' ? first : {}) as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  const ids = Array.isArray(args.ids) ? args.ids.filter((x) => typeof x === 'string') : [];
  const targetId = str(args.id) ?? (ids.length ? ids.join(',') : null) ?? str(r.id);
  // Mutations of a tenant itself name it by `id`.
  const isTenant = /Tenants?$/.test(action);
  const tenantId =
    str(args.tenantId) ?? str(r.tenantId) ?? (isTenant ? (str(args.id) ?? str(r.id)) : null);
  return { tenantId, targetId };
}

/**
 * Records every GraphQL mutation, after it ran, with its outcome: who, what (the mutation and its
 * arguments, secrets redacted), on which tenant and record, when and from where. Queries are not
 * recorded. The answer waits for the record, so a test (or an auditor) reading right after sees it.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(@Inject(AuditService) private readonly audit: AuditService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() !== 'graphql') return next.handle();
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<GraphQLResolveInfo>();
    if (info.parentType.name !== 'Mutation') return next.handle();
    const action = info.fieldName;
    const args = gql.getArgs<Record<string, unknown>>();
    const who = actorOf(gql.getContext<GqlContext>(), args);
    return from(
      (async () => {
        try {
          const result: unknown = await lastValueFrom(next.handle(), { defaultValue: undefined });
          await this.audit.record({
            ...who,
            ...this.afterLogin(action, result, who),
            action,
            outcome: 'SUCCEEDED',
            ...targetOf(action, args, result),
            args,
          });
          return result;
        } catch (err) {
          await this.audit.record({
            ...who,
            action,
            outcome: 'FAILED',
            ...targetOf(action, args, null),
            args,
            error: err instanceof Error ? err.message : String(err),
          });
          throw err;
        }
      })(),
    );
  }

  /** A sign-in acts as the user it signed in (their id and role), not as "anonymous". */
  private afterLogin(
    action: string,
    result: unknown,
    who: Pick<AuditRecord, 'actorRole' | 'userId'>,
  ): Pick<AuditRecord, 'actorRole' | 'userId'> {
    if (action !== 'login' || !result || typeof result !== 'object') return {};
    const user = (result as { user?: { id?: string; role?: AuditRecord['actorRole'] } }).user;
    return { userId: user?.id ?? who.userId, actorRole: user?.role ?? who.actorRole };
  }
}
