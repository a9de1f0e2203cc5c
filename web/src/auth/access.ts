import type { Role } from '../posture/domain';

/** react-admin actions that change data; everything else is a read. */
const WRITE_ACTIONS = new Set(['create', 'edit', 'delete', 'clone']);

/** Resources an ANALYST may change besides reading everything (docs/API.md "Roles"). */
const ANALYST_WRITABLE = new Set(['Waiver']);

/**
 * What a role may do in the dashboard. The server enforces the same rules; this only hides
 * what it would refuse anyway.
 */
export function canAccess(role: Role | undefined, action: string, resource: string): boolean {
  switch (role) {
    case undefined:
    case 'COLLECTOR':
      return false;
    case 'ADMIN':
      return true;
    case 'ANALYST':
      return !WRITE_ACTIONS.has(action) || ANALYST_WRITABLE.has(resource);
    case 'VIEWER':
      return !WRITE_ACTIONS.has(action);
  }
}
