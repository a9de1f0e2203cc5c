import type { Type } from '@nestjs/common';
import { RESOLVER_NAME_METADATA, RESOLVER_TYPE_METADATA } from '@nestjs/graphql';
import type { Role } from '@posture/prisma';
import { roleAllows } from './auth.guard.js';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator.js';

/** Injection token: the rules of every resolver the app serves (app.module provides them). */
export const OPERATION_RULES = Symbol('OPERATION_RULES');

/** One root query or mutation and who may run it, read from the decorators the guard reads. */
export interface OperationRule {
  name: string;
  kind: 'Query' | 'Mutation';
  /** null: @Public, anyone. */
  roles: readonly Role[] | null;
}

const meta = <T>(key: string, ...targets: object[]): T | undefined => {
  for (const target of targets) {
    const value = Reflect.getMetadata(key, target) as T | undefined;
    if (value !== undefined) return value;
  }
  return undefined;
};

/**
 * The root operations of these resolvers with the roles each needs: exactly what AuthGuard
 * enforces (method metadata over class metadata, VIEWER when neither says).
 */
export function operationRules(resolvers: readonly Type[]): OperationRule[] {
  const rules: OperationRule[] = [];
  for (const resolver of resolvers) {
    const proto = resolver.prototype as Record<string, unknown>;
    for (const method of Object.getOwnPropertyNames(proto)) {
      const handler = proto[method];
      if (method === 'constructor' || typeof handler !== 'function') continue;
      const kind = meta<string>(RESOLVER_TYPE_METADATA, handler);
      if (kind !== 'Query' && kind !== 'Mutation') continue;
      const isPublic = meta<boolean>(PUBLIC_KEY, handler, resolver) === true;
      rules.push({
        name: meta<string>(RESOLVER_NAME_METADATA, handler) ?? method,
        kind,
        roles: isPublic ? null : (meta<Role[]>(ROLES_KEY, handler, resolver) ?? ['VIEWER']),
      });
    }
  }
  return rules.sort((a, b) => a.name.localeCompare(b.name));
}

/** The names of the root operations a role may run. */
export function operationsFor(role: Role, rules: readonly OperationRule[]): string[] {
  return rules.filter((r) => r.roles === null || roleAllows(role, r.roles)).map((r) => r.name);
}
