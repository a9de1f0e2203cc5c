import NotificationsActiveIcon from '@mui/icons-material/NotificationsActive';
import type { Alert } from '../../data/records';
import { lazyPage } from '../../lazy-page';

const AlertShow = lazyPage(() => import('./AlertShow'), 'AlertShow');
const AlertList = lazyPage(() => import('./AlertList'), 'AlertList');

export const alerts = {
  list: AlertList,
  show: AlertShow,
  icon: NotificationsActiveIcon,
  recordRepresentation: (record: Alert) => record.title || record.checkId,
};
