import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { Alert, Box, Card, CardContent, Stack, TextField as MuiTextField } from '@mui/material';
import { useState } from 'react';
import {
  AutocompleteArrayInput,
  Button,
  email,
  ListButton,
  maxLength,
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
import { useNotifyProblems } from '../../posture/use-notify-problems';

const CREATE_USER = graphql(`
  mutation CreateUser($email: String!, $role: Role!, $tenantIds: [ID!]) {
    createUser(email: $email, role: $role, tenantIds: $tenantIds) {
      password
      user {
        id
        email
      }
    }
  }
`);

/** People have these roles; COLLECTOR is for tokens (the server refuses it too). */
export const PERSON_ROLES = [Role.VIEWER, Role.ANALYST, Role.ADMIN].map((r) => ({
  id: r,
  name: r,
}));

interface FormValues {
  email: string;
  role: Role;
  tenantIds?: string[] | null;
}

/** The generated password, shown this once, with a copy button. */
const ShowOnce = ({ email: address, password }: { email: string; password: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const copy = async () => {
    await navigator.clipboard?.writeText(password);
    notify('posture.access.copied', { type: 'info' });
  };
  return (
    <CardContent>
      <Stack spacing={2}>
        <Alert severity="warning">
          {translate('posture.users.shown_once', { email: address })}
        </Alert>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: 'stretch' }}>
          <MuiTextField
            value={password}
            fullWidth
            size="small"
            slotProps={{ htmlInput: { readOnly: true, 'data-testid': 'new-password' } }}
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

/** Creates a user through GraphQL; the generated password is shown once and never again. */
export const UserCreate = () => {
  const translate = useTranslate();
  const notifyProblems = useNotifyProblems('User');
  const [made, setMade] = useState<{ email: string; password: string } | null>(null);
  const submit = async (values: Record<string, unknown>) => {
    const v = values as unknown as FormValues;
    try {
      const r = await postGraphQL(CREATE_USER, {
        email: v.email,
        role: v.role,
        tenantIds: v.tenantIds?.length ? v.tenantIds : null,
      });
      setMade({ email: r.createUser.user.email, password: r.createUser.password });
    } catch (error) {
      notifyProblems(error);
    }
  };
  return (
    <Box sx={{ mt: 1 }}>
      <Title title={translate('posture.users.create_title')} />
      <Card>
        {made ? (
          <ShowOnce {...made} />
        ) : (
          <SimpleForm onSubmit={submit} defaultValues={{ role: Role.VIEWER }}>
            <TextInput
              source="email"
              type="email"
              validate={[required(), email(), maxLength(320)]}
              fullWidth
            />
            <SelectInput source="role" validate={required()} choices={PERSON_ROLES} />
            <ReferenceArrayInput source="tenantIds" reference="Tenant">
              <AutocompleteArrayInput helperText="posture.access.all_tenants_hint" />
            </ReferenceArrayInput>
          </SimpleForm>
        )}
      </Card>
    </Box>
  );
};
