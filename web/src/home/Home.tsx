import { Box, Card, CardContent, CircularProgress, Typography } from '@mui/material';
import { lazy, Suspense } from 'react';
import { Title, useTranslate } from 'react-admin';
import { ALL_TENANTS, useChosenTenant } from '../tenant/chosen-tenant';
import { PostureNowCard } from './PostureNowCard';
import { usePostureSummary } from './use-posture-summary';

// The score is drawn first; the other cards (and their charts) follow from their own chunks.
const HomeCards = lazy(() => import('./HomeCards').then((m) => ({ default: m.HomeCards })));
const AllTenantsTable = lazy(() =>
  import('./AllTenantsTable').then((m) => ({ default: m.AllTenantsTable })),
);

/**
 * The tenant's home: its score first (one request, asked for at login, no schema introspection
 * before it), then the other cards and the lazily loaded charts. Every number is a server
 * aggregate.
 */
const TenantHome = ({ tenantId }: { tenantId: string | null }) => {
  const translate = useTranslate();
  const summary = usePostureSummary(tenantId);
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
      <PostureNowCard summary={s} />
      <Suspense fallback={<CircularProgress size={24} />}>
        <HomeCards tenantId={s.tenantId} />
      </Suspense>
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
      {choice === ALL_TENANTS ? (
        <Suspense fallback={<CircularProgress size={24} />}>
          <AllTenantsTable />
        </Suspense>
      ) : (
        <TenantHome tenantId={choice} />
      )}
    </Box>
  );
};
