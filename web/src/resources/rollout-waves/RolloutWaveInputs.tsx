import {
  AutocompleteInput,
  DateTimeInput,
  NumberInput,
  ReferenceInput,
  TextInput,
  maxValue,
  minValue,
  number,
  required,
} from 'react-admin';
import { localToIso } from '../../posture/dates';

const validateOrder = [required(), number(), minValue(0), maxValue(1000)];

/** The inputs of a wave; the tenant is fixed once the wave exists (the API cannot move it). */
export const RolloutWaveInputs = ({ tenantReadOnly = false }: { tenantReadOnly?: boolean }) => (
  <>
    <ReferenceInput source="tenantId" reference="Tenant">
      <AutocompleteInput validate={required()} readOnly={tenantReadOnly} />
    </ReferenceInput>
    <TextInput source="name" validate={required()} />
    <TextInput source="groupId" validate={required()} helperText="posture.rollout.group_hint" />
    <NumberInput
      source="order"
      validate={validateOrder}
      step={1}
      helperText="posture.rollout.order_hint"
    />
    <DateTimeInput source="plannedAt" parse={localToIso} />
  </>
);
