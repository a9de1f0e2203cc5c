import { ReferenceField, Show, SimpleShowLayout, useRecordContext, Labeled } from 'react-admin';
import { Box } from '@mui/material';
import type { DriftEvent } from '../../data/records';
import { CheckRecordTitle, SummaryText } from '../../posture/check-text';
import { JsonField } from '../../posture/CodeField';
import { DateTimeField } from '../../posture/DateTimeField';
import { EnumField } from '../../posture/EnumField';
import { CheckChips } from './CheckChips';
import { pathSx } from './DriftEventList';

const PathField = () => {
  const e = useRecordContext<DriftEvent>();
  return e ? <Box sx={pathSx}>{e.path}</Box> : null;
};

const SummaryField = () => {
  const e = useRecordContext<DriftEvent>();
  return e ? <SummaryText record={e} /> : null;
};

export const DriftEventShow = () => (
  <Show title={<CheckRecordTitle show="summary" />}>
    <SimpleShowLayout>
      <Labeled source="path">
        <PathField />
      </Labeled>
      <Labeled source="summary">
        <SummaryField />
      </Labeled>
      <EnumField source="kind" prefix="posture.drift_kind" />
      <EnumField source="source" prefix="posture.source" />
      <ReferenceField source="tenantId" reference="Tenant" />
      <DateTimeField source="capturedAt" />
      <DateTimeField source="detectedAt" />
      <ReferenceField source="fromSnapshotId" reference="Snapshot" link="show" />
      <ReferenceField source="toSnapshotId" reference="Snapshot" link="show" />
      <CheckChips source="checkIds" />
      <JsonField source="before" />
      <JsonField source="after" />
    </SimpleShowLayout>
  </Show>
);
