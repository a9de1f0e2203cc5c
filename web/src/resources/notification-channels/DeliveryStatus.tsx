import { Chip, Stack, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { NotificationDelivery } from '../../data/records';
import { makeFormat } from '../../i18n/format';

/** One attempt in a few words: delivered or failed, the status code, when. */
export const DeliveryStatus = ({
  delivery,
  withDate = false,
}: {
  delivery: Pick<NotificationDelivery, 'ok' | 'statusCode' | 'createdAt'> | null | undefined;
  withDate?: boolean;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!delivery)
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('posture.channel.never')}
      </Typography>
    );
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
      <Chip
        size="small"
        color={delivery.ok ? 'success' : 'error'}
        variant="outlined"
        label={translate(delivery.ok ? 'posture.channel.ok' : 'posture.channel.failed')}
      />
      {delivery.statusCode !== null ? (
        <Typography variant="body2">{delivery.statusCode}</Typography>
      ) : null}
      {withDate ? (
        <Typography variant="body2" color="text.secondary">
          {makeFormat(locale).dateTime(delivery.createdAt)}
        </Typography>
      ) : null}
    </Stack>
  );
};
