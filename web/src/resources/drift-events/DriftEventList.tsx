import { Box, Stack, Typography } from '@mui/material';
import { DataTable, List, ReferenceField, useRecordContext, type ListProps } from 'react-admin';
import type { DriftEvent } from '../../data/records';
import { DateTimeField } from '../../posture/DateTimeField';
import { EnumField } from '../../posture/EnumField';
import { CheckChips } from './CheckChips';
import { DriftChange } from './DriftChange';
import { driftEventFilters } from './DriftEventFilters';

export const pathSx = {
  fontFamily: 'monospace',
  fontSize: '0.8125rem',
  wordBreak: 'break-all',
} as const;

const WhenCell = () => (
  <Stack spacing={0.25}>
    <DateTimeField source="capturedAt" />
    <EnumField source="source" prefix="posture.source" />
    <ReferenceField source="tenantId" reference="Tenant" link={false} />
  </Stack>
);

/** Path, the change and the one-line summary: the row's substance, in one wrapping column. */
const ChangeCell = () => {
  const e = useRecordContext<DriftEvent>();
  if (!e) return null;
  return (
    <Stack spacing={0.5} sx={{ minWidth: 0 }}>
      <Box sx={pathSx}>{e.path}</Box>
      <DriftChange before={e.before} after={e.after} />
      <Typography variant="body2" color="text.secondary">
        {e.summary}
      </Typography>
    </Stack>
  );
};

/** The rows of a drift list: here and on a snapshot's Drift tab. */
export const DriftEventTable = () => (
  <DataTable rowClick="show" bulkActionButtons={false} sx={{ tableLayout: 'fixed' }}>
    <DataTable.Col source="capturedAt" field={WhenCell} sx={{ width: '11rem' }} />
    <DataTable.Col source="path" field={ChangeCell} />
    <DataTable.Col disableSort source="checkIds" field={CheckChips} sx={{ width: '12rem' }} />
  </DataTable>
);

export const DriftEventList = (props: Partial<ListProps>) => (
  <List
    filters={driftEventFilters}
    sort={{ field: 'capturedAt', order: 'DESC' }}
    perPage={25}
    {...props}
  >
    <DriftEventTable />
  </List>
);
