import { Typography } from '@mui/material';
import { useLocaleState, useRecordContext } from 'react-admin';
import { formatDuration } from '../../posture/duration';
import { EnumField } from '../../posture/EnumField';
import type { IngestionRun } from '../../data/records';
import { useCheckText } from '../../posture/check-text';
import { truncate } from '../../posture/text';

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

/**
 * The run's progress or error in the user's language: the message the pull wrote (INGEST.*),
 * else the English line of an older run; cut to `max` characters, the whole text in the tooltip.
 */
export const RunMessageField = ({
  kind,
  max,
}: {
  kind: 'progress' | 'error';
  max?: number;
  label?: string;
}) => {
  const record = useRecordContext<IngestionRun>();
  const text = useCheckText();
  if (!record) return null;
  const value = text.summary({
    summary: record[kind],
    message: kind === 'progress' ? record.progressMessage : record.errorMessage,
  });
  if (value === '') return <>—</>;
  if (max === undefined) return <>{value}</>;
  return (
    <Typography component="span" variant="body2" title={value}>
      {truncate(value, max)}
    </Typography>
  );
};

export const ProgressField = () => <RunMessageField kind="progress" max={48} />;

export const ErrorField = () => <RunMessageField kind="error" max={48} />;
