import CameraAltIcon from '@mui/icons-material/CameraAlt';
import type { Snapshot } from '../../data/records';
import { lazyPage } from '../../lazy-page';

const SnapshotShow = lazyPage(() => import('./SnapshotShow'), 'SnapshotShow');
const SnapshotList = lazyPage(() => import('./SnapshotList'), 'SnapshotList');

export const snapshots = {
  list: SnapshotList,
  show: SnapshotShow,
  icon: CameraAltIcon,
  recordRepresentation: (record: Snapshot) => new Date(record.capturedAt).toLocaleString(),
};
