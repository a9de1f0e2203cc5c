import { Typography } from '@mui/material';
import { useFieldValue } from 'react-admin';
import { useFormat } from '../i18n/format';
import { formatDuration } from './duration';

interface NumberFieldProps {
  source: string;
  label?: string;
  sortable?: boolean;
}

const Text = ({ children }: { children: string }) => (
  <Typography component="span" variant="body2">
    {children}
  </Typography>
);

/** A count or other plain number in the chosen language ("12,345"); a dash when absent. */
export const CountField = ({ source }: NumberFieldProps) => {
  const value: unknown = useFieldValue({ source });
  const format = useFormat();
  return <Text>{format.number(typeof value === 'number' ? value : null)}</Text>;
};

/** A 0–100 posture score as the home page shows it: a percentage ("87.5%"). */
export const ScoreField = ({ source }: NumberFieldProps) => {
  const value: unknown = useFieldValue({ source });
  const format = useFormat();
  return <Text>{format.percent(typeof value === 'number' ? value / 100 : null)}</Text>;
};

/** A duration in milliseconds as people read it ("14.7 sec", "2 min 5 sec"). */
export const DurationMsField = ({ source }: NumberFieldProps) => {
  const value: unknown = useFieldValue({ source });
  const format = useFormat();
  return <Text>{formatDuration(typeof value === 'number' ? value : null, format.locale)}</Text>;
};
