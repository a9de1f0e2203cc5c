import { Typography } from '@mui/material';
import { useFieldValue, type FieldProps } from 'react-admin';
import { truncate } from './text';

/** Long free text (a reason, an error) in a list cell; the whole text stays in the tooltip. */
export const TruncatedField = ({
  source = '',
  max = 80,
}: Partial<FieldProps> & { max?: number }) => {
  const value: unknown = useFieldValue({ source });
  if (typeof value !== 'string' || value === '') return null;
  return (
    <Typography component="span" variant="body2" title={value}>
      {truncate(value, max)}
    </Typography>
  );
};
