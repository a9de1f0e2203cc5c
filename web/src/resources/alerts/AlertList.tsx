import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import { Box, Stack, Typography, useMediaQuery, type Theme } from '@mui/material';
import {
  DataTable,
  useCanAccess,
  List,
  ReferenceField,
  useListContext,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { Alert } from '../../data/records';
import { DateTimeField } from '../../posture/DateTimeField';
import { EnumField } from '../../posture/EnumField';
import { SeverityField } from '../../posture/SeverityChip';
import { StatusField } from '../../posture/StatusChip';
import { CheckTitleField } from '../../posture/check-text';
import { ACTION_FROM } from './alert-actions';
import { AlertActionButton } from './AlertActionButton';
import { alertFilters, OPEN_STATES } from './AlertFilters';
import { AlertStateField } from './AlertStateChip';
import { ChosenTenantFilter } from '../../tenant/ChosenTenantFilter';

/** Items and the linked results can be large: the list asks only for what it shows. */
const LIST_FIELDS = [
  'id',
  'tenantId',
  'checkId',
  'title',
  'kind',
  'state',
  'severity',
  'beforeStatus',
  'afterStatus',
  'openedAt',
];

/** Acknowledge or resolve the selected alerts, with one comment for all of them. */
export const AlertBulkActions = () => {
  const { selectedIds, onUnselectItems } = useListContext();
  const ids = selectedIds.map(String);
  return (
    <>
      <AlertActionButton action="acknowledge" ids={ids} bulk onDone={() => onUnselectItems()} />
      <AlertActionButton action="resolve" ids={ids} bulk onDone={() => onUnselectItems()} />
    </>
  );
};

/**
 * Acknowledge one alert from its row (hidden when the server would refuse the user, or the
 * alert is past it). Clicks stay in the cell: the row itself opens the alert.
 */
export const AlertRowActions = () => {
  const record = useRecordContext<Alert>();
  if (!record || !ACTION_FROM.acknowledge.includes(record.state)) return null;
  return (
    <Box onClick={(e) => e.stopPropagation()} sx={{ whiteSpace: 'nowrap' }}>
      <AlertActionButton action="acknowledge" ids={[String(record.id)]} />
    </Box>
  );
};

/** The check's title, its id beneath. */
export const AlertCheckField = () => <CheckTitleField />;

/** Before → after status. */
export const AlertChangeField = () => {
  const record = useRecordContext<Alert>();
  const translate = useTranslate();
  // A drift alert changed a setting, not a status.
  if (record?.kind === 'DRIFT' && !record.beforeStatus && !record.afterStatus) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('posture.alert.setting_changed')}
      </Typography>
    );
  }
  return (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
      <StatusField source="beforeStatus" />
      <ArrowForwardIcon fontSize="small" color="action" />
      <StatusField source="afterStatus" />
    </Stack>
  );
};

/** Narrow screens: chips stacked in one column, the change under the check, no kind or tenant. */
const NarrowChips = () => (
  <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
    <SeverityField source="severity" />
    <AlertStateField source="state" />
  </Stack>
);

const NarrowCheck = () => (
  <Stack spacing={0.5}>
    <AlertCheckField />
    <AlertChangeField />
  </Stack>
);

export const AlertList = () => {
  const narrow = useMediaQuery<Theme>((theme) => theme.breakpoints.down('lg'));
  // No selection boxes for a user who may not act on the selection (SessionUser.operations).
  const { canAccess: canAcknowledge } = useCanAccess({ action: 'acknowledge', resource: 'Alerts' });
  const { canAccess: canResolve } = useCanAccess({ action: 'resolve', resource: 'Alerts' });
  const bulk = canAcknowledge || canResolve ? <AlertBulkActions /> : false;
  return (
    <List
      filters={alertFilters}
      filterDefaultValues={{ state: OPEN_STATES }}
      sort={{ field: 'openedAt', order: 'DESC' }}
      perPage={25}
      queryOptions={{ meta: { sparseFields: LIST_FIELDS } }}
    >
      <ChosenTenantFilter />
      {narrow ? (
        <DataTable rowClick="show" bulkActionButtons={bulk}>
          <DataTable.Col source="severity" field={NarrowChips} />
          <DataTable.Col source="title" disableSort field={NarrowCheck} />
          <DataTable.Col source="openedAt">
            <DateTimeField source="openedAt" />
          </DataTable.Col>
          <DataTable.Col label="posture.layout.actions" disableSort field={AlertRowActions} />
        </DataTable>
      ) : (
        <DataTable rowClick="show" bulkActionButtons={bulk}>
          <DataTable.Col source="severity" field={SeverityField} />
          <DataTable.Col source="state" field={AlertStateField} />
          <DataTable.Col source="title" disableSort field={AlertCheckField} />
          <DataTable.Col source="afterStatus" disableSort field={AlertChangeField} />
          <DataTable.Col source="kind">
            <EnumField source="kind" prefix="posture.alert_kind" />
          </DataTable.Col>
          <DataTable.Col disableSort source="tenantId">
            <ReferenceField source="tenantId" reference="Tenant" link={false} />
          </DataTable.Col>
          <DataTable.Col source="openedAt">
            <DateTimeField source="openedAt" />
          </DataTable.Col>
          <DataTable.Col label="posture.layout.actions" disableSort field={AlertRowActions} />
        </DataTable>
      )}
    </List>
  );
};
