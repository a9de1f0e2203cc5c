import { Typography } from '@mui/material';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';

/** An enum value shown by its translation under `prefix` (e.g. `posture.trigger.MANUAL`). */
export const EnumField = ({ source, prefix }: Partial<FieldProps> & { prefix: string }) => {
  const translate = useTranslate();
  const value: unknown = useFieldValue({ source: source ?? '' });
  if (typeof value !== 'string') return null;
  return (
    <Typography component="span" variant="body2">
      {translate(`${prefix}.${value}`, { _: value })}
    </Typography>
  );
};
