import { useTheme } from '@mui/material';
import { useTranslate } from 'react-admin';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { STATUS_COLORS } from '../posture/StatusChip';
import { STACK_ORDER, statusesIn, type ChartPoint } from './posture-history';
import { useFormat } from '../i18n/format';

export interface PostureHistoryChartProps {
  rows: ChartPoint[];
  /** Points are single runs (up to 31 days) rather than days: ticks show the time too. */
  perRun: boolean;
  height?: number;
}

// Tooltip: the score, then the statuses top of the stack first, as the bars read.
const TOOLTIP_ORDER = ['score', ...[...STACK_ORDER].reverse()];

/**
 * Results per status (stacked bars, left axis, the status chips' colours) and the score (line,
 * right axis 0..100), one bar per point. Loaded lazily: recharts stays out of the main bundle.
 */
export const PostureHistoryChart = ({ rows, perRun, height = 320 }: PostureHistoryChartProps) => {
  const translate = useTranslate();
  const theme = useTheme();
  const format = useFormat();
  const statuses = statusesIn(rows);
  const tick = perRun ? format.dayTime : format.day;
  const full = perRun ? format.dateTime : format.date;
  const scoreName = translate('posture.history.score');

  return (
    <ResponsiveContainer width="100%" height={height}>
      <ComposedChart data={rows} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke={theme.palette.divider} vertical={false} />
        <XAxis
          dataKey="at"
          tickFormatter={(value: number) => tick(value)}
          minTickGap={24}
          tick={{ fontSize: 12 }}
        />
        <YAxis
          yAxisId="counts"
          allowDecimals={false}
          width={48}
          tick={{ fontSize: 12 }}
          label={{
            value: translate('posture.history.results'),
            angle: -90,
            position: 'insideLeft',
            style: { textAnchor: 'middle', fontSize: 12 },
          }}
        />
        <YAxis
          yAxisId="score"
          orientation="right"
          domain={[0, 100]}
          width={48}
          tick={{ fontSize: 12 }}
          label={{
            value: scoreName,
            angle: 90,
            position: 'insideRight',
            style: { textAnchor: 'middle', fontSize: 12 },
          }}
        />
        <Tooltip
          labelFormatter={(value) => (typeof value === 'number' ? full(value) : '')}
          itemSorter={(item) => TOOLTIP_ORDER.indexOf(String(item.dataKey))}
          formatter={(value, name) => [
            typeof value === 'number' && name === scoreName ? format.number(value, 1) : value,
            name,
          ]}
        />
        <Legend itemSorter={null} />
        {statuses.map((status) => (
          <Bar
            key={status}
            yAxisId="counts"
            dataKey={status}
            name={translate(`posture.status.${status}`)}
            stackId="counts"
            fill={STATUS_COLORS[status].bg}
            fillOpacity={0.8}
            maxBarSize={40}
            isAnimationActive={false}
          />
        ))}
        <Line
          yAxisId="score"
          dataKey="score"
          name={scoreName}
          type="monotone"
          stroke={theme.palette.text.primary}
          strokeWidth={2}
          dot={rows.length <= 60}
          isAnimationActive={false}
        />
      </ComposedChart>
    </ResponsiveContainer>
  );
};
