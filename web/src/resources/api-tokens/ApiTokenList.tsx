import { Chip, Typography } from '@mui/material';
import {
  CreateButton,
  DataTable,
  DateField,
  List,
  TopToolbar,
  useCanAccess,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { postGraphQL } from '../../data/graphql-request';
import type { ApiToken } from '../../data/records';
import { graphql } from '../../gql';
import { RevokeButton } from './RevokeButton';
import { TokenTenants } from './TokenTenants';

const REVOKE_TOKEN = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      id
      revokedAt
      active
    }
  }
`);

/** Active, revoked or expired. */
export const TokenStatus = () => {
  const record = useRecordContext<ApiToken>();
  const translate = useTranslate();
  if (!record) return null;
  const status = record.active ? 'active' : record.revokedAt ? 'revoked' : 'expired';
  return (
    <Chip
      size="small"
      color={record.active ? 'success' : 'default'}
      variant={record.active ? 'filled' : 'outlined'}
      label={translate(`posture.access.status.${status}`)}
    />
  );
};

const Prefix = () => {
  const record = useRecordContext<ApiToken>();
  return record ? (
    <Typography variant="body2" sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>
      {record.prefix}…
    </Typography>
  ) : null;
};

const Revoke = () => {
  const record = useRecordContext<ApiToken>();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ action: 'revoke', resource: 'ApiToken' });
  if (!record || !record.active || !canAccess) return null;
  return (
    <RevokeButton
      resource="ApiToken"
      title={translate('posture.access.revoke_token_title', { name: record.name })}
      content={translate('posture.access.revoke_token_content')}
      revoke={() => postGraphQL(REVOKE_TOKEN, { id: String(record.id) })}
    />
  );
};

const Actions = () => (
  <TopToolbar>
    <CreateButton />
  </TopToolbar>
);

export const ApiTokenList = () => {
  const translate = useTranslate();
  const never = translate('posture.access.never');
  return (
    <List
      sort={{ field: 'createdAt', order: 'DESC' }}
      perPage={25}
      exporter={false}
      actions={<Actions />}
    >
      <DataTable rowClick={false} bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="prefix" disableSort field={Prefix} />
        <DataTable.Col source="role" />
        <DataTable.Col source="tenantIds" disableSort field={TokenTenants} />
        <DataTable.Col source="lastUsedAt">
          <DateField source="lastUsedAt" showTime emptyText={never} />
        </DataTable.Col>
        <DataTable.Col source="expiresAt">
          <DateField source="expiresAt" emptyText={never} />
        </DataTable.Col>
        <DataTable.Col source="active" disableSort field={TokenStatus} />
        <DataTable.Col label="" disableSort field={Revoke} />
      </DataTable>
    </List>
  );
};
