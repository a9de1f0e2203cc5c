import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { Alert, Box, Card, CardContent, Stack, TextField as MuiTextField } from '@mui/material';
import { useState } from 'react';
import {
  AutocompleteArrayInput,
  Button,
  ListButton,
  maxLength,
  maxValue,
  minValue,
  NumberInput,
  ReferenceArrayInput,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
  Title,
  useNotify,
  useTranslate,
} from 'react-admin';
import { postGraphQL } from '../../data/graphql-request';
import { graphql } from '../../gql';
import { Role } from '../../gql/graphql';
import { valuesOf } from '../../posture/enums';
import { useNotifyProblems } from '../../posture/use-notify-problems';

const CREATE_TOKEN = graphql(`
  mutation CreateApiToken($name: String!, $role: Role!, $tenantIds: [ID!], $expiresInDays: Int) {
    createApiToken(name: $name, role: $role, tenantIds: $tenantIds, expiresInDays: $expiresInDays) {
      token
      apiToken {
        id
        name
        prefix
      }
    }
  }
`);

interface FormValues {
  name: string;
  role: Role;
  tenantIds?: string[] | null;
  expiresInDays?: number | null;
}

/** The new token, shown this once, with a copy button. */
const ShowOnce = ({ name, token }: { name: string; token: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const copy = async () => {
    await navigator.clipboard?.writeText(token);
    notify('posture.access.copied', { type: 'info' });
  };
  return (
    <CardContent>
      <Stack spacing={2}>
        <Alert severity="warning">{translate('posture.access.shown_once', { name })}</Alert>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: 'stretch' }}>
          <MuiTextField
            value={token}
            fullWidth
            size="small"
            slotProps={{ htmlInput: { readOnly: true, 'data-testid': 'new-token' } }}
            sx={{ '& input': { fontFamily: 'monospace' } }}
            onFocus={(e) => e.target.select()}
          />
          <Button label="posture.access.copy" variant="contained" onClick={() => void copy()}>
            <ContentCopyIcon />
          </Button>
        </Stack>
        <Box>
          <ListButton label="posture.access.done" />
        </Box>
      </Stack>
    </CardContent>
  );
};

/** Creates an API token through GraphQL; the answer's token is shown once and never again. */
export const ApiTokenCreate = () => {
  const translate = useTranslate();
  const notifyProblems = useNotifyProblems('ApiToken');
  const [made, setMade] = useState<{ name: string; token: string } | null>(null);
  const submit = async (values: Record<string, unknown>) => {
    const v = values as unknown as FormValues;
    try {
      const r = await postGraphQL(CREATE_TOKEN, {
        name: v.name,
        role: v.role,
        tenantIds: v.tenantIds?.length ? v.tenantIds : null,
        expiresInDays: v.expiresInDays ?? null,
      });
      setMade({ name: r.createApiToken.apiToken.name, token: r.createApiToken.token });
    } catch (error) {
      notifyProblems(error);
    }
  };
  return (
    <Box sx={{ mt: 1 }}>
      <Title title={translate('posture.access.create_title')} />
      <Card>
        {made ? (
          <ShowOnce {...made} />
        ) : (
          <SimpleForm onSubmit={submit} defaultValues={{ role: Role.VIEWER, expiresInDays: 90 }}>
            <TextInput source="name" validate={[required(), maxLength(100)]} fullWidth />
            <SelectInput
              source="role"
              validate={required()}
              choices={valuesOf(Role).map((r) => ({ id: r, name: r }))}
            />
            <ReferenceArrayInput source="tenantIds" reference="Tenant">
              <AutocompleteArrayInput helperText="posture.access.all_tenants_hint" />
            </ReferenceArrayInput>
            <NumberInput
              source="expiresInDays"
              min={1}
              max={3650}
              step={1}
              validate={[minValue(1), maxValue(3650)]}
              helperText="posture.access.expires_hint"
            />
          </SimpleForm>
        )}
      </Card>
    </Box>
  );
};
