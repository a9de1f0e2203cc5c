import DevicesIcon from '@mui/icons-material/Devices';
import type { Session } from '../../data/records';
import { SessionList } from './SessionList';

export const sessions = {
  list: SessionList,
  icon: DevicesIcon,
  recordRepresentation: (record: Session) => record.userEmail,
};
