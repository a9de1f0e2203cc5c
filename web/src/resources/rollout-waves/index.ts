import WavesIcon from '@mui/icons-material/Waves';
import type { RolloutWave } from '../../data/records';
import { RolloutWaveCreate } from './RolloutWaveCreate';
import { RolloutWaveEdit } from './RolloutWaveEdit';
import { RolloutWaveList } from './RolloutWaveList';

export const rolloutWaves = {
  list: RolloutWaveList,
  create: RolloutWaveCreate,
  edit: RolloutWaveEdit,
  icon: WavesIcon,
  recordRepresentation: (record: RolloutWave) => record.name,
};
