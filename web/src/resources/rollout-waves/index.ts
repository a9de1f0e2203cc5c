import WavesIcon from '@mui/icons-material/Waves';
import type { RolloutWave } from '../../data/records';
import { lazyPage } from '../../lazy-page';

const RolloutWaveCreate = lazyPage(() => import('./RolloutWaveCreate'), 'RolloutWaveCreate');
const RolloutWaveList = lazyPage(() => import('./RolloutWaveList'), 'RolloutWaveList');
const RolloutWaveEdit = lazyPage(() => import('./RolloutWaveEdit'), 'RolloutWaveEdit');

export const rolloutWaves = {
  list: RolloutWaveList,
  create: RolloutWaveCreate,
  edit: RolloutWaveEdit,
  icon: WavesIcon,
  recordRepresentation: (record: RolloutWave) => record.name,
};
