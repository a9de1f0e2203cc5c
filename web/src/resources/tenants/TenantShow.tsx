import {
  DataTable,
  Labeled,
  Pagination,
  ReferenceManyField,
  Show,
  TabbedShowLayout,
  TextField,
  useRecordContext,
} from 'react-admin';
import { PostureHistoryPanel } from '../../history/PostureHistoryPanel';
import { DateTimeField } from '../../posture/DateTimeField';
import type { Tenant } from '../../posture/records';
import { PilotChip } from '../rollout-waves/PilotChip';
import { TenantSettingsFields } from './TenantSettingsFields';

const TenantPostureHistory = (_props: { label?: string }) => {
  const record = useRecordContext<Tenant>();
  return record ? <PostureHistoryPanel tenantId={record.id} /> : null;
};

export const TenantShow = () => (
  <Show>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="posture.tenant.tab_overview">
        <TextField source="id" />
        <TextField source="name" />
        <TextField source="entraTenantId" emptyText="—" />
        <DateTimeField source="createdAt" />
        <Labeled label="posture.history.title" fullWidth>
          <TenantPostureHistory />
        </Labeled>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="posture.tenant.tab_settings" path="settings">
        <TenantSettingsFields />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="posture.tenant.tab_waves" path="waves">
        <ReferenceManyField
          reference="RolloutWave"
          target="tenantId"
          sort={{ field: 'order', order: 'ASC' }}
          perPage={50}
          pagination={<Pagination />}
          label={false}
        >
          <DataTable bulkActionButtons={false}>
            <DataTable.NumberCol disableSort source="order" />
            <DataTable.Col disableSort source="name" />
            <DataTable.Col disableSort label={false}>
              <PilotChip />
            </DataTable.Col>
            <DataTable.Col disableSort source="groupId" />
            <DataTable.Col disableSort source="plannedAt">
              <DateTimeField source="plannedAt" emptyText="—" />
            </DataTable.Col>
          </DataTable>
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
