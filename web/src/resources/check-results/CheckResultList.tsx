import { DataTable, List, ReferenceField } from 'react-admin';
import { CheckSummaryField } from '../../posture/check-text';
import { DateTimeField } from '../../posture/DateTimeField';
import { SeverityField } from '../../posture/SeverityChip';
import { checkResultFilters } from './CheckResultFilters';
import { StatusField } from '../../posture/StatusChip';

/** Evidence and remediation can be large: the list asks only for what it shows. */
const LIST_FIELDS = [
  'id',
  'tenantId',
  'checkId',
  'title',
  'status',
  'severity',
  'metric',
  'summary',
  { message: ['code', 'params'] },
  'evaluatedAt',
];

export const CheckResultList = () => (
  <List
    filters={checkResultFilters}
    filterDefaultValues={{ latest: true }}
    sort={{ field: 'evaluatedAt', order: 'DESC' }}
    perPage={25}
    queryOptions={{ meta: { sparseFields: LIST_FIELDS } }}
  >
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="status" field={StatusField} />
      <DataTable.Col source="severity" field={SeverityField} />
      <DataTable.Col source="checkId" />
      <DataTable.Col disableSort source="summary" field={CheckSummaryField} />
      <DataTable.NumberCol source="metric" options={{ maximumFractionDigits: 3 }} />
      <DataTable.Col disableSort source="tenantId">
        <ReferenceField source="tenantId" reference="Tenant" link={false} />
      </DataTable.Col>
      <DataTable.Col source="evaluatedAt">
        <DateTimeField source="evaluatedAt" />
      </DataTable.Col>
    </DataTable>
  </List>
);
