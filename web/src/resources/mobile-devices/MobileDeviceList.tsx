import { Stack, Typography, useMediaQuery, type Theme } from '@mui/material';
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
import { ChosenTenantFilter } from '../../tenant/ChosenTenantFilter';

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

/** A value with a second, quieter line under it (one column instead of two). */
const TwoLines = ({ main, sub }: { main: React.ReactNode; sub?: React.ReactNode }) => (
  <Stack spacing={0.25} sx={{ alignItems: 'flex-start', minWidth: 0 }}>
    {main}
    {sub && (
      <Typography variant="caption" color="text.secondary" component="div">
        {sub}
      </Typography>
    )}
  </Stack>
);

/** Device type, and its model under it. */
const DeviceField = () => {
  const r = useRecordContext<MobileDevice>();
  if (!r) return null;
  return <TwoLines main={<span>{r.DeviceType ?? '—'}</span>} sub={r.DeviceModel} />;
};

/** Client type, and its user agent (shortened; the whole one in the details) under it. */
const ClientField = () => {
  const r = useRecordContext<MobileDevice>();
  if (!r) return null;
  return <TwoLines main={<span>{r.ClientType ?? '—'}</span>} sub={<UserAgentField />} />;
};

/** The access state chip, and why under it. */
const AccessField = () => <TwoLines main={<AccessStateField />} sub={<ReasonField />} />;

/**
 * The ActiveSync partnerships of each tenant's newest on-premises snapshot. The server lists
 * them by last sync, newest first, and sorts no other way.
 */
export const MobileDeviceList = () => {
  // Narrow screens: the person, the device, its state and last sync; the rest is in the details.
  const narrow = useMediaQuery((theme: Theme) => theme.breakpoints.down('lg'));
  return (
    <List filters={filters} perPage={25} sort={{ field: 'LastSuccessSync', order: 'DESC' }}>
      <ChosenTenantFilter />
      <DataTable
        rowClick="expand"
        expand={<MobileDeviceDetails />}
        bulkActionButtons={false}
        sx={cjkWordWrapSx}
      >
        {!narrow && (
          <DataTable.Col disableSort source="tenantId">
            <ReferenceField source="tenantId" reference="Tenant" link={false} />
          </DataTable.Col>
        )}
        <DataTable.Col disableSort source="UserDisplayName" field={UserField} />
        <DataTable.Col disableSort source="DeviceType" field={DeviceField} />
        {!narrow && <DataTable.Col disableSort source="ClientType" field={ClientField} />}
        <DataTable.Col disableSort source="DeviceAccessState" field={AccessField} />
        <DataTable.Col disableSort source="LastSuccessSync">
          <DateTimeField source="LastSuccessSync" emptyText="—" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
