import VerifiedUserIcon from '@mui/icons-material/VerifiedUser';
import type { Waiver } from '../../data/records';
import { lazyPage } from '../../lazy-page';

const WaiverShow = lazyPage(() => import('./WaiverShow'), 'WaiverShow');
const WaiverList = lazyPage(() => import('./WaiverList'), 'WaiverList');
const WaiverCreate = lazyPage(() => import('./WaiverCreate'), 'WaiverCreate');

/** Waivers are never edited: a changed mind is a revoke and a new waiver (history stays). */
export const waivers = {
  list: WaiverList,
  show: WaiverShow,
  create: WaiverCreate,
  icon: VerifiedUserIcon,
  recordRepresentation: (record: Waiver) => record.checkId,
};
