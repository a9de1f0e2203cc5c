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

// Thirteen columns: narrower cell padding keeps the table on a laptop screen.
const tableSx = {
  '& .MuiTableCell-root': { ...cjkWordWrapSx['& .MuiTableCell-root'], px: 1 },
} as const;

// Server text can hold long unbroken tokens (URL paths, ids): wrap them anywhere.
const textSx = () => ({ overflowWrap: 'anywhere', minWidth: 140 }) as const;

/**
 * The columns of a list of ingestion runs, for the list page and a tenant's tabs (which leave
 * the tenant out). The server lists runs newest first and sorts no other way.
 */
export const IngestionRunTable = ({ showTenant = true }: { showTenant?: boolean }) => (
  <DataTable rowClick="show" bulkActionButtons={false} sx={tableSx}>
    {showTenant && (
      <DataTable.Col disableSort source="tenantId">
        <ReferenceField source="tenantId" reference="Tenant" link={false} />
      </DataTable.Col>
    )}
    <DataTable.Col disableSort source="kind" field={KindField} />
    <DataTable.Col disableSort source="trigger" field={TriggerField} />
    <DataTable.Col disableSort source="status" field={RunStatusField} />
    <DataTable.Col disableSort source="startedAt">
      <DateTimeField source="startedAt" />
    </DataTable.Col>
    <DataTable.Col disableSort source="durationMs" field={DurationField} align="right" />
    <DataTable.NumberCol disableSort source="pages" />
    <DataTable.NumberCol disableSort source="received" />
    <DataTable.NumberCol disableSort source="inserted" />
    <DataTable.NumberCol disableSort source="duplicates" />
    <DataTable.NumberCol disableSort source="retries" />
    <DataTable.Col disableSort source="progress" field={ProgressField} cellSx={textSx} />
    <DataTable.Col disableSort source="error" field={ErrorField} cellSx={textSx} />
  </DataTable>
);
