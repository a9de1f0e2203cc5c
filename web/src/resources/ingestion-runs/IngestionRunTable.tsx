import { useMediaQuery, type Theme } from '@mui/material';
import { DataTable, ReferenceField } from 'react-admin';
import { DateTimeField } from '../../posture/DateTimeField';
import { cjkWordWrapSx } from '../../posture/text';
import {
  DurationField,
  ErrorField,
  KindField,
  ProgressField,
  TriggerField,
} from './IngestionRunFields';
import { RunStatusField } from './RunStatusChip';
import { CountField } from '../../posture/NumberFields';

// Thirteen columns: narrower cell padding keeps the table on a laptop screen.
const tableSx = {
  '& .MuiTableCell-root': { ...cjkWordWrapSx['& .MuiTableCell-root'], px: 1 },
} as const;

// Server text can hold long unbroken tokens (URL paths, ids): wrap them anywhere. On a tablet
// the two text columns give up width first (Japanese labels need it elsewhere at 800 px).
const textSx = () => ({ overflowWrap: 'anywhere', minWidth: 140 }) as const;
const narrowTextSx = () => ({ overflowWrap: 'anywhere', minWidth: 96 }) as const;

/**
 * The columns of a list of ingestion runs, for the list page and a tenant's tabs (which leave
 * the tenant out). The server lists runs newest first and sorts no other way.
 */
export const IngestionRunTable = ({ showTenant = true }: { showTenant?: boolean }) => {
  // Thirteen columns do not fit a laptop: the counters people rarely read go first (1280 px),
  // then the trigger, duration and new-row count on a tablet (800 px); the run's page has all.
  const wide = useMediaQuery<Theme>((theme) => theme.breakpoints.up('xl'));
  const medium = useMediaQuery<Theme>((theme) => theme.breakpoints.up('md'));
  return (
    <DataTable rowClick="show" bulkActionButtons={false} sx={tableSx}>
      {showTenant && (
        <DataTable.Col disableSort source="tenantId">
          <ReferenceField source="tenantId" reference="Tenant" link={false} />
        </DataTable.Col>
      )}
      <DataTable.Col disableSort source="kind" field={KindField} />
      {medium && <DataTable.Col disableSort source="trigger" field={TriggerField} />}
      <DataTable.Col disableSort source="status" field={RunStatusField} />
      <DataTable.Col disableSort source="startedAt">
        <DateTimeField source="startedAt" />
      </DataTable.Col>
      {medium && (
        <DataTable.Col disableSort source="durationMs" field={DurationField} align="right" />
      )}
      {wide && <DataTable.Col disableSort align="right" source="pages" field={CountField} />}
      <DataTable.Col disableSort align="right" source="received" field={CountField} />
      {medium && <DataTable.Col disableSort align="right" source="inserted" field={CountField} />}
      {wide && <DataTable.Col disableSort align="right" source="duplicates" field={CountField} />}
      {wide && <DataTable.Col disableSort align="right" source="retries" field={CountField} />}
      <DataTable.Col
        disableSort
        source="progress"
        field={ProgressField}
        cellSx={medium ? textSx : narrowTextSx}
      />
      <DataTable.Col
        disableSort
        source="error"
        field={ErrorField}
        cellSx={medium ? textSx : narrowTextSx}
      />
    </DataTable>
  );
};
