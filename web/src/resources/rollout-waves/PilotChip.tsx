import FlagIcon from '@mui/icons-material/Flag';
import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { RolloutWave } from '../../data/records';

/** "Pilot" on the tenant's pilot wave, as the server (and so the checks) choose it. */
export const PilotChip = () => {
  const record = useRecordContext<RolloutWave>();
  const translate = useTranslate();
  if (!record?.isPilot) return null;
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
