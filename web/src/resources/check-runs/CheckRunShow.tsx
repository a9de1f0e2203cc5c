import { Box, Stack } from '@mui/material';
import { CheckSummaryField, CheckTitleField } from '../../posture/check-text';
import {
  DataTable,
  Labeled,
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
import { StatusField } from '../../posture/StatusChip';
import { MetricField } from '../../posture/MetricField';
import { RunChanges } from './RunChanges';
import { DurationMsField, ScoreField } from '../../posture/NumberFields';

/** Evidence and remediation can be large: the run's results list asks only for what it shows. */
const RESULT_FIELDS = [
  'id',
  'checkId',
  'title',
  'status',
  'severity',
  'metric',
  'metricUnit',
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
const CheckCell = (_props: { source?: string }) => (
  <Box sx={{ minWidth: 0 }}>
    <CheckTitleField />
    <CheckSummaryField />
  </Box>
);

/** Status over severity: two narrow chips in one column leave the width to the check. */
const ChipsCell = (_props: { source?: string }) => (
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
      <DurationMsField source="durationMs" />
      <ScoreField source="score" />
      <RunCountsField label={false} />
      <RunErrorField label={false} />
      <ReferenceManyField
        label="resources.CheckRun.fields.results"
        reference="CheckResult"
        target="runId"
        sort={{ field: 'statusRank', order: 'ASC' }}
        perPage={50}
        pagination={<Pagination />}
        queryOptions={{ meta: { sparseFields: RESULT_FIELDS } }}
      >
        <DataTable rowClick="show" bulkActionButtons={false}>
          <DataTable.Col
            source="statusRank"
            label="resources.CheckResult.fields.status"
            field={ChipsCell}
          />
          <DataTable.Col source="checkId" field={CheckCell} />
          <DataTable.Col source="metric" align="right" field={MetricField} />
        </DataTable>
      </ReferenceManyField>
    </SimpleShowLayout>
  </Show>
);
