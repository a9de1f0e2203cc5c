import { Stack, Typography } from '@mui/material';
import {
  DataTable,
  List,
  ReferenceField,
  ReferenceInput,
  SelectInput,
  TextInput,
  useRecordContext,
  type ListProps,
} from 'react-admin';
import type { AuditEvent } from '../../data/records';
import { DateTimeField } from '../../posture/DateTimeField';
import { AUDIT_OUTCOMES, choicesOf } from '../../posture/enums';
import { AuditOutcomeChip } from './AuditOutcomeChip';
import { LocaleDateTimeInput } from '../../posture/LocaleDateTimeInput';

const filters = [
  <ReferenceInput key="tenantId" source="tenantId" reference="Tenant" alwaysOn />,
  <TextInput key="actor" source="actor" alwaysOn />,
  <TextInput key="action" source="action" alwaysOn />,
  <SelectInput
    key="outcome"
    source="outcome"
    choices={choicesOf(AUDIT_OUTCOMES, 'posture.audit_outcome')}
  />,
  <LocaleDateTimeInput key="from" source="from" />,
  <LocaleDateTimeInput key="to" source="to" />,
];

const monoSx = {
  fontFamily: 'monospace',
  fontSize: '0.8125rem',
  overflowWrap: 'anywhere',
} as const;

/** The action and who did it, in one wrapping column so the row fits at 800 px. */
const WhatCell = () => {
  const e = useRecordContext<AuditEvent>();
  if (!e) return null;
  return (
    <Stack spacing={0.25} sx={{ minWidth: 0 }}>
      <Typography component="span" sx={monoSx}>
        {e.action}
      </Typography>
      <Typography
        component="span"
        variant="body2"
        color="text.secondary"
        sx={{ overflowWrap: 'anywhere' }}
      >
        {e.actor}
        {e.actorRole ? ` · ${e.actorRole}` : ''}
        {e.ip ? ` · ${e.ip}` : ''}
      </Typography>
      {e.error ? (
        <Typography
          component="span"
          variant="body2"
          color="error"
          sx={{ overflowWrap: 'anywhere' }}
        >
          {e.error}
        </Typography>
      ) : null}
    </Stack>
  );
};

const tableSx = {
  '& table': { tableLayout: 'fixed' },
  '& th:first-of-type': { width: '11rem' },
  '& th:nth-of-type(3)': { width: '8rem' },
} as const;

const listSx = {
  '& .RaList-actions': { flexWrap: 'wrap' },
  '& .RaList-actions form': { flexWrap: 'wrap', minWidth: 0, maxWidth: '100%', flex: '1 1 auto' },
} as const;

/** Who did what, newest first: ADMINs only (the menu shows it to those the server allows). */
export const AuditEventList = (props: Partial<ListProps>) => (
  <List
    sx={listSx}
    filters={filters}
    sort={{ field: 'at', order: 'DESC' }}
    perPage={50}
    exporter={false}
    {...props}
  >
    <DataTable rowClick="show" bulkActionButtons={false} sx={tableSx}>
      <DataTable.Col source="at" field={DateTimeField} />
      <DataTable.Col source="action" field={WhatCell} />
      <DataTable.Col source="outcome" field={AuditOutcomeChip} />
      <DataTable.Col source="tenantId">
        <ReferenceField source="tenantId" reference="Tenant" link="show" emptyText="—" />
      </DataTable.Col>
    </DataTable>
  </List>
);
