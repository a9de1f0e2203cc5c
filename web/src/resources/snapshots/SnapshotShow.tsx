import { ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { JsonField } from '../../posture/CodeField';
import { DateTimeField } from '../../posture/DateTimeField';
import { EnumField } from '../../posture/EnumField';
import { SourcesField } from '../../posture/SourcesField';

export const SnapshotShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="id" />
      <ReferenceField source="tenantId" reference="Tenant" />
      <DateTimeField source="capturedAt" />
      <DateTimeField source="receivedAt" />
      <SourcesField source="sources" />
      <EnumField source="origin" prefix="posture.origin" />
      <JsonField source="raw" />
    </SimpleShowLayout>
  </Show>
);
