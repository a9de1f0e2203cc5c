import { Box, Card, CardContent, CircularProgress, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Title, useTranslate } from 'react-admin';
import { OpenAlertsCard } from '../dashboard/OpenAlertsCard';
import { RolloutSummaryCard } from '../dashboard/RolloutSummaryCard';
import { useGraphQLQuery } from '../data/use-graphql-query';
import { PostureHistoryPanel } from '../history/PostureHistoryPanel';
import { ALL_TENANTS, useChosenTenant } from '../tenant/chosen-tenant';
import { AllTenantsTable } from './AllTenantsTable';
import { LegacySignInsCard } from './LegacySignInsCard';
import { PostureNowCard } from './PostureNowCard';
import { PostureSummaryQuery } from './queries';

/** Cards side by side where there is room, one column on narrow screens. */
const Grid = ({ children }: { children: ReactNode }) => (
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
 * The tenant's home: its score first (one request, no schema introspection before it), then
 * the cards and the lazily loaded charts. Every number is a server aggregate.
 */
const TenantHome = ({ tenantId }: { tenantId: string | null }) => {
  const translate = useTranslate();
  const summary = useGraphQLQuery(PostureSummaryQuery, { tenantId });
  if (summary.isPending) return <CircularProgress size={24} sx={{ m: 2 }} />;
  if (summary.error)
    return <Typography color="error">{translate('posture.home.load_error')}</Typography>;
  const s = summary.data?.postureSummary;
  if (!s) {
    return (
      <Card>
        <CardContent>
          <Typography>{translate('posture.dashboard.no_tenant')}</Typography>
        </CardContent>
      </Card>
    );
  }
  return (
    <>
      <Grid>
        <PostureNowCard summary={s} />
        <OpenAlertsCard tenantId={s.tenantId} />
      </Grid>
      <Card data-testid="posture-history-card">
        <CardContent>
          <Typography variant="h6" component="h2" gutterBottom>
            {translate('posture.home.trend_title')}
          </Typography>
          <PostureHistoryPanel tenantId={s.tenantId} height={260} initialDays={30} />
        </CardContent>
      </Card>
      <Grid>
        <LegacySignInsCard tenantId={s.tenantId} />
        <RolloutSummaryCard tenantId={s.tenantId} />
      </Grid>
    </>
  );
};

/** The home page: the chosen tenant's posture, or one row per tenant. */
export const Home = () => {
  const translate = useTranslate();
  const [choice] = useChosenTenant();
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2, mt: 2, minWidth: 0 }}>
      <Title title={translate('posture.page.dashboard')} />
      {choice === ALL_TENANTS ? <AllTenantsTable /> : <TenantHome tenantId={choice} />}
    </Box>
  );
};
