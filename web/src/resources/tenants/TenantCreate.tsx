import { Create, SimpleForm, TextInput, regex, required } from 'react-admin';

/** The Entra directory id is a GUID; left empty when not known yet. */
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const emptyToNull = (value: string) => (value.trim() === '' ? null : value.trim());

export const TenantCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <TextInput source="name" validate={required()} />
      <TextInput
        source="entraTenantId"
        parse={emptyToNull}
        validate={regex(GUID, 'posture.validation.guid')}
      />
    </SimpleForm>
  </Create>
);
