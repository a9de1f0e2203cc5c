import VerifiedUserIcon from '@mui/icons-material/VerifiedUser';
import type { Waiver } from '../../data/records';
import { WaiverCreate } from './WaiverCreate';
import { WaiverList } from './WaiverList';
import { WaiverShow } from './WaiverShow';

/** Waivers are never edited: a changed mind is a revoke and a new waiver (history stays). */
export const waivers = {
  list: WaiverList,
  show: WaiverShow,
  create: WaiverCreate,
  icon: VerifiedUserIcon,
  recordRepresentation: (record: Waiver) => record.checkId,
};
