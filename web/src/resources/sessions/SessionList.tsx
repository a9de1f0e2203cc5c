import { Chip, Stack, Typography, useMediaQuery, type Theme } from '@mui/material';
import { DataTable, List, useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { postGraphQL } from '../../data/graphql-request';
import type { Session } from '../../data/records';
import { graphql } from '../../gql';
import { DateTimeField } from '../../posture/DateTimeField';
import { RevokeButton } from '../api-tokens/RevokeButton';

const REVOKE_SESSION = graphql(`
  mutation RevokeSession($id: ID!) {
    revokeSession(id: $id)
  }
`);

const UserEmail = () => {
  const record = useRecordContext<Session>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
      <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
        {record.userEmail}
      </Typography>
      {record.current ? (
        <Chip size="small" color="primary" label={translate('posture.access.this_browser')} />
      ) : null}
    </Stack>
  );
};

/** Ending your own session is signing out; the button is for other browsers. */
const Revoke = () => {
  const record = useRecordContext<Session>();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ action: 'revoke', resource: 'Session' });
  if (!record || record.current || !canAccess) return null;
  return (
    <RevokeButton
      resource="Session"
      title={translate('posture.access.revoke_session_title', { email: record.userEmail })}
      content={translate('posture.access.revoke_session_content')}
      revoke={() => postGraphQL(REVOKE_SESSION, { id: String(record.id) })}
    />
  );
};

export const SessionList = () => {
  const translate = useTranslate();
  // On narrow screens the creation time gives way to the user and the revoke button.
  const narrow = useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'));
  return (
    <List sort={{ field: 'createdAt', order: 'DESC' }} perPage={25} exporter={false}>
      <DataTable rowClick={false} bulkActionButtons={false}>
        <DataTable.Col source="userEmail" disableSort field={UserEmail} />
        {narrow ? null : (
          <DataTable.Col source="createdAt">
            <DateTimeField source="createdAt" />
          </DataTable.Col>
        )}
        <DataTable.Col source="lastUsedAt">
          <DateTimeField source="lastUsedAt" emptyText={translate('posture.access.never')} />
        </DataTable.Col>
        <DataTable.Col source="expiresAt">
          <DateTimeField source="expiresAt" />
        </DataTable.Col>
        <DataTable.Col label="" disableSort field={Revoke} />
      </DataTable>
    </List>
  );
};
