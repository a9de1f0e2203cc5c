import {
  BooleanInput,
  DateTimeInput,
  NullableBooleanInput,
  ReferenceInput,
  SelectInput,
  TextInput,
} from 'react-admin';
import { localToIso } from '../../posture/dates';
import { CLIENT_APPS } from '../../posture/microsoft';

// Protocol names are Microsoft's, the same in every language.
const protocolChoices = CLIENT_APPS.map((app) => ({ id: app, name: app }));

export const signInFilters = [
  <ReferenceInput key="tenantId" source="tenantId" reference="Tenant" alwaysOn />,
  <SelectInput
    key="protocol"
    source="protocol"
    choices={protocolChoices}
    translateChoice={false}
    sx={{ minWidth: 240 }}
    alwaysOn
  />,
  <BooleanInput key="legacyOnly" source="legacyOnly" alwaysOn />,
  <NullableBooleanInput
    key="success"
    source="success"
    nullLabel="posture.sign_in.filter_all"
    trueLabel="posture.sign_in.filter_success"
    falseLabel="posture.sign_in.filter_failure"
    alwaysOn
  />,
  <TextInput key="user" source="user" />,
  <DateTimeInput key="from" source="from" parse={localToIso} />,
  <DateTimeInput key="to" source="to" parse={localToIso} />,
];
