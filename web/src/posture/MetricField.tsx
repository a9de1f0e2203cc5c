import { Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import type { MetricUnit } from '../gql/graphql';
import { useFormat } from '../i18n/format';

interface MetricRecord {
  metric?: number | null;
  metricUnit?: MetricUnit | null;
}

/**
 * A result's metric in the unit its check declares (the server's `metricUnit`): a share as a
 * percentage ("0.6%", never "0.006"), a count as a number, in the chosen language.
 */
export const MetricField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<MetricRecord>();
  const format = useFormat();
  if (!record) return null;
  return (
    <Typography component="span" variant="body2" data-testid="metric">
      {format.metric(record.metric, record.metricUnit)}
    </Typography>
  );
};
