import { Stack, Typography } from '@mui/material';
import {
  Labeled,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
  useRecordContext,
} from 'react-admin';
import { DateTimeField } from '../../posture/DateTimeField';
import { EnumField } from '../../posture/EnumField';
import type { IngestionRun } from '../../data/records';
import { refetchRecordWhileRunning } from './ingestion-runs';
import { DurationField, RunMessageField } from './IngestionRunFields';

const ERROR_SX = {
  m: 0,
  p: 1.5,
  borderRadius: 1,
  bgcolor: 'action.hover',
  whiteSpace: 'pre-wrap',
  overflowWrap: 'anywhere',
} as const;
import { RunStatusField } from './RunStatusChip';
import { CountField } from '../../posture/NumberFields';

/** Only a failed run has an error; no empty "Error" label otherwise. */
const RunErrorField = (_props: { label: false }) => {
  const record = useRecordContext<IngestionRun>();
  if (!record?.error) return null;
  return (
    <Labeled label="resources.IngestionRun.fields.error">
      <Typography component="pre" variant="body2" sx={ERROR_SX}>
        <RunMessageField kind="error" />
      </Typography>
    </Labeled>
  );
};

/** Only a sign-in pull reads a time window; only a snapshot pull stores a snapshot. */
const KindSpecificFields = (_props: { label: false }) => {
  const record = useRecordContext<IngestionRun>();
  if (!record) return null;
  if (record.kind === 'SIGNINS') {
    return (
      <Stack spacing={1}>
        <Labeled label="resources.IngestionRun.fields.windowFrom">
          <DateTimeField source="windowFrom" emptyText="—" />
        </Labeled>
        <Labeled label="resources.IngestionRun.fields.windowTo">
          <DateTimeField source="windowTo" emptyText="—" />
        </Labeled>
      </Stack>
    );
  }
  return (
    <Labeled label="resources.IngestionRun.fields.snapshotId">
      <ReferenceField source="snapshotId" reference="Snapshot" link="show" emptyText="—">
        <DateTimeField source="capturedAt" />
      </ReferenceField>
    </Labeled>
  );
};

export const IngestionRunShow = () => (
  <Show queryOptions={{ refetchInterval: refetchRecordWhileRunning }}>
    <SimpleShowLayout>
      <ReferenceField source="tenantId" reference="Tenant" link="show" />
      <EnumField source="kind" prefix="posture.ingestion_kind" />
      <EnumField source="trigger" prefix="posture.trigger" />
      <RunStatusField source="status" />
      <Labeled label="resources.IngestionRun.fields.progress">
        <Typography component="span" variant="body2">
          <RunMessageField kind="progress" />
        </Typography>
      </Labeled>
      <DateTimeField source="startedAt" />
      <DateTimeField source="finishedAt" emptyText="—" />
      <DurationField label="resources.IngestionRun.fields.durationMs" />
      <CountField source="pages" />
      <CountField source="received" />
      <CountField source="inserted" />
      <CountField source="duplicates" />
      <CountField source="retries" />
      <KindSpecificFields label={false} />
      <RunErrorField label={false} />
      <TextField source="id" />
    </SimpleShowLayout>
  </Show>
);
