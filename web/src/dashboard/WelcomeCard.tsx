import { Card, CardContent, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

export const WelcomeCard = () => {
  const translate = useTranslate();
  return (
    <Card>
      <CardContent>
        <Typography variant="h5" component="h2" gutterBottom>
          {translate('posture.dashboard.welcome_title')}
        </Typography>
        <Typography variant="body1">{translate('posture.dashboard.welcome_text')}</Typography>
      </CardContent>
    </Card>
  );
};
