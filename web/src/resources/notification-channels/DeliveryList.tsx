import { Stack, Typography } from '@mui/material';
import {
  DataTable,
  Pagination,
  ReferenceManyField,
  useFieldValue,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import type { NotificationDelivery } from '../../data/records';
import { DateTimeField } from '../../posture/DateTimeField';
import { EnumField } from '../../posture/EnumField';
import { formatDuration } from '../../posture/duration';
import { DeliveryStatus } from './DeliveryStatus';

/** Delivered or failed, the status code, and what went wrong under it. */
const Outcome = () => {
  const ok = useFieldValue({ source: 'ok' }) as boolean | undefined;
  const statusCode = useFieldValue({ source: 'statusCode' }) as number | null;
  const createdAt = useFieldValue({ source: 'createdAt' }) as string;
  const error = useFieldValue({ source: 'error' }) as string | null;
  if (ok === undefined) return null;
  return (
    <Stack spacing={0.5}>
      <DeliveryStatus delivery={{ ok, statusCode, createdAt }} />
      {error ? (
        <Typography variant="caption" color="text.secondary" sx={{ wordBreak: 'break-word' }}>
          {error}
        </Typography>
      ) : null}
    </Stack>
  );
};

const Duration = () => {
  const [locale] = useLocaleState();
  const ms = useFieldValue({ source: 'durationMs' }) as number | undefined;
  return <Typography variant="body2">{formatDuration(ms, locale)}</Typography>;
};

/** When the message is tried again, or what became of it. */
const NextTry = () => {
  const translate = useTranslate();
  const next = useFieldValue({ source: 'nextAttemptAt' }) as string | null;
  const state = useFieldValue({ source: 'messageState' }) as NotificationDelivery['messageState'];
  if (next) return <DateTimeField source="nextAttemptAt" />;
  if (!state) return <Typography variant="body2">—</Typography>;
  return (
    <Typography variant="body2" color="text.secondary">
      {translate(`posture.notification_state.${state}`)}
    </Typography>
  );
};

/** The channel's deliveries, newest first: every attempt with what the receiver answered. */
export const DeliveryList = () => (
  <ReferenceManyField
    reference="NotificationDelivery"
    target="channelId"
    sort={{ field: 'createdAt', order: 'DESC' }}
    perPage={10}
    pagination={<Pagination rowsPerPageOptions={[10, 25, 50]} />}
  >
    <DataTable bulkActionButtons={false} rowClick={false}>
      <DataTable.Col source="createdAt" disableSort>
        <DateTimeField source="createdAt" />
      </DataTable.Col>
      <DataTable.Col source="event" disableSort>
        <EnumField source="event" prefix="posture.notification_event" />
      </DataTable.Col>
      <DataTable.NumberCol source="attempt" disableSort />
      <DataTable.Col source="ok" disableSort field={Outcome} />
      <DataTable.Col source="durationMs" disableSort field={Duration} />
      <DataTable.Col source="nextAttemptAt" disableSort field={NextTry} />
    </DataTable>
  </ReferenceManyField>
);
