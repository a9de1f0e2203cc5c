import { Edit, SaveButton, SimpleForm, TextInput, Toolbar, regex, required } from 'react-admin';
import { useNotifyProblems } from '../../posture/use-notify-problems';
import { toTenantUpdate } from './tenant-settings';
import { TenantSettingsInputs } from './TenantSettingsInputs';

/** The Entra directory id is a GUID; left empty when not known yet. */
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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
        <TextInput source="entraTenantId" validate={regex(GUID, 'posture.validation.guid')} />
        <TenantSettingsInputs />
      </SimpleForm>
    </Edit>
  );
};
