import KeyIcon from '@mui/icons-material/Key';
import type { ApiToken } from '../../data/records';
import { ApiTokenCreate } from './ApiTokenCreate';
import { ApiTokenList } from './ApiTokenList';

export const apiTokens = {
  list: ApiTokenList,
  create: ApiTokenCreate,
  icon: KeyIcon,
  recordRepresentation: (record: ApiToken) => record.name,
};
