import { ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { JsonField } from '../../posture/CodeField';
import { DateTimeField } from '../../posture/DateTimeField';
import { AuditOutcomeChip } from './AuditOutcomeChip';

export const AuditEventShow = () => (
  <Show>
    <SimpleShowLayout>
      <DateTimeField source="at" />
      <TextField source="action" />
      <AuditOutcomeChip source="outcome" />
      <TextField source="actor" />
      <TextField source="actorRole" emptyText="—" />
      <ReferenceField source="tenantId" reference="Tenant" link="show" emptyText="—" />
      <TextField source="targetId" emptyText="—" />
      <TextField source="error" emptyText="—" />
      <TextField source="ip" emptyText="—" />
      <TextField source="userAgent" emptyText="—" />
      <JsonField source="args" />
    </SimpleShowLayout>
  </Show>
);
