import { Edit, SaveButton, SimpleForm, TextInput, Toolbar, required } from 'react-admin';
import { useNotifyProblems } from '../../posture/use-notify-problems';
import { toTenantUpdate } from './tenant-settings';
import { TenantSettingsInputs } from './TenantSettingsInputs';
import { guid } from '../../posture/guid';

// The API has no deleteTenant: the form offers only Save.
const TenantEditToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

/** Name, directory and settings of a tenant (ADMIN). The server names every invalid value. */
export const TenantEdit = () => {
  const onError = useNotifyProblems();
  return (
    <Edit
      redirect="show"
      mutationMode="pessimistic"
      transform={toTenantUpdate}
      mutationOptions={{ onError }}
    >
      {/* The server sends the settings in effect, its defaults filled in. */}
      <SimpleForm toolbar={<TenantEditToolbar />} sx={{ maxWidth: 720 }}>
        <TextInput source="name" validate={required()} />
        <TextInput source="entraTenantId" validate={guid} />
        <TenantSettingsInputs />
      </SimpleForm>
    </Edit>
  );
};
