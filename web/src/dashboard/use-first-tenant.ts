import { useGetList } from 'react-admin';
import type { Tenant } from '../data/records';

/** The first tenant, in creation order: the one the dashboard cards show. */
export function useFirstTenant() {
  return useGetList<Tenant>('Tenant', {
    pagination: { page: 1, perPage: 1 },
    sort: { field: 'createdAt', order: 'ASC' },
  });
}
