/**
 * Whether the signed-in user may do a react-admin action on a resource. The server sends, at
 * login, the root operations its guard lets this user's role run (`SessionUser.operations`);
 * each action needs the operation ra-data-graphql-simple would call for it, so the dashboard
 * hides exactly what the server would refuse and holds no role rules of its own.
 */
export function canAccess(
  operations: readonly string[] | undefined,
  action: string,
  resource: string,
): boolean {
  if (!operations) return false;
  const has = (name: string) => operations.includes(name);
  switch (action) {
    case 'list':
    case 'show':
    case 'export':
      return readOperations(resource).some(has);
    case 'create':
    case 'clone':
      return has(`create${resource}`);
    case 'edit':
      return has(`update${resource}`);
    case 'delete':
      return has(`delete${resource}`);
    default:
      // Custom actions name their mutation: `sync` on `Tenant` is `syncTenant`.
      return has(`${action}${resource}`);
  }
}

/** The queries that read a resource: `Tenant`, `connectorSettings`, `allMobileDevices`. */
function readOperations(resource: string): string[] {
  const plural = resource.endsWith('s')
    ? resource
    : resource.endsWith('y')
      ? `${resource.slice(0, -1)}ies`
      : `${resource}s`;
  return [resource, resource.charAt(0).toLowerCase() + resource.slice(1), `all${plural}`];
}
