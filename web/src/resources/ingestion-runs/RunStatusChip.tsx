import { Chip, CircularProgress } from '@mui/material';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';
import { isRunStatus } from '../../posture/enums';
import { runStatusColor } from './ingestion-runs';

/** A run's status as a chip; a running one spins. */
export const RunStatusField = ({ source = 'status' }: Partial<FieldProps>) => {
  const translate = useTranslate();
  const value: unknown = useFieldValue({ source });
  if (!isRunStatus(value)) return null;
  return (
    <Chip
      size="small"
      color={runStatusColor(value)}
      variant={value === 'RUNNING' ? 'outlined' : 'filled'}
      icon={value === 'RUNNING' ? <CircularProgress size={12} color="inherit" /> : undefined}
      label={translate(`posture.run_status.${value}`)}
      data-testid="run-status"
      data-status={value}
    />
  );
};
