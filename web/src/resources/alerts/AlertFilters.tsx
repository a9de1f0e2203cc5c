import { ReferenceInput, SelectArrayInput, SelectInput, TextInput } from 'react-admin';
import { ALERT_KINDS, ALERT_STATES, SEVERITIES, choicesOf } from '../../posture/enums';

/** "Open" is what still needs someone: OPEN or ACKNOWLEDGED (the list's default). */
export const OPEN_STATES = ['OPEN', 'ACKNOWLEDGED'];

export const alertFilters = [
  <SelectArrayInput
    key="state"
    source="state"
    choices={choicesOf(ALERT_STATES, 'posture.alert_state')}
    alwaysOn
    sx={{ minWidth: 200 }}
  />,
  <SelectInput
    key="severity"
    source="severity"
    choices={choicesOf(SEVERITIES, 'posture.severity')}
    alwaysOn
  />,
  <SelectInput key="kind" source="kind" choices={choicesOf(ALERT_KINDS, 'posture.alert_kind')} />,
  <ReferenceInput key="tenantId" source="tenantId" reference="Tenant" />,
  <TextInput key="q" source="q" label="ra.action.search" />,
];
