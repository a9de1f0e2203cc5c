import { Chip } from '@mui/material';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';
import type { AlertState } from '../../gql/graphql';
import { isAlertState } from '../../posture/enums';

const STATE_COLORS: Record<AlertState, 'error' | 'warning' | 'success'> = {
  OPEN: 'error',
  ACKNOWLEDGED: 'warning',
  RESOLVED: 'success',
};

export const AlertStateChip = ({ state }: { state: AlertState }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color={STATE_COLORS[state]}
      variant={state === 'RESOLVED' ? 'outlined' : 'filled'}
      label={translate(`posture.alert_state.${state}`)}
      data-state={state}
    />
  );
};

/** An alert's state as a chip. */
export const AlertStateField = ({ source = 'state' }: Partial<FieldProps>) => {
  const value: unknown = useFieldValue({ source });
  return isAlertState(value) ? <AlertStateChip state={value} /> : null;
};
