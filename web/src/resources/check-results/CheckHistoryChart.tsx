import { useLocaleState, useTranslate } from 'react-admin';
import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { CheckStatus } from '../../gql/graphql';
import { STATUS_COLORS } from '../../posture/StatusChip';

export interface CheckHistoryPoint {
  at: number;
  metric: number | null;
  status: CheckStatus;
}

/**
 * One check's results over runs for one tenant: the metric as a line, each run's dot in its
 * status colour. Loaded lazily: recharts stays out of the main bundle.
 */
const CheckHistoryChart = ({ points }: { points: CheckHistoryPoint[] }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const tick = new Intl.DateTimeFormat(locale, {
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 });
  return (
    <ResponsiveContainer width="100%" height={220}>
      <LineChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          dataKey="at"
          type="number"
          scale="time"
          domain={['dataMin', 'dataMax']}
          tickFormatter={(v: number) => tick.format(v)}
        />
        <YAxis allowDecimals tickFormatter={(v: number) => number.format(v)} width={56} />
        <Tooltip
          labelFormatter={(v) => tick.format(Number(v))}
          formatter={(value, _name, item) => [
            `${value === null || value === undefined ? '—' : number.format(Number(value))} · ${translate(
              `posture.status.${(item.payload as CheckHistoryPoint).status}`,
            )}`,
            translate('resources.CheckResult.fields.metric'),
          ]}
        />
        <Line
          dataKey="metric"
          stroke="#607d8b"
          isAnimationActive={false}
          connectNulls
          dot={(props: {
            cx?: number;
            cy?: number;
            payload?: CheckHistoryPoint;
            index?: number;
          }) => (
            <circle
              key={props.index}
              cx={props.cx}
              cy={props.cy}
              r={4}
              fill={props.payload ? STATUS_COLORS[props.payload.status].bg : '#999'}
              stroke="#fff"
            />
          )}
        />
      </LineChart>
    </ResponsiveContainer>
  );
};

export default CheckHistoryChart;
