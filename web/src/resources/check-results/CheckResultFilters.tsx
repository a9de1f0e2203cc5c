import { BooleanInput, ReferenceInput, SelectInput, TextInput } from 'react-admin';
import { CHECK_STATUSES, SEVERITIES, choicesOf } from '../../posture/enums';

const statusChoices = choicesOf(CHECK_STATUSES, 'posture.status');
const severityChoices = choicesOf(SEVERITIES, 'posture.severity');

export const checkResultFilters = [
  <ReferenceInput key="tenantId" source="tenantId" reference="Tenant" alwaysOn />,
  <SelectInput key="status" source="status" choices={statusChoices} alwaysOn />,
  <SelectInput key="severity" source="severity" choices={severityChoices} />,
  <TextInput key="checkId" source="checkId" />,
  <BooleanInput key="latest" source="latest" alwaysOn />,
];
