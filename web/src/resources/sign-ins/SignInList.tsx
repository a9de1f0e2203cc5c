import { Stack, Typography, useMediaQuery, type Theme } from '@mui/material';
import {
  DataTable,
  FilterButton,
  List,
  ReferenceField,
  TextField,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { DateTimeField } from '../../posture/DateTimeField';
import { EnumField } from '../../posture/EnumField';
import { cjkWordWrapSx } from '../../posture/text';
import { EstimatePagination } from './EstimatePagination';
import { LegacyField, OutcomeField } from './SignInChips';
import { SignInExportButton } from './SignInExportButton';
import { signInFilters } from './SignInFilters';
import { SignInsPerDayChart } from './SignInsPerDayChart';
import { ChosenTenantFilter } from '../../tenant/ChosenTenantFilter';

/** The protocol, with the "Legacy" chip when it is one. */
const ClientAppField = () => (
  <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
    <TextField source="clientAppUsed" />
    <LegacyField />
  </Stack>
);

const CaStatusField = () => (
  <EnumField source="conditionalAccessStatus" prefix="posture.ca_status" />
);

/** Without a start date the server reads the last 30 days: say so where the filters are. */
const SignInListActions = () => {
  const translate = useTranslate();
  return (
    <TopToolbar sx={{ alignItems: 'center' }}>
      <Typography variant="caption" color="text.secondary" sx={{ mr: 1 }}>
        {translate('posture.sign_in.window_hint')}
      </Typography>
      <FilterButton />
      <SignInExportButton />
    </TopToolbar>
  );
};

export const SignInList = () => {
  // Narrow screens: time, user, protocol, outcome; the rest is on the sign-in's page.
  const narrow = useMediaQuery((theme: Theme) => theme.breakpoints.down('lg'));
  return (
    <List
      filters={signInFilters}
      filterDefaultValues={{ legacyOnly: false }}
      sort={{ field: 'createdAt', order: 'DESC' }}
      perPage={50}
      pagination={<EstimatePagination />}
      actions={<SignInListActions />}
    >
      <ChosenTenantFilter />
      <SignInsPerDayChart />
      <DataTable rowClick="show" bulkActionButtons={false} sx={cjkWordWrapSx}>
        <DataTable.Col source="createdAt">
          <DateTimeField source="createdAt" />
        </DataTable.Col>
        <DataTable.Col source="userPrincipalName" />
        {!narrow && <DataTable.Col disableSort source="appDisplayName" />}
        <DataTable.Col source="clientAppUsed" field={ClientAppField} />
        <DataTable.Col disableSort source="success" field={OutcomeField} />
        {!narrow && <DataTable.Col disableSort source="operatingSystem" />}
        {!narrow && (
          <DataTable.Col disableSort source="conditionalAccessStatus" field={CaStatusField} />
        )}
        {!narrow && (
          <DataTable.Col disableSort source="tenantId">
            <ReferenceField source="tenantId" reference="Tenant" link={false} />
          </DataTable.Col>
        )}
      </DataTable>
    </List>
  );
};
