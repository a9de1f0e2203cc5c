import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { WaiverState } from './waiver-form';
import type { Waiver } from '../../data/records';
import { waiverState } from './waiver-form';

const COLORS: Record<WaiverState, 'success' | 'warning' | 'default'> = {
  ACTIVE: 'success',
  EXPIRED: 'warning',
  REVOKED: 'default',
};

/** Active, expired or revoked, as a chip. `label` is for the show layout. */
export const WaiverStateField = (_props: { label?: string }) => {
  const record = useRecordContext<Waiver>();
  const translate = useTranslate();
  if (!record) return null;
  const state = waiverState(record);
  return (
    <Chip
      size="small"
      variant={state === 'ACTIVE' ? 'filled' : 'outlined'}
      color={COLORS[state]}
      label={translate(`posture.waiver_state.${state}`)}
      data-testid="waiver-state"
      data-state={state}
    />
  );
};
