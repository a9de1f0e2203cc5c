import {
  BooleanField,
  NumberField,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
} from 'react-admin';
import { DateTimeField } from '../../posture/DateTimeField';
import { EnumField } from '../../posture/EnumField';
import { OutcomeField } from './SignInChips';

/** Every field the server keeps of a sign-in. */
export const SignInShow = () => (
  <Show>
    <SimpleShowLayout>
      <DateTimeField source="createdAt" />
      <TextField source="userPrincipalName" emptyText="—" />
      <OutcomeField label="resources.SignIn.fields.success" />
      <NumberField source="errorCode" options={{ useGrouping: false }} emptyText="—" />
      <TextField source="clientAppUsed" emptyText="—" />
      <BooleanField source="isLegacy" />
      <TextField source="appDisplayName" emptyText="—" />
      <TextField source="resourceDisplayName" emptyText="—" />
      <BooleanField source="isExchange" />
      <BooleanField source="isInteractive" emptyText="—" />
      <EnumField source="authenticationRequirement" prefix="posture.auth_requirement" />
      <EnumField source="conditionalAccessStatus" prefix="posture.ca_status" />
      <TextField source="operatingSystem" emptyText="—" />
      <TextField source="ipAddress" emptyText="—" />
      <TextField source="userAgent" emptyText="—" sx={{ wordBreak: 'break-all' }} />
      <ReferenceField source="tenantId" reference="Tenant" link="show" />
      <TextField source="id" />
    </SimpleShowLayout>
  </Show>
);
