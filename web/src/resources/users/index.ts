import PeopleIcon from '@mui/icons-material/People';
import type { User } from '../../data/records';
import { lazyPage } from '../../lazy-page';

const UserEdit = lazyPage(() => import('./UserEdit'), 'UserEdit');
const UserList = lazyPage(() => import('./UserList'), 'UserList');
const UserCreate = lazyPage(() => import('./UserCreate'), 'UserCreate');

export const users = {
  list: UserList,
  create: UserCreate,
  edit: UserEdit,
  icon: PeopleIcon,
  recordRepresentation: (record: User) => record.email,
};
