import { ReferenceInput, SelectInput, TextInput } from 'react-admin';
import { SOURCES, choicesOf } from '../../posture/enums';
import { LocaleDateTimeInput } from '../../posture/LocaleDateTimeInput';

const sourceChoices = choicesOf(SOURCES, 'posture.source');

export const driftEventFilters = [
  <ReferenceInput key="tenantId" source="tenantId" reference="Tenant" alwaysOn />,
  <SelectInput key="source" source="source" choices={sourceChoices} alwaysOn />,
  <TextInput key="path" source="path" alwaysOn />,
  <LocaleDateTimeInput key="from" source="from" />,
  <LocaleDateTimeInput key="to" source="to" />,
  <ReferenceInput key="checkId" source="checkId" reference="Check" />,
];
