import BusinessIcon from '@mui/icons-material/Business';
import type { Tenant } from '../../data/records';
import { TenantCreate } from './TenantCreate';
import { TenantEdit } from './TenantEdit';
import { TenantList } from './TenantList';
import { TenantShow } from './TenantShow';

export const tenants = {
  list: TenantList,
  show: TenantShow,
  create: TenantCreate,
  edit: TenantEdit,
  icon: BusinessIcon,
  recordRepresentation: (record: Tenant) => record.name,
};
