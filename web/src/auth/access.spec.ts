import { describe, expect, it } from 'vitest';
import { canAccess } from './access';

/** Operations as the server lists them for an analyst at login (a subset is enough here). */
const analyst = [
  'CheckResult',
  'Tenant',
  'allMobileDevices',
  'allTenants',
  'createWaiver',
  'deleteWaiver',
];

describe('canAccess, from the operations the server lists for the user', () => {
  it('reads a resource through its one-record query, its list query, or its own query', () => {
    expect(canAccess(analyst, 'list', 'Tenant')).toBe(true);
    expect(canAccess(analyst, 'show', 'CheckResult')).toBe(true);
    expect(canAccess(analyst, 'list', 'MobileDevice')).toBe(true);
    expect(canAccess(['connectorSettings'], 'show', 'ConnectorSettings')).toBe(true);
    expect(canAccess(['allPolicies'], 'list', 'Policy')).toBe(true);
    expect(canAccess(analyst, 'show', 'ConnectorSettings')).toBe(false);
  });

  it('needs createX, updateX or deleteX to create, edit or delete', () => {
    expect(canAccess(analyst, 'create', 'Waiver')).toBe(true);
    expect(canAccess(analyst, 'clone', 'Waiver')).toBe(true);
    expect(canAccess(analyst, 'delete', 'Waiver')).toBe(true);
    expect(canAccess(analyst, 'edit', 'Waiver')).toBe(false);
    expect(canAccess(analyst, 'create', 'Tenant')).toBe(false);
    expect(canAccess(['updateConnectorSettings'], 'edit', 'ConnectorSettings')).toBe(true);
  });

  it('maps a custom action to the mutation it names', () => {
    expect(canAccess(['Tenant', 'syncTenant'], 'sync', 'Tenant')).toBe(true);
    expect(canAccess(analyst, 'sync', 'Tenant')).toBe(false);
  });

  it('allows nothing without a session or with no operations', () => {
    expect(canAccess(undefined, 'list', 'Tenant')).toBe(false);
    expect(canAccess(['login'], 'list', 'Snapshot')).toBe(false);
  });
});
