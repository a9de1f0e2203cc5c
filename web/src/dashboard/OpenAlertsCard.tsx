import { Card, CardContent, CircularProgress, Link, Stack, Typography } from '@mui/material';
import { useCreatePath, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { graphql } from '../gql';
import { useGraphQLQuery } from '../data/use-graphql-query';
import { SeverityChip } from '../posture/SeverityChip';
import { OPEN_STATES } from '../resources/alerts/AlertFilters';

const OpenAlertCountsQuery = graphql(`
  query OpenAlertCounts($tenantId: ID) {
    openAlertCounts(tenantId: $tenantId) {
      severity
      count
    }
  }
`);

/** Open (or acknowledged) alerts per severity, counted by the server; each number opens the list. */
export const OpenAlertsCard = ({ tenantId = null }: { tenantId?: string | null }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const counts = useGraphQLQuery(OpenAlertCountsQuery, { tenantId });
  const listOf = (severity: string) =>
    `${createPath({ resource: 'Alert', type: 'list' })}?${new URLSearchParams({
      filter: JSON.stringify(
        tenantId ? { state: OPEN_STATES, severity, tenantId } : { state: OPEN_STATES, severity },
      ),
    }).toString()}`;

  const body = () => {
    if (counts.isPending) return <CircularProgress size={24} />;
    if (counts.error || !counts.data) {
      return <Typography color="error">{translate('posture.alert.card.load_error')}</Typography>;
    }
    const rows = counts.data.openAlertCounts;
    return (
      <>
        <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
          {rows.map(({ severity, count }) => (
            <Stack key={severity} direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <SeverityChip severity={severity} />
              <Link
                component={RouterLink}
                to={listOf(severity)}
                variant="h6"
                underline={count ? 'hover' : 'none'}
                color={count ? 'primary' : 'text.secondary'}
                data-testid={`open-alerts-${severity}`}
              >
                {count}
              </Link>
            </Stack>
          ))}
        </Stack>
        {rows.every((r) => r.count === 0) && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
            {translate('posture.alert.card.none')}
          </Typography>
        )}
      </>
    );
  };

  return (
    <Card data-testid="open-alerts-card">
      <CardContent>
        <Typography variant="h6" component="h2">
          {translate('posture.alert.card.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" gutterBottom>
          {translate('posture.alert.card.subtitle')}
        </Typography>
        <Stack sx={{ mt: 2 }}>{body()}</Stack>
      </CardContent>
    </Card>
  );
};
