import type { Role } from '../gql/graphql';

/** react-admin actions that change data, plus `sync` (pull a tenant now); everything else reads. */
const WRITE_ACTIONS = new Set(['create', 'edit', 'delete', 'clone', 'sync']);

/** What an ANALYST may do besides reading everything (docs/api.md, "Authentication"). */
const analystMay = (action: string, resource: string) =>
  resource === 'Waiver' || (resource === 'Tenant' && action === 'sync');

/** What Microsoft sent us: browsed, never changed in the dashboard, whatever the role. */
const INGESTED = new Set(['SignIn', 'MobileDevice', 'IngestionRun']);

/** Only an ADMIN sees these at all (the connector names the tenant's app registration). */
const ADMIN_ONLY = new Set(['ConnectorSettings']);

/**
 * What a role may do in the dashboard. The server enforces the same rules; this only hides
 * what it would refuse anyway.
 */
export function canAccess(role: Role | undefined, action: string, resource: string): boolean {
  if (INGESTED.has(resource) && WRITE_ACTIONS.has(action)) return false;
  switch (role) {
    case undefined:
    case 'COLLECTOR':
      return false;
    case 'ADMIN':
      return true;
    case 'ANALYST':
      if (ADMIN_ONLY.has(resource)) return false;
      return !WRITE_ACTIONS.has(action) || analystMay(action, resource);
    case 'VIEWER':
      return !ADMIN_ONLY.has(resource) && !WRITE_ACTIONS.has(action);
  }
}
