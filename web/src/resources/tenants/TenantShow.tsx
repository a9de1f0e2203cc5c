import {
  DataTable,
  EditButton,
  Labeled,
  Pagination,
  ReferenceManyField,
  Show,
  TabbedShowLayout,
  TextField,
  TopToolbar,
  useCanAccess,
  useRecordContext,
} from 'react-admin';
import { PostureHistoryPanel } from '../../history/PostureHistoryPanel';
import { DateTimeField } from '../../posture/DateTimeField';
import type { Tenant } from '../../data/records';
import { refetchListWhileRunning } from '../ingestion-runs/ingestion-runs';
import { IngestionRunTable } from '../ingestion-runs/IngestionRunTable';
import { PilotChip } from '../rollout-waves/PilotChip';
import { ConnectorPanel } from './ConnectorPanel';
import { SyncButton } from './SyncButton';
import { TenantSettingsFields } from './TenantSettingsFields';

const TenantPostureHistory = (_props: { label?: string }) => {
  const record = useRecordContext<Tenant>();
  return record ? <PostureHistoryPanel tenantId={record.id} /> : null;
};

// On every tab, so a pull started from one keeps its progress while another is looked at.
const TenantShowActions = () => (
  <TopToolbar>
    <SyncButton />
    <EditButton />
  </TopToolbar>
);

export const TenantShow = () => {
  const { canAccess: canSeeConnector } = useCanAccess({
    action: 'show',
    resource: 'ConnectorSettings',
  });
  return (
    <Show actions={<TenantShowActions />}>
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
        <TabbedShowLayout.Tab label="posture.tenant.tab_ingestion" path="ingestion">
          <ReferenceManyField
            reference="IngestionRun"
            target="tenantId"
            sort={{ field: 'startedAt', order: 'DESC' }}
            perPage={25}
            pagination={<Pagination />}
            queryOptions={{ refetchInterval: refetchListWhileRunning }}
            label={false}
          >
            <IngestionRunTable showTenant={false} />
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
        {canSeeConnector && (
          <TabbedShowLayout.Tab label="posture.tenant.tab_connector" path="connector">
            <ConnectorPanel label={false} />
          </TabbedShowLayout.Tab>
        )}
      </TabbedShowLayout>
    </Show>
  );
};
