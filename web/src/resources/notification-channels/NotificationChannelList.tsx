import { Chip, Stack, Typography } from '@mui/material';
import { DataTable, List, useRecordContext, useTranslate } from 'react-admin';
import type { NotificationChannel } from '../../data/records';
import { SeverityField } from '../../posture/SeverityChip';
import { ChannelTenants } from './ChannelTenants';
import { DeliveryStatus } from './DeliveryStatus';

const LastDelivery = () => {
  const record = useRecordContext<NotificationChannel>();
  return record ? <DeliveryStatus delivery={record.lastDelivery} withDate /> : null;
};

/** The name, the kind under it, and "Off" when the channel is disabled. */
const NameAndKind = () => {
  const record = useRecordContext<NotificationChannel>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Stack spacing={0.25}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="body2" sx={{ fontWeight: 500, wordBreak: 'break-word' }}>
          {record.name}
        </Typography>
        {record.enabled ? null : (
          <Chip size="small" variant="outlined" label={translate('posture.channel.off')} />
        )}
      </Stack>
      <Typography variant="caption" color="text.secondary">
        {translate(`posture.channel_kind.${record.kind}`)}
      </Typography>
    </Stack>
  );
};

export const NotificationChannelList = () => (
  <List sort={{ field: 'name', order: 'ASC' }} perPage={25} exporter={false}>
    <DataTable rowClick="edit" bulkActionButtons={false}>
      <DataTable.Col source="name" field={NameAndKind} />
      <DataTable.Col source="tenantIds" disableSort field={ChannelTenants} />
      <DataTable.Col source="minSeverity">
        <SeverityField source="minSeverity" />
      </DataTable.Col>
      <DataTable.Col source="lastDelivery" disableSort field={LastDelivery} />
    </DataTable>
  </List>
);
