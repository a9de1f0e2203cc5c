import {
  Pagination,
  ReferenceField,
  ReferenceManyField,
  Show,
  TabbedShowLayout,
  TextField,
} from 'react-admin';
import { JsonField } from '../../posture/CodeField';
import { DateTimeField } from '../../posture/DateTimeField';
import { EnumField } from '../../posture/EnumField';
import { SourcesField } from '../../posture/SourcesField';
import { DriftEventTable } from '../drift-events/DriftEventList';
import { HmaPanel } from './HmaPanel';
import { AppProtectionTab } from './AppProtectionTab';

export const SnapshotShow = () => (
  <Show>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="posture.drift.snapshot_tab">
        <TextField source="id" />
        <ReferenceField source="tenantId" reference="Tenant" />
        <DateTimeField source="capturedAt" />
        <DateTimeField source="receivedAt" />
        <SourcesField source="sources" />
        <EnumField source="origin" prefix="posture.origin" />
        <JsonField source="raw" />
      </TabbedShowLayout.Tab>
      {/* Hybrid Modern Authentication as this snapshot read it (servers, directories, SPNs). */}
      <TabbedShowLayout.Tab label="posture.hma.tab" path="hma">
        <HmaPanel />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="posture.app_protection.tab" path="app-protection">
        <AppProtectionTab />
      </TabbedShowLayout.Tab>
      {/* The changes this snapshot brought against its predecessor, paged like the timeline. */}
      <TabbedShowLayout.Tab label="posture.drift.tab" path="drift">
        <ReferenceManyField
          reference="DriftEvent"
          target="snapshotId"
          sort={{ field: 'path', order: 'ASC' }}
          perPage={25}
          pagination={<Pagination />}
        >
          <DriftEventTable />
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
