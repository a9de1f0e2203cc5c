import { Box, Card, CardContent, CircularProgress, Link, Typography } from '@mui/material';
import { lazy, Suspense, useMemo, useState, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { useGraphQLQuery } from '../data/use-graphql-query';
import { daysFrom } from '../posture/dates';
import { signInListLocation } from '../resources/sign-ins/sign-in';
import { toDayRows, utcDays } from './format';
import { LegacySignInsPerDayQuery } from './queries';

/** The window the chart draws. */
const DAYS = 14;

// recharts loads with the first chart, not with the app.
const LegacySignInsChart = lazy(() =>
  import('./LegacySignInsChart').then((m) => ({ default: m.LegacySignInsChart })),
);

/**
 * A tenant's legacy sign-ins per day over the last two weeks, by protocol, successful against
 * blocked: the server's `signInsPerDay` (read from the protocol-day rollup, never raw rows).
 */
export const LegacySignInsCard = ({ tenantId }: { tenantId: string }) => {
  const translate = useTranslate();
  // Fixed when the card mounts: a window that moved with every render would refetch forever.
  const [window] = useState(() => {
    const to = new Date();
    return { from: daysFrom(to, -(DAYS - 1)), to };
  });
  const result = useGraphQLQuery(LegacySignInsPerDayQuery, {
    filter: {
      tenantId,
      from: window.from.toISOString(),
      to: window.to.toISOString(),
      legacyOnly: true,
    },
  });
  const chart = useMemo(
    () =>
      toDayRows(
        result.data?.signInsPerDay ?? [],
        utcDays(window.from, window.to),
        translate('posture.home.unknown_protocol'),
      ),
    [result.data, window, translate],
  );
  const rows = result.data?.signInsPerDay ?? [];
  const height = 260;
  const centered = (node: ReactNode) => (
    <Box sx={{ height, display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
      {node}
    </Box>
  );

  const body = () => {
    if (result.isPending) return centered(<CircularProgress size={24} />);
    if (result.error) {
      return centered(
        <Typography color="error">{translate('posture.home.load_error')}</Typography>,
      );
    }
    if (rows.length === 0) {
      return centered(
        <Typography color="text.secondary">
          {translate('posture.home.legacy_none', { smart_count: DAYS })}
        </Typography>,
      );
    }
    return (
      <Suspense fallback={centered(<CircularProgress size={24} />)}>
        <LegacySignInsChart data={chart.data} protocols={chart.protocols} height={height} />
      </Suspense>
    );
  };

  return (
    <Card data-testid="legacy-sign-ins-card">
      <CardContent>
        <Typography variant="h6" component="h2">
          {translate('posture.home.legacy_title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" gutterBottom>
          {translate('posture.home.legacy_subtitle', { smart_count: DAYS })}
        </Typography>
        <Box data-testid="legacy-chart" data-rows={rows.length}>
          {body()}
        </Box>
        <Link
          component={RouterLink}
          to={signInListLocation({ tenantId, legacyOnly: true, from: window.from.toISOString() })}
          variant="body2"
        >
          {translate('posture.home.legacy_open')}
        </Link>
      </CardContent>
    </Card>
  );
};
