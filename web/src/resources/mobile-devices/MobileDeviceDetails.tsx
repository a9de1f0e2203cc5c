import { Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { CodeBlock, formatJson } from '../../posture/CodeField';
import type { MobileDevice } from '../../data/records';
import { cmdletObject } from './mobile-device';

/** The whole `Get-MobileDevice` object under its row: every property Exchange returned. */
export const MobileDeviceDetails = () => {
  const record = useRecordContext<MobileDevice>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Stack spacing={1} sx={{ py: 1 }} data-testid="mobile-device-raw">
      <Typography variant="subtitle2">{translate('resources.MobileDevice.fields.raw')}</Typography>
      <CodeBlock text={formatJson(cmdletObject(record.raw))} />
    </Stack>
  );
};
