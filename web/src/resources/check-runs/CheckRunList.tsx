import { DataTable, List, ReferenceField, ReferenceInput } from 'react-admin';
import { DateTimeField } from '../../posture/DateTimeField';
import { EnumField } from '../../posture/EnumField';

const filters = [<ReferenceInput key="tenantId" source="tenantId" reference="Tenant" alwaysOn />];

const TriggerField = () => <EnumField source="trigger" prefix="posture.trigger" />;
const RunStatusField = () => <EnumField source="status" prefix="posture.run_status" />;

export const CheckRunList = () => (
  <List filters={filters} sort={{ field: 'startedAt', order: 'DESC' }} perPage={25}>
    <DataTable bulkActionButtons={false}>
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
    </DataTable>
  </List>
);
