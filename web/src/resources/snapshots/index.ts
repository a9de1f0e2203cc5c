import CameraAltIcon from '@mui/icons-material/CameraAlt';
import type { Snapshot } from '../../data/records';
import { SnapshotList } from './SnapshotList';
import { SnapshotShow } from './SnapshotShow';

export const snapshots = {
  list: SnapshotList,
  show: SnapshotShow,
  icon: CameraAltIcon,
  recordRepresentation: (record: Snapshot) => new Date(record.capturedAt).toLocaleString(),
};
