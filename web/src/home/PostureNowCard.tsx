import { Box, Card, CardContent, Link, Stack, Typography } from '@mui/material';
import { useCreatePath, useLocaleState, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import type { PostureSummaryQuery } from '../gql/graphql';
import { StatusChip } from '../posture/StatusChip';
import { formatDelta, formatScore, scoreDelta } from './format';
import { makeFormat } from '../i18n/format';

type Summary = NonNullable<PostureSummaryQuery['postureSummary']>;

const Delta = ({
  now,
  before,
  label,
  testId,
}: {
  now: number | null;
  before: number | null;
  label: string;
  testId: string;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const delta = scoreDelta(now, before);
  return (
    <Box data-testid={testId}>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography
        variant="h6"
        component="span"
        color={
          delta === null || delta === 0 ? 'text.primary' : delta > 0 ? 'success.main' : 'error'
        }
      >
        {delta === null
          ? translate('posture.home.no_comparison')
          : translate('posture.home.points', {
              delta: formatDelta(delta, locale),
              smart_count: Math.abs(delta),
            })}
      </Typography>
    </Box>
  );
};

/** The score now, its change since a day and a week before, and checks by status (links). */
export const PostureNowCard = ({ summary }: { summary: Summary }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const createPath = useCreatePath();
  const listOf = (status: string) =>
    `${createPath({ resource: 'CheckResult', type: 'list' })}?${new URLSearchParams({
      filter: JSON.stringify({ latest: true, status, tenantId: summary.tenantId }),
    }).toString()}`;
  return (
    <Card data-testid="posture-now-card">
      <CardContent>
        <Typography variant="h6" component="h2">
          {translate('posture.home.score_title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" gutterBottom>
          {summary.scoredAt
            ? translate('posture.home.scored_at', {
                tenant: summary.tenantName,
                at: makeFormat(locale).dateTime(summary.scoredAt),
              })
            : summary.tenantName}
        </Typography>
        <Stack
          direction="row"
          spacing={4}
          useFlexGap
          sx={{ flexWrap: 'wrap', alignItems: 'flex-end', mt: 1 }}
        >
          <Typography
            variant="h3"
            component="p"
            sx={{ fontWeight: 700, m: 0 }}
            data-testid="home-score"
            data-score={summary.score ?? ''}
          >
            {summary.score === null
              ? translate('posture.home.no_score')
              : formatScore(summary.score, locale)}
          </Typography>
          <Delta
            now={summary.score}
            before={summary.scoreDayAgo}
            label={translate('posture.home.since_yesterday')}
            testId="score-delta-day"
          />
          <Delta
            now={summary.score}
            before={summary.scoreWeekAgo}
            label={translate('posture.home.since_last_week')}
            testId="score-delta-week"
          />
        </Stack>
        <Typography variant="subtitle2" component="h3" sx={{ mt: 3, mb: 1 }}>
          {translate('posture.home.checks_by_status')}
        </Typography>
        <Stack
          direction="row"
          spacing={2}
          useFlexGap
          sx={{ flexWrap: 'wrap' }}
          data-testid="latest-results-card"
        >
          {summary.statusCounts.map(({ status, count }) => (
            <Stack key={status} direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <StatusChip status={status} />
              <Link
                component={RouterLink}
                to={listOf(status)}
                variant="h6"
                underline={count ? 'hover' : 'none'}
                color={count ? 'primary' : 'text.secondary'}
                data-testid={`count-${status}`}
                data-count={count}
              >
                {makeFormat(locale).number(count)}
              </Link>
            </Stack>
          ))}
        </Stack>
      </CardContent>
    </Card>
  );
};
