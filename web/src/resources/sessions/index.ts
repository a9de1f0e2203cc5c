import DevicesIcon from '@mui/icons-material/Devices';
import type { Session } from '../../data/records';
import { lazyPage } from '../../lazy-page';

const SessionList = lazyPage(() => import('./SessionList'), 'SessionList');

export const sessions = {
  list: SessionList,
  icon: DevicesIcon,
  recordRepresentation: (record: Session) => record.userEmail,
};
