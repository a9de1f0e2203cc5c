import { List, ReferenceInput, SelectInput } from 'react-admin';
import { INGESTION_KINDS, RUN_STATUSES, choicesOf } from '../../posture/enums';
import { refetchListWhileRunning } from './ingestion-runs';
import { IngestionRunTable } from './IngestionRunTable';
import { ChosenTenantFilter } from '../../tenant/ChosenTenantFilter';

const filters = [
  <ReferenceInput key="tenantId" source="tenantId" reference="Tenant" alwaysOn />,
  <SelectInput
    key="kind"
    source="kind"
    choices={choicesOf(INGESTION_KINDS, 'posture.ingestion_kind')}
    alwaysOn
  />,
  <SelectInput
    key="status"
    source="status"
    choices={choicesOf(RUN_STATUSES, 'posture.run_status')}
    alwaysOn
  />,
];

/** Every pull of every tenant, newest first; refreshes itself while a pull is running. */
export const IngestionRunList = () => (
  <List
    filters={filters}
    sort={{ field: 'startedAt', order: 'DESC' }}
    perPage={25}
    queryOptions={{ refetchInterval: refetchListWhileRunning }}
  >
    <ChosenTenantFilter />
    <IngestionRunTable />
  </List>
);
