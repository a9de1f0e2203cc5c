import { useTranslate } from 'react-admin';
import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { CheckStatus, MetricUnit } from '../../gql/graphql';
import { useFormat } from '../../i18n/format';
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
const CheckHistoryChart = ({
  points,
  unit,
}: {
  points: CheckHistoryPoint[];
  /** The check's metric unit: a share is drawn on a 0–100 % axis. */
  unit: MetricUnit;
}) => {
  const translate = useTranslate();
  const format = useFormat();
  const metric = (v: number) => format.metric(v, unit);
  return (
    <ResponsiveContainer width="100%" height={220}>
      <LineChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          dataKey="at"
          type="number"
          scale="time"
          domain={['dataMin', 'dataMax']}
          tickFormatter={(v: number) => format.dayTime(v)}
        />
        <YAxis
          allowDecimals
          domain={unit === 'RATIO' ? [0, 1] : ['auto', 'auto']}
          tickFormatter={metric}
          width={56}
        />
        <Tooltip
          labelFormatter={(v) => format.dateTime(Number(v))}
          formatter={(value, _name, item) => [
            `${value === null || value === undefined ? '—' : metric(Number(value))} · ${translate(
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
