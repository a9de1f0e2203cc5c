import { Create, SimpleForm } from 'react-admin';
import { useNotifyProblems } from '../../posture/use-notify-problems';
import { ChannelInputs } from './ChannelInputs';
import { channelFormData } from './channel-form';

export const NotificationChannelCreate = () => {
  const onError = useNotifyProblems();
  return (
    <Create redirect="edit" mutationOptions={{ onError }} transform={channelFormData}>
      <SimpleForm>
        <ChannelInputs />
      </SimpleForm>
    </Create>
  );
};
