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

  it('shows nothing to a collector token or without a session', () => {
    expect(canAccess('COLLECTOR', 'list', 'Snapshot')).toBe(false);
    expect(canAccess(undefined, 'list', 'Tenant')).toBe(false);
  });
});
