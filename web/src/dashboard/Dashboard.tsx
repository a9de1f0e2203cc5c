import { Stack } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { LatestResultsCard } from './LatestResultsCard';
import { LegacySignInsCard } from './LegacySignInsCard';
import { OpenAlertsCard } from './OpenAlertsCard';
import { PostureHistoryCard } from './PostureHistoryCard';
import { RolloutSummaryCard } from './RolloutSummaryCard';
import { WelcomeCard } from './WelcomeCard';

export const Dashboard = () => {
  const translate = useTranslate();
  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      <Title title={translate('posture.page.dashboard')} />
      <WelcomeCard />
      <OpenAlertsCard />
      <RolloutSummaryCard />
      <LatestResultsCard />
      <LegacySignInsCard />
      <PostureHistoryCard />
    </Stack>
  );
};
