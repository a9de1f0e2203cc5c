import { Typography } from '@mui/material';
import { DataTable, List, useRecordContext, useTranslate } from 'react-admin';
import type { NotificationChannel } from '../../data/records';
import { EnumField } from '../../posture/EnumField';
import { SeverityField } from '../../posture/SeverityChip';
import { ChannelTenants } from './ChannelTenants';
import { DeliveryStatus } from './DeliveryStatus';

const LastDelivery = () => {
  const record = useRecordContext<NotificationChannel>();
  return record ? <DeliveryStatus delivery={record.lastDelivery} withDate /> : null;
};

const Enabled = () => {
  const record = useRecordContext<NotificationChannel>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Typography variant="body2" color={record.enabled ? 'text.primary' : 'text.secondary'}>
      {translate(record.enabled ? 'posture.channel.on' : 'posture.channel.off')}
    </Typography>
  );
};

export const NotificationChannelList = () => (
  <List sort={{ field: 'name', order: 'ASC' }} perPage={25} exporter={false}>
    <DataTable rowClick="edit" bulkActionButtons={false}>
      <DataTable.Col source="kind">
        <EnumField source="kind" prefix="posture.channel_kind" />
      </DataTable.Col>
      <DataTable.Col source="name" />
      <DataTable.Col source="tenantIds" disableSort field={ChannelTenants} />
      <DataTable.Col source="minSeverity">
        <SeverityField source="minSeverity" />
      </DataTable.Col>
      <DataTable.Col source="enabled" field={Enabled} />
      <DataTable.Col source="lastDelivery" disableSort field={LastDelivery} />
    </DataTable>
  </List>
);
