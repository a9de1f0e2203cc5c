import { CircularProgress, Typography } from '@mui/material';
import { useState } from 'react';
import {
  AutocompleteInput,
  Create,
  FormDataConsumer,
  RadioButtonGroupInput,
  ReferenceInput,
  SimpleForm,
  TextInput,
  minLength,
  required,
  useTranslate,
} from 'react-admin';
import { useGraphQLQuery } from '../../data/use-graphql-query';
import { graphql } from '../../gql';
import type { WaiverLimitsQuery } from '../../gql/graphql';
import { localToIso } from '../../posture/dates';
import { WAIVER_SCOPES, choicesOf } from '../../posture/enums';
import { useNotifyProblems } from '../../posture/use-notify-problems';
import { CheckIdInput } from './CheckIdInput';
import { defaultExpiry, expiryProblem, toCreateWaiver, type WaiverFormValues } from './waiver-form';
import { LocaleDateTimeInput } from '../../posture/LocaleDateTimeInput';

const WAIVER_LIMITS = graphql(`
  query WaiverLimits {
    waiverLimits {
      maxDays
      defaultDays
      minReasonLength
    }
  }
`);

const scopeChoices = choicesOf(WAIVER_SCOPES, 'posture.waiver_scope');

/**
 * A new waiver; the author is whoever is signed in (the server sets it). A check result's
 * "Waive…" button opens this form with the tenant and check filled in.
 */
export const WaiverCreate = () => {
  const limits = useGraphQLQuery(WAIVER_LIMITS, {});
  const translate = useTranslate();
  if (limits.data) return <WaiverCreateForm limits={limits.data.waiverLimits} />;
  if (limits.error) return <Typography color="error">{translate('ra.page.error')}</Typography>;
  return <CircularProgress size={24} sx={{ m: 2 }} />;
};

/** The form, once the server's limits (default and longest duration) are known. */
export const WaiverCreateForm = ({ limits }: { limits: WaiverLimitsQuery['waiverLimits'] }) => {
  const onError = useNotifyProblems();
  // Computed once: a new object on every render would reset the form.
  const [defaultValues] = useState(() => ({ scope: 'TENANT', expiresAt: defaultExpiry(limits) }));
  const [validateExpiry] = useState(() => (value: unknown) => expiryProblem(value, limits));
  const [validateReason] = useState(() => [required(), minLength(limits.minReasonLength)]);
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
        <LocaleDateTimeInput
          source="expiresAt"
          parse={localToIso}
          validate={validateExpiry}
          helperText="posture.waiver.expiry_hint"
        />
      </SimpleForm>
    </Create>
  );
};
