import 'reflect-metadata';
import type { ExecutionContext, Type } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Role } from '@posture/prisma';
import { describe, expect, it } from 'vitest';
import { RESOLVERS } from '../graphql/resolvers.js';
import { AuthGuard } from './auth.guard.js';
import { operationRules, operationsFor } from './operations.js';

const guard = new AuthGuard(new Reflector());

/** Asks the real guard whether `role` may call `method` of `resolver`. */
async function guardAllows(resolver: Type, method: string, role: Role): Promise<boolean> {
  const handler = (resolver.prototype as Record<string, unknown>)[method] as () => unknown;
  const context = {
    getHandler: () => handler,
    getClass: () => resolver,
    getType: () => 'http',
    switchToHttp: () => ({ getRequest: () => ({ auth: { role } }) }),
  } as unknown as ExecutionContext;
  try {
    return await guard.canActivate(context);
  } catch {
    return false;
  }
}

describe('the operations a role may run, as sent to the dashboard at login', () => {
  const rules = operationRules(RESOLVERS);

  it('agree with what the guard lets each role call, operation by operation', async () => {
    let compared = 0;
    for (const resolver of RESOLVERS) {
      const proto = resolver.prototype as unknown as Record<string, unknown>;
      for (const method of Object.getOwnPropertyNames(proto)) {
        const name = Reflect.getMetadata('graphql:resolver_name', proto[method] as object) as
          string | undefined;
        const kind = Reflect.getMetadata('graphql:resolver_type', proto[method] as object);
        if (kind !== 'Query' && kind !== 'Mutation') continue;
        for (const role of Object.values(Role)) {
          const listed = operationsFor(role, rules).includes(name ?? method);
          expect(listed, `${role} ${name ?? method}`).toBe(
            await guardAllows(resolver, method, role),
          );
          compared++;
        }
      }
    }
    expect(compared).toBe(rules.length * Object.values(Role).length);
  });

  it('give a viewer the reads only, an analyst waivers, an admin tenants, a collector nothing but login', () => {
    const viewer = operationsFor('VIEWER', rules);
    expect(viewer).toContain('allTenants');
    expect(viewer).not.toContain('createWaiver');
    expect(operationsFor('ANALYST', rules)).toContain('createWaiver');
    expect(operationsFor('ANALYST', rules)).not.toContain('createTenant');
    // Pulling is a connector action, and connectors are ADMIN's (API spec, "Roles").
    expect(operationsFor('ANALYST', rules)).not.toContain('syncTenant');
    expect(operationsFor('ADMIN', rules)).toContain('syncTenant');
    expect(operationsFor('ADMIN', rules)).toEqual(
      expect.arrayContaining(['createTenant', 'updateConnectorSettings']),
    );
    expect(operationsFor('COLLECTOR', rules)).toEqual(['login']);
  });
});
