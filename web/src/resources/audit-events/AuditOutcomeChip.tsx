import { Chip } from '@mui/material';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';
import { isAuditOutcome } from '../../posture/enums';

const COLOR = { SUCCEEDED: 'success', FAILED: 'warning', DENIED: 'error' } as const;

/** SUCCEEDED, FAILED or DENIED as a coloured chip, translated. */
export const AuditOutcomeChip = ({ source = 'outcome' }: Partial<FieldProps>) => {
  const translate = useTranslate();
  const value: unknown = useFieldValue({ source });
  if (!isAuditOutcome(value)) return null;
  return (
    <Chip
      size="small"
      variant="outlined"
      color={COLOR[value]}
      label={translate(`posture.audit_outcome.${value}`)}
    />
  );
};
