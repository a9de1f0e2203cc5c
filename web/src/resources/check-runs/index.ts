import PlayCircleIcon from '@mui/icons-material/PlayCircle';
import type { CheckRun } from '../../posture/records';
import { CheckRunList } from './CheckRunList';

export const checkRuns = {
  list: CheckRunList,
  icon: PlayCircleIcon,
  recordRepresentation: (record: CheckRun) => new Date(record.startedAt).toLocaleString(),
};
