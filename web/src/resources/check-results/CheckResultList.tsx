import { Box, Stack, useMediaQuery, type Theme } from '@mui/material';
import { DataTable, List, ReferenceField } from 'react-admin';
import { CheckSummaryField, CheckTitleField } from '../../posture/check-text';
import { DateTimeField } from '../../posture/DateTimeField';
import { SeverityField } from '../../posture/SeverityChip';
import { StatusField } from '../../posture/StatusChip';
import { MetricField } from '../../posture/MetricField';
import { checkResultFilters } from './CheckResultFilters';
import { ChosenTenantFilter } from '../../tenant/ChosenTenantFilter';

/** Evidence and remediation can be large: the list asks only for what it shows. */
const LIST_FIELDS = [
  'id',
  'tenantId',
  'checkId',
  'title',
  'status',
  'severity',
  'metric',
  'metricUnit',
  'summary',
  { message: ['code', 'params'] },
  'evaluatedAt',
];

/** Status over severity: two narrow chips in one column leave the width to the check. */
const ChipsCell = (_props: { source?: string }) => (
  <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
    <StatusField source="status" />
    <SeverityField source="severity" />
  </Stack>
);

/** The check's title (its id small beneath) over the result's summary, in one wrapping column. */
const CheckCell = (_props: { source?: string }) => (
  <Box sx={{ minWidth: 0 }}>
    <CheckTitleField />
    <Box sx={{ color: 'text.secondary' }}>
      <CheckSummaryField />
    </Box>
  </Box>
);

/** Failing and most severe first: the server's `statusRank` order. */
export const CheckResultList = () => {
  const narrow = useMediaQuery<Theme>((theme) => theme.breakpoints.down('lg'));
  return (
    <List
      filters={checkResultFilters}
      filterDefaultValues={{ latest: true }}
      sort={{ field: 'statusRank', order: 'ASC' }}
      perPage={25}
      queryOptions={{ meta: { sparseFields: LIST_FIELDS } }}
    >
      <ChosenTenantFilter />
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col
          source="statusRank"
          label="resources.CheckResult.fields.status"
          field={ChipsCell}
        />
        <DataTable.Col source="checkId" field={CheckCell} />
        <DataTable.Col source="metric" align="right" field={MetricField} />
        {!narrow && (
          <DataTable.Col disableSort source="tenantId">
            <ReferenceField source="tenantId" reference="Tenant" link={false} />
          </DataTable.Col>
        )}
        {!narrow && (
          <DataTable.Col source="evaluatedAt">
            <DateTimeField source="evaluatedAt" />
          </DataTable.Col>
        )}
      </DataTable>
    </List>
  );
};
