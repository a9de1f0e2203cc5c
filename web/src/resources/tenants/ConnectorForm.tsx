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
  minValue,
  number,
  required,
  useNotify,
  useTranslate,
  type Validator,
} from 'react-admin';
import type { ConnectorSettings } from '../../data/records';
import { useNotifyProblems } from '../../posture/use-notify-problems';
import { connectorFormValues, toConnectorInput, type ConnectorFormValues } from './connector-form';
import {
  saveConnectorSettings,
  useConnectorChangePreview,
  type ConnectorDefaults,
} from './use-connector-settings';
import { guid } from '../../posture/guid';

const validateGuid = [required(), guid];

const integer: Validator = (value: unknown) =>
  typeof value === 'number' && !Number.isInteger(value) ? 'posture.validation.integer' : undefined;
const validateOverlapBetween = ({ minOverlapMinutes, maxOverlapMinutes }: ConnectorDefaults) => [
  required(),
  number(),
  integer,
  minValue(minOverlapMinutes),
  maxValue(maxOverlapMinutes),
];
const validateBaseUrl = [required()];
// An empty field keeps the stored secret; the server names a secret it refuses.
const BASE_URL_KEYS = new Set(['loginBaseUrl', 'graphBaseUrl', 'exchangeBaseUrl']);

const Heading = ({ title }: { title: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="subtitle1" component="h3" sx={{ mt: 2, fontWeight: 600 }}>
      {translate(title)}
    </Typography>
  );
};

/**
 * What the server says saving these values would do, said before saving rather than found at
 * the next pull: that the stored secret would be cleared, and why a base URL would be refused.
 */
const ChangePreview = ({ tenantId, values }: { tenantId: string; values: ConnectorFormValues }) => {
  const translate = useTranslate();
  const preview = useConnectorChangePreview(tenantId, toConnectorInput(values));
  if (!preview) return null;
  const urlProblems = preview.problems.filter((p) => BASE_URL_KEYS.has(p.path));
  return (
    <>
      {preview.clearsSecret && (
        <Alert severity="warning" sx={{ mb: 1 }} data-testid="secret-will-clear">
          {translate('posture.connector.secret_will_clear')}
        </Alert>
      )}
      {urlProblems.map((p) => (
        <Alert
          key={`${p.path}:${p.reason}`}
          severity="error"
          sx={{ mb: 1 }}
          data-testid="connector-problem"
          data-path={p.path}
        >
          {`${translate(`resources.ConnectorSettings.fields.${p.path}`)}: ${p.reason}`}
        </Alert>
      ))}
    </>
  );
};

/**
 * Creates or changes a tenant's connector (ADMIN). The secret field starts empty, as the
 * server never returns the secret: it is sent only when something is typed into it.
 */
export const ConnectorForm = ({
  tenantId,
  current,
  defaults,
  onSaved,
  onCancel,
}: {
  tenantId: string;
  current: ConnectorSettings | null;
  defaults: ConnectorDefaults;
  onSaved: (settings: ConnectorSettings) => void;
  onCancel?: () => void;
}) => {
  const notify = useNotify();
  const translate = useTranslate();
  const notifyProblems = useNotifyProblems('ConnectorSettings');

  const save = async (values: ConnectorFormValues) => {
    try {
      const saved = await saveConnectorSettings(tenantId, toConnectorInput(values));
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
        record={connectorFormValues(current, defaults)}
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
        <FormDataConsumer<ConnectorFormValues>>
          {({ formData }) => <ChangePreview tenantId={tenantId} values={formData} />}
        </FormDataConsumer>
        <TextInput source="loginBaseUrl" validate={validateBaseUrl} />
        <TextInput source="graphBaseUrl" validate={validateBaseUrl} />
        <TextInput source="exchangeBaseUrl" validate={validateBaseUrl} />
        <Heading title="posture.connector.section_pull" />
        <NumberInput
          source="overlapMinutes"
          validate={validateOverlapBetween(defaults)}
          step={1}
          helperText="posture.connector.overlap_hint"
        />
      </SimpleForm>
    </ResourceContextProvider>
  );
};
