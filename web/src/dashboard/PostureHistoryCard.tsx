import { Card, CardContent, CircularProgress, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { PostureHistoryPanel } from '../history/PostureHistoryPanel';
import { useFirstTenant } from './use-first-tenant';

/** The first tenant's posture score and results per status over 7, 30 or 90 days. */
export const PostureHistoryCard = () => {
  const translate = useTranslate();
  const { data, isPending, error } = useFirstTenant();
  const tenant = data?.[0];
  // Without a tenant the latest-results card already says what to do.
  if (!isPending && !error && !tenant) return null;
  return (
    <Card data-testid="posture-history-card">
      <CardContent>
        <Typography variant="h6" component="h2">
          {translate('posture.history.title')}
        </Typography>
        {tenant && (
          <Typography variant="body2" color="text.secondary" gutterBottom>
            {translate('posture.history.subtitle', { tenant: tenant.name })}
          </Typography>
        )}
        {isPending && <CircularProgress size={24} />}
        {error && <Typography color="error">{translate('posture.history.load_error')}</Typography>}
        {tenant && <PostureHistoryPanel tenantId={tenant.id} height={280} />}
      </CardContent>
    </Card>
  );
};
