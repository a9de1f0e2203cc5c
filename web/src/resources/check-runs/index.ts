import PlayCircleIcon from '@mui/icons-material/PlayCircle';
import type { CheckRun } from '../../data/records';
import { CheckRunList } from './CheckRunList';
import { CheckRunShow } from './CheckRunShow';

export const checkRuns = {
  list: CheckRunList,
  show: CheckRunShow,
  icon: PlayCircleIcon,
  recordRepresentation: (record: CheckRun) => new Date(record.startedAt).toLocaleString(),
};
