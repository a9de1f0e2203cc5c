import { Box, Typography } from '@mui/material';
import { DeleteButton, Edit, SaveButton, SimpleForm, Toolbar, useTranslate } from 'react-admin';
import { useNotifyProblems } from '../../posture/use-notify-problems';
import { ChannelInputs } from './ChannelInputs';
import { ChannelTenants } from './ChannelTenants';
import { DeliveryList } from './DeliveryList';
import { SendTestButton } from './SendTestButton';
import { channelFormData } from './channel-form';

const EditToolbar = () => (
  <Toolbar sx={{ gap: 1, flexWrap: 'wrap' }}>
    <SaveButton />
    <SendTestButton />
    <Box sx={{ flex: 1 }} />
    <DeleteButton mutationMode="pessimistic" />
  </Toolbar>
);

const Aside = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ mb: 1 }}>
      <Typography variant="caption" color="text.secondary">
        {translate('resources.NotificationChannel.fields.tenantIds')}
      </Typography>
      <Box>
        <ChannelTenants />
      </Box>
    </Box>
  );
};

/** Edit a channel; its last deliveries (and "send test") below the form. */
export const NotificationChannelEdit = () => {
  const onError = useNotifyProblems();
  const translate = useTranslate();
  return (
    <Edit
      mutationMode="pessimistic"
      mutationOptions={{ onError }}
      transform={channelFormData}
      redirect={false}
    >
      <SimpleForm toolbar={<EditToolbar />}>
        <Aside />
        <ChannelInputs editing />
      </SimpleForm>
      <Box sx={{ px: 2, pb: 2 }}>
        <Typography variant="h6" sx={{ mt: 1 }}>
          {translate('posture.channel.deliveries')}
        </Typography>
        <DeliveryList />
      </Box>
    </Edit>
  );
};
