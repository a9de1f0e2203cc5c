import { Edit, SimpleForm } from 'react-admin';
import { useNotifyProblems } from '../../posture/use-notify-problems';
import { RolloutWaveInputs } from './RolloutWaveInputs';

export const RolloutWaveEdit = () => {
  const onError = useNotifyProblems();
  return (
    <Edit redirect="list" mutationMode="pessimistic" mutationOptions={{ onError }}>
      <SimpleForm>
        <RolloutWaveInputs tenantReadOnly />
      </SimpleForm>
    </Edit>
  );
};
