import { useTheme } from '@mui/material';
import { useTranslate } from 'react-admin';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { DayRow } from './format';
import { useFormat } from '../i18n/format';

// Successful legacy sign-ins in warm colours (Basic auth still works), blocked ones in cool.
const OK_COLORS = ['#d32f2f', '#f57c00', '#c2185b', '#fbc02d', '#8d6e63', '#e64a19'];
const BLOCKED_COLORS = ['#1976d2', '#00897b', '#5e35b1', '#0288d1', '#546e7a', '#388e3c'];

/**
 * Legacy sign-ins per day: two bars a day, successful and blocked, each stacked by protocol.
 * Loaded lazily with recharts.
 */
export const LegacySignInsChart = ({
  data,
  protocols,
  height = 260,
}: {
  data: DayRow[];
  protocols: string[];
  height?: number;
}) => {
  const translate = useTranslate();
  const theme = useTheme();
  const format = useFormat();
  const dayOf = (day: string) => new Date(`${day}T00:00:00Z`);
  const ok = translate('posture.home.legacy_succeeded');
  const blocked = translate('posture.home.legacy_blocked');
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke={theme.palette.divider} vertical={false} />
        <XAxis
          dataKey="day"
          tickFormatter={(day: string) => format.day(dayOf(day), { utc: true })}
          minTickGap={16}
          tick={{ fontSize: 12 }}
        />
        <YAxis allowDecimals={false} width={48} tick={{ fontSize: 12 }} />
        <Tooltip
          labelFormatter={(day) =>
            typeof day === 'string' ? format.date(dayOf(day), { utc: true }) : ''
          }
          formatter={(value, name) => [
            typeof value === 'number' ? format.number(value) : value,
            name,
          ]}
        />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        {protocols.map((p, i) => (
          <Bar
            key={`${p}|ok`}
            dataKey={`${p}|ok`}
            name={`${p} · ${ok}`}
            stackId="ok"
            fill={OK_COLORS[i % OK_COLORS.length]}
            isAnimationActive={false}
          />
        ))}
        {protocols.map((p, i) => (
          <Bar
            key={`${p}|blocked`}
            dataKey={`${p}|blocked`}
            name={`${p} · ${blocked}`}
            stackId="blocked"
            fill={BLOCKED_COLORS[i % BLOCKED_COLORS.length]}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
};
