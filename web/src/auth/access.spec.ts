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

  it('shows nothing to a collector token or without a session', () => {
    expect(canAccess('COLLECTOR', 'list', 'Snapshot')).toBe(false);
    expect(canAccess(undefined, 'list', 'Tenant')).toBe(false);
  });
});
