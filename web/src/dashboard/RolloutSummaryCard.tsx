import { Card, CardContent, CircularProgress, Link, Stack, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { useGraphQLQuery } from '../data/use-graphql-query';
import { CoverageBar, useProjectionText } from '../rollout/CoverageBar';
import { ROLLOUT_PROGRESS } from '../rollout/queries';

/** A tenant's rollout in one line: overall coverage, waves, projection; opens the page. */
export const RolloutSummaryCard = ({ tenantId }: { tenantId: string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const projectionText = useProjectionText();
  const tenant = { id: tenantId };
  const progress = useGraphQLQuery(ROLLOUT_PROGRESS, tenant ? { tenantId: tenant.id } : null);
  const p = progress.data?.rolloutProgress;
  const body = () => {
    if (!tenant) return null;
    if (progress.isPending) return <CircularProgress size={24} />;
    if (progress.error || !p)
      return <Typography color="error">{translate('posture.rollout.load_error')}</Typography>;
    return (
      <Stack spacing={1}>
        <CoverageBar figures={p.overall} />
        <Typography variant="body2">
          {translate('posture.rollout.card_waves', { smart_count: p.waves.length })} ·{' '}
          {projectionText(p.projectedCompletion, locale)}
        </Typography>
        <Link
          component={RouterLink}
          to={`/rollout?${new URLSearchParams({ tenant: tenant.id }).toString()}`}
          data-testid="rollout-card-open"
        >
          {translate('posture.rollout.card_open')}
        </Link>
      </Stack>
    );
  };
  return (
    <Card data-testid="rollout-summary-card">
      <CardContent>
        <Typography variant="h6" component="h2">
          {translate('posture.rollout.card_title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" gutterBottom>
          {translate('posture.rollout.card_subtitle')}
        </Typography>
        {body()}
      </CardContent>
    </Card>
  );
};
