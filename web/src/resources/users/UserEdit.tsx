import {
  AutocompleteArrayInput,
  Edit,
  ReferenceArrayInput,
  required,
  SaveButton,
  SelectInput,
  SimpleForm,
  TextInput,
  Toolbar,
} from 'react-admin';
import { PERSON_ROLES } from './UserCreate';

const SaveOnly = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

/**
 * Role and tenants (`updateUser`); the e-mail is fixed. The server refuses to demote or limit
 * the last active ADMIN for every tenant, and names why.
 */
export const UserEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <SimpleForm toolbar={<SaveOnly />}>
      <TextInput source="email" disabled fullWidth />
      <SelectInput source="role" validate={required()} choices={PERSON_ROLES} />
      <ReferenceArrayInput source="tenantIds" reference="Tenant">
        <AutocompleteArrayInput helperText="posture.access.all_tenants_hint" />
      </ReferenceArrayInput>
    </SimpleForm>
  </Edit>
);
