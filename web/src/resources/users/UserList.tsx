import BlockIcon from '@mui/icons-material/Block';
import CheckCircleIcon from '@mui/icons-material/CheckCircleOutlined';
import { Chip, Stack, Typography, useMediaQuery, type Theme } from '@mui/material';
import { useState } from 'react';
import {
  Button,
  Confirm,
  CreateButton,
  DataTable,
  EditButton,
  List,
  TopToolbar,
  useCanAccess,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { postGraphQL } from '../../data/graphql-request';
import type { User } from '../../data/records';
import { graphql } from '../../gql';
import { DateTimeField } from '../../posture/DateTimeField';
import { useNotifyProblems } from '../../posture/use-notify-problems';
import { TokenTenants } from '../api-tokens/TokenTenants';

const DISABLE_USER = graphql(`
  mutation DisableUser($id: ID!) {
    disableUser(id: $id) {
      id
      disabledAt
      active
    }
  }
`);

const ENABLE_USER = graphql(`
  mutation EnableUser($id: ID!) {
    enableUser(id: $id) {
      id
      disabledAt
      active
    }
  }
`);

/** Active or disabled. */
const UserStatus = () => {
  const record = useRecordContext<User>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Chip
      size="small"
      color={record.active ? 'success' : 'default'}
      variant={record.active ? 'filled' : 'outlined'}
      label={translate(`posture.users.status.${record.active ? 'active' : 'disabled'}`)}
    />
  );
};

/** The e-mail, and under it the role on narrow screens. */
const EmailAndRole = ({ withRole }: { withRole?: boolean }) => {
  const record = useRecordContext<User>();
  if (!record) return null;
  return (
    <Stack spacing={0.25}>
      <Typography variant="body2" sx={{ fontWeight: 500, overflowWrap: 'anywhere' }}>
        {record.email}
      </Typography>
      {withRole ? (
        <Typography variant="caption" color="text.secondary">
          {record.role}
        </Typography>
      ) : null}
    </Stack>
  );
};

/** Disable (with a confirmation) or enable again; the server refuses yourself and the last ADMIN. */
const ToggleActive = () => {
  const record = useRecordContext<User>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const notifyProblems = useNotifyProblems('User');
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const { canAccess } = useCanAccess({
    action: record?.active ? 'disable' : 'enable',
    resource: 'User',
  });
  if (!record || !canAccess) return null;
  const run = async () => {
    setBusy(true);
    try {
      if (record.active) await postGraphQL(DISABLE_USER, { id: String(record.id) });
      else await postGraphQL(ENABLE_USER, { id: String(record.id) });
      notify(record.active ? 'posture.users.disabled' : 'posture.users.enabled', { type: 'info' });
    } catch (error) {
      notifyProblems(error);
    } finally {
      setBusy(false);
      setOpen(false);
      refresh();
    }
  };
  if (!record.active)
    return (
      <Button label="posture.users.enable" disabled={busy} onClick={() => void run()}>
        <CheckCircleIcon />
      </Button>
    );
  return (
    <>
      <Button
        label="posture.users.disable"
        color="error"
        disabled={busy}
        onClick={(e) => {
          e.stopPropagation();
          setOpen(true);
        }}
      >
        <BlockIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={busy}
        title={translate('posture.users.disable_title', { email: record.email })}
        content={translate('posture.users.disable_content')}
        confirm="posture.users.disable"
        onConfirm={() => void run()}
        onClose={() => setOpen(false)}
      />
    </>
  );
};

const Actions = () => (
  <TopToolbar>
    <CreateButton />
  </TopToolbar>
);

export const UserList = () => {
  // On narrow screens the role moves under the e-mail and the creation time gives way.
  const narrow = useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'));
  return (
    <List
      sort={{ field: 'email', order: 'ASC' }}
      perPage={25}
      exporter={false}
      actions={<Actions />}
    >
      <DataTable rowClick={false} bulkActionButtons={false}>
        <DataTable.Col source="email">
          <EmailAndRole withRole={narrow} />
        </DataTable.Col>
        {narrow ? null : <DataTable.Col source="role" />}
        <DataTable.Col source="tenantIds" disableSort field={TokenTenants} />
        {narrow ? null : (
          <DataTable.Col source="createdAt">
            <DateTimeField source="createdAt" />
          </DataTable.Col>
        )}
        <DataTable.Col source="active" field={UserStatus} />
        <DataTable.Col label="" disableSort>
          <Stack direction="row" spacing={0.5}>
            <EditButton />
            <ToggleActive />
          </Stack>
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
