import CampaignIcon from '@mui/icons-material/Campaign';
import type { NotificationChannel } from '../../data/records';
import { lazyPage } from '../../lazy-page';

const NotificationChannelEdit = lazyPage(
  () => import('./NotificationChannelEdit'),
  'NotificationChannelEdit',
);
const NotificationChannelCreate = lazyPage(
  () => import('./NotificationChannelCreate'),
  'NotificationChannelCreate',
);
const NotificationChannelList = lazyPage(
  () => import('./NotificationChannelList'),
  'NotificationChannelList',
);

export const notificationChannels = {
  list: NotificationChannelList,
  create: NotificationChannelCreate,
  edit: NotificationChannelEdit,
  icon: CampaignIcon,
  recordRepresentation: (record: NotificationChannel) => record.name,
};
