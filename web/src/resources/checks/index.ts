import RuleIcon from '@mui/icons-material/Rule';
import type { Check } from '../../data/records';
import { lazyPage } from '../../lazy-page';

const CheckList = lazyPage(() => import('./CheckList'), 'CheckList');

/** The catalogue is read-only: checks are code (jobs/src/checks/catalogue). */
export const checks = {
  list: CheckList,
  icon: RuleIcon,
  recordRepresentation: (record: Check) => record.title || record.id,
};
