import { useTheme } from '@mui/material';
import { useTranslate } from 'react-admin';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useFormat } from '../i18n/format';

export interface CoverageSeries {
  key: string;
  name: string;
  points: Array<{ at: string; coverage?: number | null }>;
}

const PALETTE = ['#1976d2', '#9c27b0', '#ed6c02', '#2e7d32', '#d32f2f', '#0288d1', '#6d4c41'];

/** One line per wave (and overall, dashed), coverage 0..100% over capture time. */
export const CoverageChart = ({
  series,
  height = 280,
  animate = true,
}: {
  series: CoverageSeries[];
  height?: number;
  animate?: boolean;
}) => {
  const theme = useTheme();
  const translate = useTranslate();
  const format = useFormat();
  // One row per time; each series fills its own column.
  const byTime = new Map<number, Record<string, number | null>>();
  for (const s of series)
    for (const p of s.points) {
      const t = new Date(p.at).getTime();
      const row = byTime.get(t) ?? { at: t };
      row[s.key] = p.coverage === null || p.coverage === undefined ? null : p.coverage * 100;
      byTime.set(t, row);
    }
  const rows = [...byTime.values()].sort((a, b) => (a.at as number) - (b.at as number));
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke={theme.palette.divider} vertical={false} />
        <XAxis
          dataKey="at"
          type="number"
          scale="time"
          domain={['dataMin', 'dataMax']}
          tickFormatter={(v: number) => format.day(v)}
          minTickGap={24}
          tick={{ fontSize: 12 }}
        />
        <YAxis
          domain={[0, 100]}
          tickFormatter={(v: number) => format.percent(v / 100)}
          width={48}
          tick={{ fontSize: 12 }}
        />
        <Tooltip
          labelFormatter={(v) => format.dateTime(Number(v))}
          formatter={(v) => format.percent(Number(v) / 100)}
        />
        <Legend />
        {series.map((s, i) => (
          <Line
            key={s.key}
            dataKey={s.key}
            name={s.key === 'overall' ? translate('posture.rollout.chart_overall') : s.name}
            stroke={s.key === 'overall' ? theme.palette.text.primary : PALETTE[i % PALETTE.length]}
            strokeDasharray={s.key === 'overall' ? '6 3' : undefined}
            connectNulls
            dot={rows.length <= 40}
            isAnimationActive={animate}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
};
