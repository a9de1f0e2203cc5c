import { Stack } from '@mui/material';
import { DataTable, List, ReferenceField, ReferenceInput, TextField } from 'react-admin';
import { DateTimeField } from '../../posture/DateTimeField';
import { PilotChip } from './PilotChip';
import { ChosenTenantFilter } from '../../tenant/ChosenTenantFilter';

const filters = [<ReferenceInput key="tenantId" source="tenantId" reference="Tenant" alwaysOn />];

const NameField = () => (
  <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
    <TextField source="name" />
    <PilotChip />
  </Stack>
);

// The server lists waves by tenant, then order, and sorts no other way.
export const RolloutWaveList = () => (
  <List filters={filters} sort={{ field: 'order', order: 'ASC' }} perPage={25} exporter={false}>
    <ChosenTenantFilter />
    <DataTable bulkActionButtons={false}>
      <DataTable.Col disableSort source="tenantId">
        <ReferenceField source="tenantId" reference="Tenant" link="show" />
      </DataTable.Col>
      <DataTable.NumberCol disableSort source="order" />
      <DataTable.Col disableSort source="name" field={NameField} />
      <DataTable.Col disableSort source="groupId" />
      <DataTable.Col disableSort source="plannedAt">
        <DateTimeField source="plannedAt" emptyText="—" />
      </DataTable.Col>
    </DataTable>
  </List>
);
