import { Chip, Stack } from '@mui/material';
import {
  Labeled,
  ListButton,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useFieldValue,
} from 'react-admin';
import { CheckTitleField } from '../../posture/check-text';
import { DateTimeField } from '../../posture/DateTimeField';
import { EnumField } from '../../posture/EnumField';
import { RevokeButton } from './RevokeButton';
import { WaiverStateField } from './WaiverStateField';

/** The users and devices an ITEMS waiver names; a tenant-wide waiver shows no empty label. */
const ItemsField = (_props: { label: false }) => {
  const items: unknown = useFieldValue({ source: 'items' });
  if (!Array.isArray(items) || items.length === 0) return null;
  return (
    <Labeled label="resources.Waiver.fields.items">
      <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {items.map((item) => (
          <Chip key={String(item)} size="small" variant="outlined" label={String(item)} />
        ))}
      </Stack>
    </Labeled>
  );
};

const WaiverShowActions = () => (
  <TopToolbar>
    <ListButton />
    <RevokeButton redirect="list" />
  </TopToolbar>
);

export const WaiverShow = () => (
  <Show actions={<WaiverShowActions />}>
    <SimpleShowLayout>
      <WaiverStateField label="resources.Waiver.fields.active" />
      <ReferenceField source="tenantId" reference="Tenant" link="show" />
      <CheckTitleField source="checkId" />
      <EnumField source="scope" prefix="posture.waiver_scope" />
      <ItemsField label={false} />
      <TextField source="reason" sx={{ whiteSpace: 'pre-wrap' }} />
      <TextField source="author" />
      <DateTimeField source="createdAt" />
      <DateTimeField source="expiresAt" />
      <DateTimeField source="revokedAt" emptyText="—" />
    </SimpleShowLayout>
  </Show>
);
