import CompareArrowsIcon from '@mui/icons-material/CompareArrows';
import type { DriftEvent } from '../../data/records';
import { DriftEventList } from './DriftEventList';
import { DriftEventShow } from './DriftEventShow';

export const driftEvents = {
  list: DriftEventList,
  show: DriftEventShow,
  icon: CompareArrowsIcon,
  // The summary, not the path: paths run long and the title bar clips them.
  recordRepresentation: (record: DriftEvent) => record.summary,
};
