import { Box, Stack, Typography } from '@mui/material';
import { DataTable, List, ReferenceField, ReferenceInput, useRecordContext } from 'react-admin';
import { DateTimeField } from '../../posture/DateTimeField';
import { EnumField } from '../../posture/EnumField';
import type { CheckRun } from '../../data/records';
import { StatusCountsField } from '../../posture/StatusCountsField';
import { TruncatedField } from '../../posture/TruncatedField';
import { ScoreField } from '../../posture/NumberFields';
import { ChosenTenantFilter } from '../../tenant/ChosenTenantFilter';

const filters = [<ReferenceInput key="tenantId" source="tenantId" reference="Tenant" alwaysOn />];

/** When, for which tenant and why: one stacked cell, so the row fits at 800 px. */
const WhenCell = () => (
  <Stack spacing={0.25}>
    <DateTimeField source="startedAt" />
    <ReferenceField source="tenantId" reference="Tenant" link={false} />
    <Typography component="span" variant="body2" color="text.secondary">
      <EnumField source="trigger" prefix="posture.trigger" />
    </Typography>
  </Stack>
);

/** The run's status, and why it failed (cut short: the show page has the whole text). */
const StatusCell = () => {
  const record = useRecordContext<CheckRun>();
  return (
    <Stack spacing={0.25} sx={{ minWidth: 0 }}>
      <EnumField source="status" prefix="posture.run_status" />
      {record?.status === 'FAILED' ? (
        <Box sx={{ overflowWrap: 'anywhere' }}>
          <TruncatedField source="error" max={60} />
        </Box>
      ) : null}
    </Stack>
  );
};

const CountsField = () => <StatusCountsField source="counts" />;

export const CheckRunList = () => (
  <List filters={filters} sort={{ field: 'startedAt', order: 'DESC' }} perPage={25}>
    <ChosenTenantFilter />
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="startedAt" field={WhenCell} />
      <DataTable.Col source="status" field={StatusCell} />
      <DataTable.Col source="score" align="right" field={ScoreField} />
      <DataTable.Col disableSort source="counts" field={CountsField} />
    </DataTable>
  </List>
);
