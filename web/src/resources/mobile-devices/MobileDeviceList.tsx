import {
  DataTable,
  List,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectInput,
  useRecordContext,
} from 'react-admin';
import { DateTimeField } from '../../posture/DateTimeField';
import { choicesOf } from '../../posture/enums';
import { ACCESS_STATES } from '../../posture/microsoft';
import { EnumField } from '../../posture/EnumField';
import type { MobileDevice } from '../../data/records';
import { cjkWordWrapSx } from '../../posture/text';
import { TruncatedField } from '../../posture/TruncatedField';
import { AccessStateField } from './AccessStateChip';
import { MobileDeviceDetails } from './MobileDeviceDetails';
import { shortUserName } from './mobile-device';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="tenantId" source="tenantId" reference="Tenant" alwaysOn />,
  <SelectInput
    key="accessState"
    source="accessState"
    choices={choicesOf(ACCESS_STATES, 'posture.access_state')}
    alwaysOn
  />,
];

/** The person, not the AD path Exchange names them by (the path stays in the tooltip). */
const UserField = () => {
  const record = useRecordContext<MobileDevice>();
  if (!record?.UserDisplayName) return null;
  return <span title={record.UserDisplayName}>{shortUserName(record.UserDisplayName)}</span>;
};

const UserAgentField = () => <TruncatedField source="DeviceUserAgent" max={32} />;
const ReasonField = () => (
  <EnumField source="DeviceAccessStateReason" prefix="posture.access_state_reason" />
);

/**
 * The ActiveSync partnerships of each tenant's newest on-premises snapshot. The server lists
 * them by last sync, newest first, and sorts no other way.
 */
export const MobileDeviceList = () => (
  <List filters={filters} perPage={25} sort={{ field: 'LastSuccessSync', order: 'DESC' }}>
    <DataTable
      rowClick="expand"
      expand={<MobileDeviceDetails />}
      bulkActionButtons={false}
      sx={cjkWordWrapSx}
    >
      <DataTable.Col disableSort source="tenantId">
        <ReferenceField source="tenantId" reference="Tenant" link={false} />
      </DataTable.Col>
      <DataTable.Col disableSort source="UserDisplayName" field={UserField} />
      <DataTable.Col disableSort source="DeviceType" />
      <DataTable.Col disableSort source="DeviceModel" />
      <DataTable.Col disableSort source="DeviceUserAgent" field={UserAgentField} />
      <DataTable.Col disableSort source="ClientType" />
      <DataTable.Col disableSort source="DeviceAccessState" field={AccessStateField} />
      <DataTable.Col disableSort source="DeviceAccessStateReason" field={ReasonField} />
      <DataTable.Col disableSort source="DeviceActiveSyncVersion" />
      <DataTable.Col disableSort source="LastSuccessSync">
        <DateTimeField source="LastSuccessSync" emptyText="—" />
      </DataTable.Col>
    </DataTable>
  </List>
);
