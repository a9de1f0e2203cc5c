import { Typography } from '@mui/material';
import { useLocaleState, useRecordContext } from 'react-admin';
import { formatDuration } from '../../posture/duration';
import { EnumField } from '../../posture/EnumField';
import type { IngestionRun } from '../../data/records';
import { TruncatedField } from '../../posture/TruncatedField';

export const KindField = () => <EnumField source="kind" prefix="posture.ingestion_kind" />;
export const TriggerField = () => <EnumField source="trigger" prefix="posture.trigger" />;

/** How long a run took, in the dashboard's language; a running one has no duration yet. */
export const DurationField = (_props: { label?: string }) => {
  const record = useRecordContext<IngestionRun>();
  const [locale] = useLocaleState();
  if (!record) return null;
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {formatDuration(record.durationMs, locale)}
    </Typography>
  );
};

/** The server's progress line (English: it is written by the pull as it goes). */
export const ProgressField = () => <TruncatedField source="progress" max={48} />;

export const ErrorField = () => <TruncatedField source="error" max={48} />;
