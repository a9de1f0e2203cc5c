import { DataTable, List, SearchInput } from 'react-admin';
import { DateTimeField } from '../../posture/DateTimeField';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

export const TenantList = () => (
  <List filters={filters} sort={{ field: 'name', order: 'ASC' }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <DataTable.Col disableSort source="entraTenantId" />
      <DataTable.Col source="createdAt">
        <DateTimeField source="createdAt" showTime={false} />
      </DataTable.Col>
    </DataTable>
  </List>
);
