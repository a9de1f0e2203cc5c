import { Alert, Typography } from '@mui/material';
import {
  BooleanInput,
  Button,
  FormDataConsumer,
  NumberInput,
  PasswordInput,
  ResourceContextProvider,
  SaveButton,
  SimpleForm,
  TextInput,
  Toolbar,
  maxValue,
  minLength,
  minValue,
  number,
  regex,
  required,
  useNotify,
  useTranslate,
  type Validator,
} from 'react-admin';
import type { ConnectorSettings } from '../../posture/records';
import { useNotifyProblems } from '../../posture/use-notify-problems';
import {
  OVERLAP_MINUTES,
  baseUrlProblem,
  connectorFormValues,
  secretWillBeCleared,
  toConnectorUpdate,
  type ConnectorFormValues,
} from './connector-form';
import { saveConnectorSettings } from './use-connector-settings';

/** The Entra directory and application ids are GUIDs. */
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const validateGuid = [required(), regex(GUID, 'posture.validation.guid')];

const integer: Validator = (value: unknown) =>
  typeof value === 'number' && !Number.isInteger(value) ? 'posture.validation.integer' : undefined;
const validateOverlap = [
  required(),
  number(),
  integer,
  minValue(OVERLAP_MINUTES.min),
  maxValue(OVERLAP_MINUTES.max),
];
const validateBaseUrl = [required(), (value: unknown) => baseUrlProblem(value)];
// The server refuses shorter secrets; an empty field keeps the stored one.
const validateSecret = [minLength(8)];

const Heading = ({ title }: { title: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="subtitle1" component="h3" sx={{ mt: 2, fontWeight: 600 }}>
      {translate(title)}
    </Typography>
  );
};

/** Said before saving, not discovered at the next pull. */
const SecretClearWarning = ({ current }: { current: ConnectorSettings | null }) => (
  <FormDataConsumer<ConnectorFormValues>>
    {({ formData }) => secretWillBeCleared(formData, current) && <SecretClearedAlert />}
  </FormDataConsumer>
);

const SecretClearedAlert = () => {
  const translate = useTranslate();
  return (
    <Alert severity="warning" sx={{ mb: 1 }} data-testid="secret-will-clear">
      {translate('posture.connector.secret_will_clear')}
    </Alert>
  );
};

/**
 * Creates or changes a tenant's connector (ADMIN). The secret field starts empty, as the
 * server never returns the secret: it is sent only when something is typed into it.
 */
export const ConnectorForm = ({
  tenantId,
  current,
  onSaved,
  onCancel,
}: {
  tenantId: string;
  current: ConnectorSettings | null;
  onSaved: (settings: ConnectorSettings) => void;
  onCancel?: () => void;
}) => {
  const notify = useNotify();
  const translate = useTranslate();
  const notifyProblems = useNotifyProblems('ConnectorSettings');

  const save = async (values: ConnectorFormValues) => {
    try {
      const saved = await saveConnectorSettings(toConnectorUpdate(tenantId, values));
      if (current?.hasSecret && !saved.hasSecret) {
        notify('posture.connector.saved_secret_cleared', {
          type: 'warning',
          autoHideDuration: 15000,
        });
      } else {
        notify('posture.connector.saved', { type: 'success' });
      }
      onSaved(saved);
    } catch (error) {
      notifyProblems(error);
    }
  };

  return (
    <ResourceContextProvider value="ConnectorSettings">
      <SimpleForm
        record={connectorFormValues(current)}
        onSubmit={(values: Record<string, unknown>) => save(values as ConnectorFormValues)}
        toolbar={
          <Toolbar sx={{ gap: 1 }}>
            <SaveButton />
            {onCancel && <Button label="ra.action.cancel" onClick={onCancel} />}
          </Toolbar>
        }
        sx={{ maxWidth: 720, px: 0 }}
        data-testid="connector-form"
      >
        <BooleanInput source="enabled" helperText="posture.connector.enabled_hint" />
        <Heading title="posture.connector.section_app" />
        <TextInput
          source="directoryId"
          validate={validateGuid}
          helperText="posture.connector.directory_hint"
        />
        <TextInput
          source="clientId"
          validate={validateGuid}
          helperText="posture.connector.client_hint"
        />
        <PasswordInput
          source="clientSecret"
          validate={validateSecret}
          autoComplete="new-password"
          helperText={
            current?.hasSecret
              ? 'posture.connector.secret_keep_hint'
              : 'posture.connector.secret_new_hint'
          }
        />
        <Heading title="posture.connector.section_endpoints" />
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('posture.connector.base_url_hint')}
        </Typography>
        <SecretClearWarning current={current} />
        <TextInput source="loginBaseUrl" validate={validateBaseUrl} />
        <TextInput source="graphBaseUrl" validate={validateBaseUrl} />
        <TextInput source="exchangeBaseUrl" validate={validateBaseUrl} />
        <Heading title="posture.connector.section_pull" />
        <NumberInput
          source="overlapMinutes"
          validate={validateOverlap}
          step={1}
          helperText="posture.connector.overlap_hint"
        />
      </SimpleForm>
    </ResourceContextProvider>
  );
};
