import {
  AutocompleteInput,
  BooleanInput,
  FormDataConsumer,
  PasswordInput,
  ReferenceInput,
  SelectArrayInput,
  SelectInput,
  TextInput,
  maxLength,
  required,
} from 'react-admin';
import { ALERT_KINDS, CHANNEL_KINDS, SEVERITIES, choicesOf } from '../../posture/enums';
import { formatRecipients } from './channel-form';

/**
 * A channel's inputs. The URL and the secret are write-only: never shown, and on edit an empty
 * one keeps what is stored. The kind and the tenant are chosen once, at creation.
 */
export const ChannelInputs = ({ editing = false }: { editing?: boolean }) => (
  <>
    <SelectInput
      source="kind"
      choices={choicesOf(CHANNEL_KINDS, 'posture.channel_kind')}
      validate={editing ? undefined : required()}
      readOnly={editing}
    />
    <TextInput source="name" validate={[required(), maxLength(200)]} />
    {editing ? null : (
      <ReferenceInput source="tenantId" reference="Tenant">
        <AutocompleteInput helperText="posture.channel.all_tenants_hint" />
      </ReferenceInput>
    )}
    <FormDataConsumer>
      {({ formData }) => {
        const kind = (formData as { kind?: string }).kind;
        if (kind === 'EMAIL') {
          return (
            <TextInput
              source="emailTo"
              format={formatRecipients}
              validate={editing ? undefined : required()}
              helperText="posture.channel.email_to_hint"
              fullWidth
            />
          );
        }
        if (!kind) return null;
        return (
          <>
            <PasswordInput
              source="url"
              validate={editing ? maxLength(2048) : [required(), maxLength(2048)]}
              helperText={editing ? 'posture.channel.keep_hint' : 'posture.channel.url_hint'}
              autoComplete="off"
              fullWidth
            />
            {kind === 'WEBHOOK' ? (
              <PasswordInput
                source="secret"
                validate={editing ? maxLength(256) : [required(), maxLength(256)]}
                helperText={editing ? 'posture.channel.keep_hint' : 'posture.channel.secret_hint'}
                autoComplete="off"
                fullWidth
              />
            ) : null}
          </>
        );
      }}
    </FormDataConsumer>
    <SelectInput
      source="minSeverity"
      choices={choicesOf(SEVERITIES, 'posture.severity')}
      defaultValue="HIGH"
    />
    <SelectArrayInput
      source="kinds"
      choices={choicesOf(ALERT_KINDS, 'posture.alert_kind')}
      helperText="posture.channel.kinds_hint"
    />
    <BooleanInput source="notifyOnAcknowledge" />
    <BooleanInput source="enabled" defaultValue />
    <TextInput
      source="publicUrl"
      helperText="posture.channel.public_url_hint"
      validate={maxLength(2048)}
      fullWidth
    />
  </>
);
