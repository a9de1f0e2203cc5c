import KeyIcon from '@mui/icons-material/Key';
import type { ApiToken } from '../../data/records';
import { lazyPage } from '../../lazy-page';

const ApiTokenCreate = lazyPage(() => import('./ApiTokenCreate'), 'ApiTokenCreate');
const ApiTokenList = lazyPage(() => import('./ApiTokenList'), 'ApiTokenList');

export const apiTokens = {
  list: ApiTokenList,
  create: ApiTokenCreate,
  icon: KeyIcon,
  recordRepresentation: (record: ApiToken) => record.name,
};
