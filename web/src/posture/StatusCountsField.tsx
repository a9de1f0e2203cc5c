import { Stack } from '@mui/material';
import { useFieldValue, type FieldProps } from 'react-admin';
import { statusCounts } from './counts';
import { StatusChip } from './StatusChip';

/** A run's results per status (the server's `counts`) as small chips, e.g. "Pass 5". */
export const StatusCountsField = ({ source = 'counts' }: Partial<FieldProps>) => {
  const value: unknown = useFieldValue({ source });
  const counts = statusCounts(value);
  if (counts.length === 0) return null;
  return (
    <Stack
      direction="row"
      spacing={0.5}
      useFlexGap
      sx={{ flexWrap: 'wrap' }}
      data-testid="status-counts"
    >
      {counts.map(([status, count]) => (
        <StatusChip key={status} status={status} count={count} />
      ))}
    </Stack>
  );
};
