import SmartphoneIcon from '@mui/icons-material/Smartphone';
import type { MobileDevice } from '../../data/records';
import { lazyPage } from '../../lazy-page';

const MobileDeviceList = lazyPage(() => import('./MobileDeviceList'), 'MobileDeviceList');

/** Read-only, and list only: the API has no single-device query (details unfold in the row). */
export const mobileDevices = {
  list: MobileDeviceList,
  icon: SmartphoneIcon,
  recordRepresentation: (record: MobileDevice) => record.DeviceId ?? record.id,
};
