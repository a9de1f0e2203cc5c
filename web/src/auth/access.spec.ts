import { describe, expect, it } from 'vitest';
import { canAccess } from './access';

describe('canAccess', () => {
  it('lets every dashboard role read', () => {
    for (const role of ['VIEWER', 'ANALYST', 'ADMIN'] as const) {
      expect(canAccess(role, 'list', 'CheckResult')).toBe(true);
      expect(canAccess(role, 'show', 'Tenant')).toBe(true);
    }
  });

  it('lets only an ADMIN create a tenant', () => {
    expect(canAccess('ADMIN', 'create', 'Tenant')).toBe(true);
    expect(canAccess('ANALYST', 'create', 'Tenant')).toBe(false);
    expect(canAccess('VIEWER', 'create', 'Tenant')).toBe(false);
  });

  it('lets an ANALYST waive and revoke, but not plan rollout waves or edit tenants', () => {
    expect(canAccess('ANALYST', 'create', 'Waiver')).toBe(true);
    expect(canAccess('ANALYST', 'delete', 'Waiver')).toBe(true);
    expect(canAccess('ANALYST', 'create', 'RolloutWave')).toBe(false);
    expect(canAccess('ANALYST', 'edit', 'RolloutWave')).toBe(false);
    expect(canAccess('ANALYST', 'edit', 'Tenant')).toBe(false);
    expect(canAccess('VIEWER', 'create', 'Waiver')).toBe(false);
    expect(canAccess('ADMIN', 'edit', 'Tenant')).toBe(true);
    expect(canAccess('ADMIN', 'delete', 'RolloutWave')).toBe(true);
  });

  it('lets every role browse what was ingested, and nobody change it', () => {
    for (const resource of ['SignIn', 'MobileDevice', 'IngestionRun']) {
      for (const role of ['VIEWER', 'ANALYST', 'ADMIN'] as const) {
        expect(canAccess(role, 'list', resource)).toBe(true);
        expect(canAccess(role, 'show', resource)).toBe(true);
        for (const action of ['create', 'edit', 'delete', 'clone']) {
          expect(canAccess(role, action, resource), `${role} ${action} ${resource}`).toBe(false);
        }
      }
    }
  });

  it('shows and changes the connector only for an ADMIN', () => {
    expect(canAccess('ADMIN', 'show', 'ConnectorSettings')).toBe(true);
    expect(canAccess('ADMIN', 'edit', 'ConnectorSettings')).toBe(true);
    for (const role of ['VIEWER', 'ANALYST'] as const) {
      expect(canAccess(role, 'show', 'ConnectorSettings')).toBe(false);
      expect(canAccess(role, 'edit', 'ConnectorSettings')).toBe(false);
    }
  });

  it('lets an ANALYST or ADMIN sync a tenant, not a VIEWER', () => {
    expect(canAccess('ADMIN', 'sync', 'Tenant')).toBe(true);
    expect(canAccess('ANALYST', 'sync', 'Tenant')).toBe(true);
    expect(canAccess('VIEWER', 'sync', 'Tenant')).toBe(false);
    expect(canAccess('COLLECTOR', 'sync', 'Tenant')).toBe(false);
  });

  it('shows nothing to a collector token or without a session', () => {
    expect(canAccess('COLLECTOR', 'list', 'Snapshot')).toBe(false);
    expect(canAccess(undefined, 'list', 'Tenant')).toBe(false);
  });
});
