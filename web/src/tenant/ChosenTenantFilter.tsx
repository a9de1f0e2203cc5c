import { useEffect, useRef } from 'react';
import { useListContext } from 'react-admin';
import { useLocation } from 'react-router-dom';
import { ALL_TENANTS, useChosenTenant } from './chosen-tenant';

/**
 * Keeps a list on the tenant chosen in the app bar's picker: a list opened from the menu shows
 * that tenant, and picking another tenant moves the open list with it. A list opened from a link
 * that names its own tenant (a count on the home page) keeps the link's tenant; "all tenants"
 * removes the tenant filter. Nothing happens before a tenant is picked. Put it inside a <List>
 * whose filters take `tenantId`.
 */
export const ChosenTenantFilter = () => {
  const { filterValues, setFilters, displayedFilters } = useListContext();
  const [choice] = useChosenTenant();
  const location = useLocation();
  const applied = useRef<string | null | undefined>(undefined);
  const tenant = choice && choice !== ALL_TENANTS ? choice : null;
  useEffect(() => {
    const first = applied.current === undefined;
    if (applied.current === choice) return;
    applied.current = choice;
    const current = (filterValues as { tenantId?: string }).tenantId;
    // Arriving from a link whose filter names a tenant: the link decides.
    if (first && current && new URLSearchParams(location.search).has('filter')) return;
    if (tenant) {
      if (current !== tenant) setFilters({ ...filterValues, tenantId: tenant }, displayedFilters);
    } else if (choice === ALL_TENANTS && current) {
      const { tenantId: _gone, ...rest } = filterValues as Record<string, unknown>;
      setFilters(rest, displayedFilters);
    }
    // Only a new choice (or arriving) moves the list; the user's own filter changes stay.
  }, [choice]);
  return null;
};
