import FactCheckIcon from '@mui/icons-material/FactCheck';
import type { CheckResult } from '../../data/records';
import { CheckResultList } from './CheckResultList';
import { CheckResultShow } from './CheckResultShow';

export const checkResults = {
  list: CheckResultList,
  show: CheckResultShow,
  icon: FactCheckIcon,
  recordRepresentation: (record: CheckResult) => record.title || record.checkId,
};
