import { Create, SimpleForm, TextInput, required } from 'react-admin';
import { guid } from '../../posture/guid';

const emptyToNull = (value: string) => (value.trim() === '' ? null : value.trim());

export const TenantCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <TextInput source="name" validate={required()} />
      <TextInput source="entraTenantId" parse={emptyToNull} validate={guid} />
    </SimpleForm>
  </Create>
);
