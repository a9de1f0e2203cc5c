import { Chip, Stack } from '@mui/material';
import { ReferenceField, useRecordContext, useTranslate } from 'react-admin';
import type { NotificationChannel } from '../../data/records';

/** The tenants a channel carries, or "every tenant". */
export const ChannelTenants = () => {
  const record = useRecordContext<NotificationChannel>();
  const translate = useTranslate();
  if (!record) return null;
  if (record.tenantIds.length === 0)
    return <Chip size="small" label={translate('posture.channel.all_tenants')} />;
  return (
    <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap' }}>
      {record.tenantIds.map((id) => (
        <ReferenceField
          key={id}
          record={{ id, tenantId: id }}
          source="tenantId"
          reference="Tenant"
          link={false}
        />
      ))}
    </Stack>
  );
};
