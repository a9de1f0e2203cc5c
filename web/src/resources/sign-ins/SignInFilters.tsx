import { BooleanInput, NullableBooleanInput, ReferenceInput, TextInput } from 'react-admin';
import { localToIso } from '../../posture/dates';
import { ProtocolInput, ProtocolsInput } from './ProtocolInput';
import { LocaleDateTimeInput } from '../../posture/LocaleDateTimeInput';

export const signInFilters = [
  <ReferenceInput key="tenantId" source="tenantId" reference="Tenant" alwaysOn />,
  <ProtocolsInput
    key="protocols"
    source="protocols"
    label="posture.signins_page.protocols"
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
  <TextInput key="user" source="user" label="posture.signins_page.user" alwaysOn />,
  <TextInput key="app" source="app" label="posture.signins_page.app" />,
  <ProtocolInput key="protocol" source="protocol" sx={{ minWidth: 240 }} />,
  <LocaleDateTimeInput key="from" source="from" parse={localToIso} />,
  <LocaleDateTimeInput key="to" source="to" parse={localToIso} />,
];
