import { Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useFieldValue, useTranslate } from 'react-admin';
import { useFormat } from '../i18n/format';

/**
 * A date and time in the dashboard's language rather than the browser's, written as every other
 * date is (useFormat); `showTime={false}` for the date alone. Nothing stored shows `emptyText`.
 */
export const DateTimeField = ({
  source,
  showTime = true,
  emptyText,
}: {
  source: string;
  showTime?: boolean;
  emptyText?: ReactNode;
  label?: ReactNode;
  sortable?: boolean;
  sortBy?: string;
}) => {
  const value: unknown = useFieldValue({ source });
  const format = useFormat();
  const translate = useTranslate();
  const empty = value === null || value === undefined || value === '';
  const text = empty
    ? typeof emptyText === 'string'
      ? translate(emptyText, { _: emptyText })
      : (emptyText ?? '')
    : (showTime ? format.dateTime : format.date)(value as string);
  return (
    <Typography component="span" variant="body2">
      {text}
    </Typography>
  );
};
