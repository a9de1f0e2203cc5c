import { Chip } from '@mui/material';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';
import type { Severity } from '../gql/graphql';
import { isSeverity } from './enums';

const SEVERITY_COLORS: Record<Severity, string> = {
  CRITICAL: '#b71c1c',
  HIGH: '#bf360c',
  MEDIUM: '#8d6e00',
  LOW: '#455a64',
  INFO: '#616161',
};

export const SeverityChip = ({ severity }: { severity: Severity }) => {
  const translate = useTranslate();
  const color = SEVERITY_COLORS[severity];
  return (
    <Chip
      size="small"
      variant="outlined"
      label={translate(`posture.severity.${severity}`)}
      data-severity={severity}
      sx={{ color, borderColor: color, fontWeight: 600 }}
    />
  );
};

/** A check's severity as an outlined chip. */
export const SeverityField = ({ source = 'severity' }: Partial<FieldProps>) => {
  const value: unknown = useFieldValue({ source });
  return isSeverity(value) ? <SeverityChip severity={value} /> : null;
};
