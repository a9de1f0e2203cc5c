import BusinessIcon from '@mui/icons-material/Business';
import type { Tenant } from '../../data/records';
import { lazyPage } from '../../lazy-page';

const TenantCreate = lazyPage(() => import('./TenantCreate'), 'TenantCreate');
const TenantList = lazyPage(() => import('./TenantList'), 'TenantList');
const TenantEdit = lazyPage(() => import('./TenantEdit'), 'TenantEdit');
const TenantShow = lazyPage(() => import('./TenantShow'), 'TenantShow');

export const tenants = {
  list: TenantList,
  show: TenantShow,
  create: TenantCreate,
  edit: TenantEdit,
  icon: BusinessIcon,
  recordRepresentation: (record: Tenant) => record.name,
};
