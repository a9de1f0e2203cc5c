import { Box, Stack, Typography } from '@mui/material';
import {
  DeleteButton,
  Edit,
  SaveButton,
  SimpleForm,
  Toolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { NotificationChannel } from '../../data/records';
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

/** What is stored and never editable here: the tenants, and the URL's masked host. */
const Aside = () => {
  const translate = useTranslate();
  const record = useRecordContext<NotificationChannel>();
  return (
    <Stack direction="row" spacing={4} sx={{ mb: 1, flexWrap: 'wrap' }}>
      <Box>
        <Typography variant="caption" color="text.secondary">
          {translate('resources.NotificationChannel.fields.tenantIds')}
        </Typography>
        <Box>
          <ChannelTenants />
        </Box>
      </Box>
      {record?.urlHint ? (
        <Box>
          <Typography variant="caption" color="text.secondary">
            {translate('resources.NotificationChannel.fields.urlHint')}
          </Typography>
          <Typography variant="body2" sx={{ fontFamily: 'monospace' }}>
            {record.urlHint}
          </Typography>
        </Box>
      ) : null}
    </Stack>
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
