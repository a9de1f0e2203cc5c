import { Card, CardContent, CircularProgress, Stack, Typography } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import type { CheckStatus } from '../gql/graphql';
import { CHECK_STATUSES, isCheckStatus } from '../posture/enums';
import type { CheckResult } from '../data/records';
import { StatusChip } from '../posture/StatusChip';
import { useFirstTenant } from './use-first-tenant';

// Counts a page of results until the server offers an aggregate query for it.
function countByStatus(results: readonly CheckResult[]): Record<CheckStatus, number> {
  const counts = Object.fromEntries(CHECK_STATUSES.map((s) => [s, 0])) as Record<
    CheckStatus,
    number
  >;
  for (const { status } of results) if (isCheckStatus(status)) counts[status] += 1;
  return counts;
}

const StatusCounts = ({ results }: { results: readonly CheckResult[] }) => {
  const counts = countByStatus(results);
  return (
    <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {CHECK_STATUSES.map((status) => (
        <Stack key={status} direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <StatusChip status={status} />
          <Typography variant="h6" component="span" data-testid={`count-${status}`}>
            {counts[status]}
          </Typography>
        </Stack>
      ))}
    </Stack>
  );
};

export const LatestResultsCard = () => {
  const translate = useTranslate();
  const tenants = useFirstTenant();
  const tenant = tenants.data?.[0];
  const results = useGetList<CheckResult>(
    'CheckResult',
    {
      filter: { latest: true, tenantId: tenant?.id },
      pagination: { page: 1, perPage: 200 },
      sort: { field: 'checkId', order: 'ASC' },
      meta: { sparseFields: ['id', 'tenantId', 'status'] },
    },
    { enabled: tenant !== undefined },
  );

  const body = () => {
    if (tenants.isPending || (tenant && results.isPending)) return <CircularProgress size={24} />;
    if (tenants.error || results.error) {
      return <Typography color="error">{translate('posture.dashboard.load_error')}</Typography>;
    }
    if (!tenant) return <Typography>{translate('posture.dashboard.no_tenant')}</Typography>;
    const data = results.data ?? [];
    if (data.length === 0) {
      return <Typography>{translate('posture.dashboard.no_results')}</Typography>;
    }
    return (
      <>
        <StatusCounts results={data} />
        <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
          {translate('posture.dashboard.total', { smart_count: data.length })}
        </Typography>
      </>
    );
  };

  return (
    <Card data-testid="latest-results-card">
      <CardContent>
        <Typography variant="h6" component="h2">
          {translate('posture.dashboard.latest_title')}
        </Typography>
        {tenant && (
          <Typography variant="body2" color="text.secondary" gutterBottom>
            {translate('posture.dashboard.latest_subtitle', { tenant: tenant.name })}
          </Typography>
        )}
        <Stack sx={{ mt: 2 }}>{body()}</Stack>
      </CardContent>
    </Card>
  );
};
