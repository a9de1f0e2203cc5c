import NotificationsActiveIcon from '@mui/icons-material/NotificationsActive';
import type { Alert } from '../../data/records';
import { AlertList } from './AlertList';
import { AlertShow } from './AlertShow';

export const alerts = {
  list: AlertList,
  show: AlertShow,
  icon: NotificationsActiveIcon,
  recordRepresentation: (record: Alert) => record.title || record.checkId,
};
