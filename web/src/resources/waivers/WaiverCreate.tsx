import { useState } from 'react';
import {
  AutocompleteInput,
  Create,
  DateTimeInput,
  FormDataConsumer,
  RadioButtonGroupInput,
  ReferenceInput,
  SimpleForm,
  TextInput,
  minLength,
  required,
} from 'react-admin';
import { localToIso } from '../../posture/dates';
import { WAIVER_SCOPES, choicesOf } from '../../posture/domain';
import { useNotifyProblems } from '../../posture/use-notify-problems';
import { CheckIdInput } from './CheckIdInput';
import { defaultExpiry, expiryProblem, toCreateWaiver, type WaiverFormValues } from './waiver-form';

const scopeChoices = choicesOf(WAIVER_SCOPES, 'posture.waiver_scope');
const validateReason = [required(), minLength(5)];
const validateExpiry = (value: unknown) => expiryProblem(value);

/**
 * A new waiver; the author is whoever is signed in (the server sets it). A check result's
 * "Waive…" button opens this form with the tenant and check filled in.
 */
export const WaiverCreate = () => {
  const onError = useNotifyProblems();
  // Computed once: a new object on every render would reset the form.
  const [defaultValues] = useState(() => ({ scope: 'TENANT', expiresAt: defaultExpiry() }));
  return (
    <Create redirect="show" transform={toCreateWaiver} mutationOptions={{ onError }}>
      <SimpleForm defaultValues={defaultValues}>
        <ReferenceInput source="tenantId" reference="Tenant">
          <AutocompleteInput validate={required()} />
        </ReferenceInput>
        <CheckIdInput validate={required()} />
        <RadioButtonGroupInput source="scope" choices={scopeChoices} validate={required()} />
        <FormDataConsumer<WaiverFormValues>>
          {({ formData }) =>
            formData.scope === 'ITEMS' && (
              <TextInput
                source="itemsText"
                multiline
                minRows={4}
                validate={required()}
                helperText="posture.waiver.items_hint"
              />
            )
          }
        </FormDataConsumer>
        <TextInput
          source="reason"
          multiline
          minRows={2}
          validate={validateReason}
          helperText="posture.waiver.reason_hint"
        />
        <DateTimeInput
          source="expiresAt"
          parse={localToIso}
          validate={validateExpiry}
          helperText="posture.waiver.expiry_hint"
        />
      </SimpleForm>
    </Create>
  );
};
