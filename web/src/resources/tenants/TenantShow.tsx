import { Show, SimpleShowLayout, TextField } from 'react-admin';
import { DateTimeField } from '../../posture/DateTimeField';

export const TenantShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="id" />
      <TextField source="name" />
      <TextField source="entraTenantId" emptyText="—" />
      <DateTimeField source="createdAt" />
    </SimpleShowLayout>
  </Show>
);
