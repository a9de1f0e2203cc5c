import {
  Card,
  CardActionArea,
  CardContent,
  CircularProgress,
  Stack,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useLocaleState, useTranslate } from 'react-admin';
import { daysFrom } from '../posture/dates';
import { aboutCount } from '../resources/sign-ins/EstimatePagination';
import { legacySignInFilter, signInListLocation } from '../resources/sign-ins/sign-in';
import { useFirstTenant } from './use-first-tenant';
import { useLegacySignInCounts } from './use-legacy-sign-ins';

/** The window the card counts over. */
const DAYS = 7;

/** One count that opens the sign-ins it counts. */
const CountLink = ({
  to,
  count,
  label,
  alarming,
  testId,
  isEstimate,
}: {
  to: ReturnType<typeof signInListLocation>;
  count: number;
  isEstimate: boolean;
  label: string;
  alarming: boolean;
  testId: string;
}) => {
  const [locale] = useLocaleState();
  const translate = useTranslate();
  return (
    <Card
      variant="outlined"
      sx={{ minWidth: 220, borderColor: alarming ? 'error.main' : undefined }}
    >
      <CardActionArea component={Link} to={to} data-testid={testId} data-count={count}>
        <CardContent>
          <Typography
            variant="h4"
            component="span"
            color={alarming ? 'error' : 'text.primary'}
            sx={{ fontWeight: 600 }}
          >
            {isEstimate
              ? translate('posture.legacy_card.about', { count: aboutCount(count, locale) })
              : count.toLocaleString(locale)}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {label}
          </Typography>
        </CardContent>
      </CardActionArea>
    </Card>
  );
};

/**
 * The first tenant's legacy sign-ins over the last 7 days, counted by the server: any that
 * succeeded mean Basic authentication still works somewhere; refused attempts show who still
 * tries. Each count opens the sign-in list filtered to it.
 */
export const LegacySignInsCard = () => {
  const translate = useTranslate();
  const tenants = useFirstTenant();
  const tenant = tenants.data?.[0];
  // Fixed when the card mounts: a window that moved with every render would refetch forever.
  const [from] = useState(() => daysFrom(new Date(), -DAYS));
  const counts = useLegacySignInCounts(tenant?.id, from);
  // Without a tenant the latest-results card already says what to do.
  if (!tenants.isPending && !tenants.error && !tenant) return null;

  const body = () => {
    if (tenants.isPending || (tenant && counts.isPending)) return <CircularProgress size={24} />;
    if (tenants.error || counts.error || !tenant || !counts.data) {
      return <Typography color="error">{translate('posture.legacy_card.load_error')}</Typography>;
    }
    const link = (success: boolean) =>
      signInListLocation(legacySignInFilter(tenant.id, success, from));
    return (
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <CountLink
          to={link(true)}
          count={counts.data.succeeded}
          isEstimate={counts.data.succeededIsEstimate}
          label={translate('posture.legacy_card.succeeded', {
            smart_count: counts.data.succeeded,
          })}
          alarming={counts.data.succeeded > 0}
          testId="legacy-succeeded"
        />
        <CountLink
          to={link(false)}
          count={counts.data.failed}
          isEstimate={counts.data.failedIsEstimate}
          label={translate('posture.legacy_card.failed', { smart_count: counts.data.failed })}
          alarming={false}
          testId="legacy-failed"
        />
      </Stack>
    );
  };

  return (
    <Card data-testid="legacy-sign-ins-card">
      <CardContent>
        <Typography variant="h6" component="h2">
          {translate('posture.legacy_card.title')}
        </Typography>
        {tenant && (
          <Typography variant="body2" color="text.secondary" gutterBottom>
            {translate('posture.legacy_card.subtitle', { tenant: tenant.name, smart_count: DAYS })}
          </Typography>
        )}
        <Stack sx={{ mt: 2 }}>{body()}</Stack>
      </CardContent>
    </Card>
  );
};
