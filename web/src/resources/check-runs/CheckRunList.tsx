import { DataTable, List, ReferenceField, ReferenceInput, useRecordContext } from 'react-admin';
import { DateTimeField } from '../../posture/DateTimeField';
import { EnumField } from '../../posture/EnumField';
import type { CheckRun } from '../../data/records';
import { StatusCountsField } from '../../posture/StatusCountsField';
import { TruncatedField } from '../../posture/TruncatedField';

const filters = [<ReferenceInput key="tenantId" source="tenantId" reference="Tenant" alwaysOn />];

const TriggerField = () => <EnumField source="trigger" prefix="posture.trigger" />;
const RunStatusField = () => <EnumField source="status" prefix="posture.run_status" />;
const CountsField = () => <StatusCountsField source="counts" />;

/** Why a run failed, cut short: the show page has the whole text. */
const RunErrorField = () => {
  const record = useRecordContext<CheckRun>();
  if (record?.status !== 'FAILED') return null;
  return <TruncatedField source="error" max={60} />;
};

const countsSx = () => ({ minWidth: 280 });
const errorSx = () => ({ minWidth: 200 });

export const CheckRunList = () => (
  <List filters={filters} sort={{ field: 'startedAt', order: 'DESC' }} perPage={25}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col disableSort source="tenantId">
        <ReferenceField source="tenantId" reference="Tenant" link={false} />
      </DataTable.Col>
      <DataTable.Col disableSort source="trigger" field={TriggerField} />
      <DataTable.Col source="status" field={RunStatusField} />
      <DataTable.Col source="startedAt">
        <DateTimeField source="startedAt" />
      </DataTable.Col>
      <DataTable.Col source="finishedAt">
        <DateTimeField source="finishedAt" emptyText="—" />
      </DataTable.Col>
      <DataTable.NumberCol source="score" options={{ maximumFractionDigits: 1 }} />
      <DataTable.Col disableSort source="counts" field={CountsField} cellSx={countsSx} />
      <DataTable.Col disableSort source="error" field={RunErrorField} cellSx={errorSx} />
    </DataTable>
  </List>
);
