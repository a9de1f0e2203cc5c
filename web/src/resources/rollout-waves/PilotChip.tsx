import FlagIcon from '@mui/icons-material/Flag';
import { Chip } from '@mui/material';
import { useGetList, useRecordContext, useTranslate } from 'react-admin';
import type { RolloutWave } from '../../posture/records';
import { pilotWaveIds } from './pilot';

/** Waves per tenant are few; the API caps a page at 1000. */
const ALL_WAVES = { page: 1, perPage: 1000 };

/**
 * "Pilot" on the tenant's wave with the lowest order. Reads all waves of the row's tenant (one
 * shared query per tenant), so the marker is right whatever page or filter the list shows.
 */
export const PilotChip = () => {
  const record = useRecordContext<RolloutWave>();
  const translate = useTranslate();
  const { data } = useGetList<RolloutWave>(
    'RolloutWave',
    {
      filter: { tenantId: record?.tenantId },
      pagination: ALL_WAVES,
      sort: { field: 'order', order: 'ASC' },
    },
    { enabled: record !== undefined },
  );
  if (!record || !data || !pilotWaveIds(data).has(record.id)) return null;
  return (
    <Chip
      size="small"
      color="secondary"
      icon={<FlagIcon />}
      label={translate('posture.rollout.pilot')}
      data-testid="pilot-chip"
    />
  );
};
