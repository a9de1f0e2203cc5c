import { Box, Stack, Typography } from '@mui/material';
import { DataTable, List, ReferenceField, useRecordContext, type ListProps } from 'react-admin';
import type { DriftEvent } from '../../data/records';
import { SummaryText } from '../../posture/check-text';
import { DateTimeField } from '../../posture/DateTimeField';
import { EnumField } from '../../posture/EnumField';
import { CheckChips } from './CheckChips';
import { DriftChange } from './DriftChange';
import { driftEventFilters } from './DriftEventFilters';
import { ChosenTenantFilter } from '../../tenant/ChosenTenantFilter';

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

/**
 * Path, the change, the summary and the checks: the row's substance in one wrapping column, so
 * that the row fits at 800 px (check ids do not break, a column of their own would overflow).
 */
const ChangeCell = () => {
  const e = useRecordContext<DriftEvent>();
  if (!e) return null;
  return (
    <Stack spacing={0.5} sx={{ minWidth: 0 }}>
      <Box sx={pathSx}>{e.path}</Box>
      <DriftChange before={e.before} after={e.after} />
      <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
        <SummaryText record={e} />
      </Typography>
      <CheckChips source="checkIds" />
    </Stack>
  );
};

// Fixed layout: the long paths and values wrap inside the page width instead of widening it.
const tableSx = {
  '& table': { tableLayout: 'fixed' },
  '& th:first-of-type': { width: '10rem' },
} as const;

/** The rows of a drift list: here and on a snapshot's Drift tab. */
export const DriftEventTable = () => (
  <DataTable rowClick="show" bulkActionButtons={false} sx={tableSx}>
    <DataTable.Col source="capturedAt" field={WhenCell} />
    <DataTable.Col source="path" field={ChangeCell} />
  </DataTable>
);

/** Three filters and the actions do not fit one line at 800 px: let them wrap. */
const listSx = {
  '& .RaList-actions': { flexWrap: 'wrap' },
  '& .RaList-actions form': { flexWrap: 'wrap', minWidth: 0, maxWidth: '100%', flex: '1 1 auto' },
} as const;

export const DriftEventList = (props: Partial<ListProps>) => (
  <List
    sx={listSx}
    filters={driftEventFilters}
    sort={{ field: 'capturedAt', order: 'DESC' }}
    perPage={25}
    {...props}
  >
    <ChosenTenantFilter />
    <DriftEventTable />
  </List>
);
