import { Box, Card, CardContent, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { OpenAlertsCard } from '../dashboard/OpenAlertsCard';
import { RolloutSummaryCard } from '../dashboard/RolloutSummaryCard';
import { PostureHistoryPanel } from '../history/PostureHistoryPanel';
import { LegacySignInsCard } from './LegacySignInsCard';

/** Cards side by side where there is room, one column on narrow screens. */
export const Grid = ({ children }: { children: ReactNode }) => (
  <Box
    sx={{
      display: 'grid',
      gap: 2,
      gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'repeat(2, minmax(0, 1fr))' },
    }}
  >
    {children}
  </Box>
);

/**
 * Everything on the home page after the score: open alerts, the score's trend, legacy sign-ins
 * per day and the rollout. Its own chunk, drawn after the score.
 */
export const HomeCards = ({ tenantId }: { tenantId: string }) => {
  const translate = useTranslate();
  return (
    <>
      <OpenAlertsCard tenantId={tenantId} />
      <Card data-testid="posture-history-card">
        <CardContent>
          <Typography variant="h6" component="h2" gutterBottom>
            {translate('posture.home.trend_title')}
          </Typography>
          <PostureHistoryPanel tenantId={tenantId} height={260} initialDays={30} />
        </CardContent>
      </Card>
      <Grid>
        <LegacySignInsCard tenantId={tenantId} />
        <RolloutSummaryCard tenantId={tenantId} />
      </Grid>
    </>
  );
};
