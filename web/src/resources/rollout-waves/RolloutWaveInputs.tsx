import {
  AutocompleteInput,
  NumberInput,
  ReferenceInput,
  TextInput,
  maxValue,
  minValue,
  number,
  required,
} from 'react-admin';
import { useGraphQLQuery } from '../../data/use-graphql-query';
import { graphql } from '../../gql';
import { localToIso } from '../../posture/dates';
import { GroupPicker } from './GroupPicker';
import { LocaleDateTimeInput } from '../../posture/LocaleDateTimeInput';

const ROLLOUT_WAVE_LIMITS = graphql(`
  query RolloutWaveLimits {
    rolloutWaveLimits {
      minOrder
      maxOrder
    }
  }
`);

/** The inputs of a wave; the tenant is fixed once the wave exists (the API cannot move it). */
export const RolloutWaveInputs = ({ tenantReadOnly = false }: { tenantReadOnly?: boolean }) => {
  // The server's bounds once known; it checks them on save either way.
  const limits = useGraphQLQuery(ROLLOUT_WAVE_LIMITS, {}).data?.rolloutWaveLimits;
  const validateOrder = [
    required(),
    number(),
    ...(limits ? [minValue(limits.minOrder), maxValue(limits.maxOrder)] : []),
  ];
  return (
    <>
      <ReferenceInput source="tenantId" reference="Tenant">
        <AutocompleteInput validate={required()} readOnly={tenantReadOnly} />
      </ReferenceInput>
      <TextInput source="name" validate={required()} />
      <GroupPicker />
      <NumberInput
        source="order"
        validate={validateOrder}
        step={1}
        helperText="posture.rollout.order_hint"
      />
      <LocaleDateTimeInput source="plannedAt" parse={localToIso} />
    </>
  );
};
