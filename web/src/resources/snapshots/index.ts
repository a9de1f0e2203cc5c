import CameraAltIcon from '@mui/icons-material/CameraAlt';
import type { Snapshot } from '../../data/records';
import { currentFormat } from '../../i18n/i18n-provider';
import { lazyPage } from '../../lazy-page';

const SnapshotShow = lazyPage(() => import('./SnapshotShow'), 'SnapshotShow');
const SnapshotList = lazyPage(() => import('./SnapshotList'), 'SnapshotList');

export const snapshots = {
  list: SnapshotList,
  show: SnapshotShow,
  icon: CameraAltIcon,
  recordRepresentation: (record: Snapshot) => currentFormat().dateTime(record.capturedAt),
};
