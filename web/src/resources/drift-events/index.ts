import CompareArrowsIcon from '@mui/icons-material/CompareArrows';
import type { DriftEvent } from '../../data/records';
import { lazyPage } from '../../lazy-page';

const DriftEventList = lazyPage(() => import('./DriftEventList'), 'DriftEventList');
const DriftEventShow = lazyPage(() => import('./DriftEventShow'), 'DriftEventShow');

export const driftEvents = {
  list: DriftEventList,
  show: DriftEventShow,
  icon: CompareArrowsIcon,
  // The summary, not the path: paths run long and the title bar clips them.
  recordRepresentation: (record: DriftEvent) => record.summary,
};
