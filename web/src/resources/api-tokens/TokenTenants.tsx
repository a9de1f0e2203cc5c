import { Chip, Stack } from '@mui/material';
import { ReferenceField, useRecordContext, useTranslate } from 'react-admin';
import type { ApiToken } from '../../data/records';

/** The tenants a token may act on, or "every tenant". */
export const TokenTenants = () => {
  const record = useRecordContext<ApiToken>();
  const translate = useTranslate();
  if (!record) return null;
  if (record.tenantIds.length === 0)
    return <Chip size="small" label={translate('posture.access.all_tenants')} />;
  return (
    <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap' }}>
      {record.tenantIds.map((id) => (
        <ReferenceField
          key={id}
          record={{ id, tenantId: id }}
          source="tenantId"
          reference="Tenant"
          link={false}
        />
      ))}
    </Stack>
  );
};
