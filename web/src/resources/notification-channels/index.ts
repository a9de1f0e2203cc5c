import CampaignIcon from '@mui/icons-material/Campaign';
import type { NotificationChannel } from '../../data/records';
import { NotificationChannelCreate } from './NotificationChannelCreate';
import { NotificationChannelEdit } from './NotificationChannelEdit';
import { NotificationChannelList } from './NotificationChannelList';

export const notificationChannels = {
  list: NotificationChannelList,
  create: NotificationChannelCreate,
  edit: NotificationChannelEdit,
  icon: CampaignIcon,
  recordRepresentation: (record: NotificationChannel) => record.name,
};
