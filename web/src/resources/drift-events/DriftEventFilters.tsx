import { DateTimeInput, ReferenceInput, SelectInput, TextInput } from 'react-admin';
import { SOURCES, choicesOf } from '../../posture/enums';

const sourceChoices = choicesOf(SOURCES, 'posture.source');

export const driftEventFilters = [
  <ReferenceInput key="tenantId" source="tenantId" reference="Tenant" alwaysOn />,
  <SelectInput key="source" source="source" choices={sourceChoices} alwaysOn />,
  <TextInput key="path" source="path" alwaysOn />,
  <DateTimeInput key="from" source="from" />,
  <DateTimeInput key="to" source="to" />,
  <ReferenceInput key="checkId" source="checkId" reference="Check" />,
];
