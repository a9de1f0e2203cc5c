import FactCheckIcon from '@mui/icons-material/FactCheck';
import type { CheckResult } from '../../data/records';
import { lazyPage } from '../../lazy-page';

const CheckResultList = lazyPage(() => import('./CheckResultList'), 'CheckResultList');
const CheckResultShow = lazyPage(() => import('./CheckResultShow'), 'CheckResultShow');

export const checkResults = {
  list: CheckResultList,
  show: CheckResultShow,
  icon: FactCheckIcon,
  recordRepresentation: (record: CheckResult) => record.title || record.checkId,
};
