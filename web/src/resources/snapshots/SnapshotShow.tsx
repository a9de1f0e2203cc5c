import {
  Pagination,
  ReferenceField,
  ReferenceManyField,
  Show,
  TabbedShowLayout,
  TextField,
} from 'react-admin';
import { DateTimeField } from '../../posture/DateTimeField';
import { EnumField } from '../../posture/EnumField';
import { SourcesField } from '../../posture/SourcesField';
import { DriftEventTable } from '../drift-events/DriftEventList';
import { AppProtectionTab } from './AppProtectionTab';
import { SnapshotSections } from './SnapshotSections';

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
        {/* The changes since the previous snapshot, then the settings as tables; raw on request. */}
        <SnapshotSections />
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
