import CompareArrowsIcon from '@mui/icons-material/CompareArrows';
import type { DriftEvent } from '../../data/records';
import { DriftEventList } from './DriftEventList';
import { DriftEventShow } from './DriftEventShow';

export const driftEvents = {
  list: DriftEventList,
  show: DriftEventShow,
  icon: CompareArrowsIcon,
  recordRepresentation: (record: DriftEvent) => record.path,
};
