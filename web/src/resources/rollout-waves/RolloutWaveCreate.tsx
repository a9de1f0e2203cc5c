import { Create, SimpleForm } from 'react-admin';
import { useNotifyProblems } from '../../posture/use-notify-problems';
import { RolloutWaveInputs } from './RolloutWaveInputs';

export const RolloutWaveCreate = () => {
  const onError = useNotifyProblems();
  return (
    <Create redirect="list" mutationOptions={{ onError }}>
      <SimpleForm>
        <RolloutWaveInputs />
      </SimpleForm>
    </Create>
  );
};
