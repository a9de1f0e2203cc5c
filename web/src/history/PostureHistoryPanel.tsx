import {
  Box,
  CircularProgress,
  Stack,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import { lazy, Suspense, useMemo, useState, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { PERIODS, latestScore, rangeOf, toChartData, type PeriodDays } from './posture-history';
import { usePostureHistory } from './use-posture-history';
import { useFormat } from '../i18n/format';

/** The server answers one point per run up to this many days, one per day beyond. */
const PER_RUN_DAYS = 31;

// recharts is large: it loads with the first chart, not with the app.
const PostureHistoryChart = lazy(() =>
  import('./PostureHistoryChart').then((m) => ({ default: m.PostureHistoryChart })),
);

const Centered = ({ height, children }: { height: number; children: ReactNode }) => (
  <Box sx={{ height, display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
    {children}
  </Box>
);

/** A tenant's posture over the last 7, 30 or 90 days, with a period selector. */
export const PostureHistoryPanel = ({
  tenantId,
  height = 320,
  initialDays = 30,
}: {
  tenantId: string;
  height?: number;
  initialDays?: PeriodDays;
}) => {
  const translate = useTranslate();
  const format = useFormat();
  const [days, setDays] = useState<PeriodDays>(initialDays);
  // Fixed per period: a window that moved with every render would refetch forever.
  const range = useMemo(() => rangeOf(days, new Date()), [days]);
  const { data, error, isPending } = usePostureHistory(tenantId, range.from, range.to);
  const rows = useMemo(() => toChartData(data ?? []), [data]);
  const score = latestScore(rows);

  const body = () => {
    if (isPending) {
      return (
        <Centered height={height}>
          <CircularProgress size={24} />
        </Centered>
      );
    }
    if (error) {
      return (
        <Centered height={height}>
          <Typography color="error">{translate('posture.history.load_error')}</Typography>
        </Centered>
      );
    }
    if (rows.length === 0) {
      return (
        <Centered height={height}>
          <Typography color="text.secondary">
            {translate('posture.history.empty', { smart_count: days })}
          </Typography>
        </Centered>
      );
    }
    return (
      <Suspense
        fallback={
          <Centered height={height}>
            <CircularProgress size={24} />
          </Centered>
        }
      >
        <PostureHistoryChart rows={rows} perRun={days <= PER_RUN_DAYS} height={height} />
      </Suspense>
    );
  };

  return (
    <Box data-testid="posture-history" data-points={rows.length}>
      <Stack
        direction="row"
        spacing={2}
        useFlexGap
        sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', mb: 1 }}
      >
        <Typography variant="body2" color="text.secondary" data-testid="posture-score">
          {score === null
            ? translate('posture.history.no_score')
            : translate('posture.history.current_score', {
                score: format.number(score, 1),
              })}
        </Typography>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={days}
          onChange={(_event, value: PeriodDays | null) => value && setDays(value)}
          aria-label={translate('posture.history.period')}
        >
          {PERIODS.map((period) => (
            <ToggleButton key={period} value={period} data-testid={`period-${period}`}>
              {translate('posture.history.days', { smart_count: period })}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
      </Stack>
      {body()}
    </Box>
  );
};
