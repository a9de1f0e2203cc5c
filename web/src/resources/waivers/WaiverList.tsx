import { DataTable, List, NullableBooleanInput, ReferenceField, ReferenceInput } from 'react-admin';
import { CheckTitleField } from '../../posture/check-text';
import { DateTimeField } from '../../posture/DateTimeField';
import { EnumField } from '../../posture/EnumField';
import type { Waiver } from '../../data/records';
import { TruncatedField } from '../../posture/TruncatedField';
import { CheckIdInput } from './CheckIdInput';
import { RevokeButton } from './RevokeButton';
import { WaiverStateField } from './WaiverStateField';
import { ChosenTenantFilter } from '../../tenant/ChosenTenantFilter';

const filters = [
  <ReferenceInput key="tenantId" source="tenantId" reference="Tenant" alwaysOn />,
  <CheckIdInput key="checkId" source="checkId" alwaysOn />,
  <NullableBooleanInput
    key="active"
    source="active"
    nullLabel="posture.waiver.filter_all"
    trueLabel="posture.waiver.filter_active"
    falseLabel="posture.waiver.filter_inactive"
    alwaysOn
  />,
];

const ScopeField = () => <EnumField source="scope" prefix="posture.waiver_scope" />;

const itemsCount = (record: Waiver) => (record.scope === 'ITEMS' ? record.items.length : '—');
const reasonSx = () => ({ minWidth: 220 });

const ReasonField = () => <TruncatedField source="reason" max={60} />;

export const WaiverList = () => (
  <List
    filters={filters}
    filterDefaultValues={{ active: true }}
    sort={{ field: 'expiresAt', order: 'ASC' }}
    perPage={25}
  >
    <ChosenTenantFilter />
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col disableSort source="tenantId">
        <ReferenceField source="tenantId" reference="Tenant" link={false} />
      </DataTable.Col>
      <DataTable.Col source="checkId" field={CheckTitleField} />
      <DataTable.Col disableSort source="scope" field={ScopeField} />
      <DataTable.Col disableSort source="items" align="right" render={itemsCount} />
      <DataTable.Col disableSort source="reason" field={ReasonField} cellSx={reasonSx} />
      <DataTable.Col disableSort source="author" />
      <DataTable.Col source="expiresAt">
        <DateTimeField source="expiresAt" />
      </DataTable.Col>
      <DataTable.Col disableSort source="active" field={WaiverStateField} />
      <DataTable.Col disableSort label={false}>
        <RevokeButton />
      </DataTable.Col>
    </DataTable>
  </List>
);
