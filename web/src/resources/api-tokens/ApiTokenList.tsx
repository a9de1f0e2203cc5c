import { Chip, Stack, Typography, useMediaQuery, type Theme } from '@mui/material';
import {
  CreateButton,
  DataTable,
  List,
  TopToolbar,
  useCanAccess,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { postGraphQL } from '../../data/graphql-request';
import type { ApiToken } from '../../data/records';
import { graphql } from '../../gql';
import { DateTimeField } from '../../posture/DateTimeField';
import { RevokeButton } from './RevokeButton';
import { TokenTenants } from './TokenTenants';
import { makeFormat } from '../../i18n/format';

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

/** The name, and under it the first characters of the token to recognise it by. */
const NameAndPrefix = ({ withRole }: { withRole?: boolean }) => {
  const record = useRecordContext<ApiToken>();
  if (!record) return null;
  return (
    <Stack spacing={0.25}>
      <Typography variant="body2" sx={{ fontWeight: 500, wordBreak: 'break-word' }}>
        {record.name}
      </Typography>
      <Typography
        variant="caption"
        color="text.secondary"
        sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}
      >
        {record.prefix}…
      </Typography>
      {withRole ? (
        <Typography variant="caption" color="text.secondary">
          {record.role}
        </Typography>
      ) : null}
    </Stack>
  );
};

/** The status, and under it when the token expires. */
const StatusAndExpiry = () => {
  const record = useRecordContext<ApiToken>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  return (
    <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
      <TokenStatus />
      <Typography variant="caption" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
        {translate('posture.access.expires', {
          date: record.expiresAt
            ? makeFormat(locale).date(record.expiresAt)
            : translate('posture.access.never'),
        })}
      </Typography>
    </Stack>
  );
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
  // On narrow screens the role moves under the name.
  const narrow = useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'));
  return (
    <List
      sort={{ field: 'createdAt', order: 'DESC' }}
      perPage={25}
      exporter={false}
      actions={<Actions />}
    >
      <DataTable rowClick={false} bulkActionButtons={false}>
        <DataTable.Col source="name">
          <NameAndPrefix withRole={narrow} />
        </DataTable.Col>
        {narrow ? null : <DataTable.Col source="role" />}
        <DataTable.Col source="tenantIds" disableSort field={TokenTenants} />
        <DataTable.Col source="lastUsedAt">
          <DateTimeField source="lastUsedAt" emptyText={never} />
        </DataTable.Col>
        <DataTable.Col
          source="expiresAt"
          label="resources.ApiToken.fields.active"
          field={StatusAndExpiry}
        />
        <DataTable.Col label="" disableSort field={Revoke} />
      </DataTable>
    </List>
  );
};
