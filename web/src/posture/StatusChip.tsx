import { Chip } from '@mui/material';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';
import type { CheckStatus } from '../gql/graphql';
import { isCheckStatus } from './enums';

/** Background and text colours, chosen for contrast on a white page; charts use them too. */
export const STATUS_COLORS: Record<CheckStatus, { bg: string; fg: string }> = {
  PASS: { bg: '#2e7d32', fg: '#ffffff' },
  WARN: { bg: '#ffb300', fg: 'rgba(0, 0, 0, 0.87)' },
  FAIL: { bg: '#c62828', fg: '#ffffff' },
  ERROR: { bg: '#6a1b4d', fg: '#ffffff' },
  NOT_APPLICABLE: { bg: '#757575', fg: '#ffffff' },
  WAIVED: { bg: '#1565c0', fg: '#ffffff' },
};

export const StatusChip = ({ status, count }: { status: CheckStatus; count?: number }) => {
  const translate = useTranslate();
  const { bg, fg } = STATUS_COLORS[status];
  const name = translate(`posture.status.${status}`);
  return (
    <Chip
      size="small"
      label={count === undefined ? name : `${name} ${count}`}
      data-testid="status-chip"
      data-status={status}
      sx={{ bgcolor: bg, color: fg, fontWeight: 600 }}
    />
  );
};

/** A result's status as a coloured chip, for lists and show pages. */
export const StatusField = ({ source = 'status' }: Partial<FieldProps>) => {
  const value: unknown = useFieldValue({ source });
  return isCheckStatus(value) ? <StatusChip status={value} /> : null;
};
