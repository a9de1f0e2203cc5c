import { Box, Stack, Typography } from '@mui/material';
import {
  DataTable,
  Labeled,
  NumberField,
  Pagination,
  ReferenceField,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  useRecordContext,
} from 'react-admin';
import { CodeField } from '../../posture/CodeField';
import { statusCounts } from '../../posture/counts';
import { DateTimeField } from '../../posture/DateTimeField';
import { EnumField } from '../../posture/EnumField';
import { SeverityField } from '../../posture/SeverityChip';
import { StatusCountsField } from '../../posture/StatusCountsField';
import type { CheckRun } from '../../data/records';
import { useCheckText, type CheckTextRecord } from '../../posture/check-text';
import { StatusField } from '../../posture/StatusChip';
import { RunChanges } from './RunChanges';

/** Evidence and remediation can be large: the run's results list asks only for what it shows. */
const RESULT_FIELDS = [
  'id',
  'checkId',
  'title',
  'status',
  'severity',
  'metric',
  'summary',
  { message: ['code', 'params'] },
];

/** Only a failed run has an error; no empty "Error" label otherwise. */
const RunErrorField = (_props: { label: false }) => {
  const record = useRecordContext<CheckRun>();
  if (!record?.error) return null;
  return (
    <Labeled label="resources.CheckRun.fields.error">
      <CodeField source="error" />
    </Labeled>
  );
};

/** A run that stopped early may have no results to count. */
const RunCountsField = (_props: { label: false }) => {
  const record = useRecordContext<CheckRun>();
  if (statusCounts(record?.counts).length === 0) return null;
  return (
    <Labeled label="resources.CheckRun.fields.counts">
      <StatusCountsField source="counts" />
    </Labeled>
  );
};

/** The check's title, its id and the result's summary in one wrapping column: fits at 800 px. */
const CheckCell = () => {
  const record = useRecordContext<CheckTextRecord>();
  const text = useCheckText();
  if (!record) return null;
  return (
    <Box sx={{ minWidth: 0, overflowWrap: 'anywhere' }}>
      <Typography variant="body2" sx={{ fontWeight: 500 }}>
        {text.title(record)}
      </Typography>
      <Typography variant="caption" color="text.secondary" component="div">
        {record.checkId}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {text.summary(record)}
      </Typography>
    </Box>
  );
};

/** Status over severity: two narrow chips in one column leave the width to the check. */
const ChipsCell = () => (
  <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
    <StatusField source="status" />
    <SeverityField source="severity" />
  </Stack>
);

/** A run: first what it changed against the run before, then the result of every check. */
export const CheckRunShow = () => (
  <Show>
    <Box sx={{ px: 2, pt: 2 }}>
      <RunChanges />
    </Box>
    <SimpleShowLayout>
      <ReferenceField source="tenantId" reference="Tenant" link="show" />
      <EnumField source="trigger" prefix="posture.trigger" />
      <EnumField source="status" prefix="posture.run_status" />
      <DateTimeField source="startedAt" />
      <DateTimeField source="finishedAt" emptyText="—" />
      <NumberField source="durationMs" emptyText="—" />
      <NumberField source="score" options={{ maximumFractionDigits: 1 }} emptyText="—" />
      <RunCountsField label={false} />
      <RunErrorField label={false} />
      <ReferenceManyField
        label="resources.CheckRun.fields.results"
        reference="CheckResult"
        target="runId"
        sort={{ field: 'severity', order: 'ASC' }}
        perPage={50}
        pagination={<Pagination />}
        queryOptions={{ meta: { sparseFields: RESULT_FIELDS } }}
      >
        <DataTable rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="severity" field={ChipsCell} />
          <DataTable.Col source="checkId" field={CheckCell} />
          <DataTable.NumberCol source="metric" options={{ maximumFractionDigits: 3 }} />
        </DataTable>
      </ReferenceManyField>
    </SimpleShowLayout>
  </Show>
);
