import PlayCircleIcon from '@mui/icons-material/PlayCircle';
import type { CheckRun } from '../../data/records';
import { currentFormat } from '../../i18n/i18n-provider';
import { lazyPage } from '../../lazy-page';

const CheckRunShow = lazyPage(() => import('./CheckRunShow'), 'CheckRunShow');
const CheckRunList = lazyPage(() => import('./CheckRunList'), 'CheckRunList');

export const checkRuns = {
  list: CheckRunList,
  show: CheckRunShow,
  icon: PlayCircleIcon,
  recordRepresentation: (record: CheckRun) => currentFormat().dateTime(record.startedAt),
};
