import { DataTable, List, ReferenceField, ReferenceInput } from 'react-admin';
import { DateTimeField } from '../../posture/DateTimeField';
import { EnumField } from '../../posture/EnumField';
import { SourcesField } from '../../posture/SourcesField';
import { ChosenTenantFilter } from '../../tenant/ChosenTenantFilter';

/** `raw` is the whole tenant configuration: only the show page asks for it. */
const LIST_FIELDS = ['id', 'tenantId', 'capturedAt', 'receivedAt', 'sources', 'origin'];

const filters = [<ReferenceInput key="tenantId" source="tenantId" reference="Tenant" alwaysOn />];

const OriginField = () => <EnumField source="origin" prefix="posture.origin" />;

export const SnapshotList = () => (
  <List
    filters={filters}
    sort={{ field: 'capturedAt', order: 'DESC' }}
    perPage={25}
    queryOptions={{ meta: { sparseFields: LIST_FIELDS } }}
  >
    <ChosenTenantFilter />
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col disableSort source="tenantId">
        <ReferenceField source="tenantId" reference="Tenant" link={false} />
      </DataTable.Col>
      <DataTable.Col source="capturedAt">
        <DateTimeField source="capturedAt" />
      </DataTable.Col>
      <DataTable.Col source="receivedAt">
        <DateTimeField source="receivedAt" />
      </DataTable.Col>
      <DataTable.Col source="sources" field={SourcesField} disableSort />
      <DataTable.Col disableSort source="origin" field={OriginField} />
    </DataTable>
  </List>
);
