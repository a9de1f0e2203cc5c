import {
  ListButton,
  NumberField,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
} from 'react-admin';
import { CheckSummaryField, CheckTitleField } from '../../posture/check-text';
import { CodeField, JsonField } from '../../posture/CodeField';
import { DateTimeField } from '../../posture/DateTimeField';
import { NarrowingsField } from '../../posture/NarrowingsField';
import { SeverityField } from '../../posture/SeverityChip';
import { StatusField } from '../../posture/StatusChip';
import { WaiveButton } from '../waivers/WaiveButton';

const CheckResultShowActions = () => (
  <TopToolbar>
    <ListButton />
    <WaiveButton />
  </TopToolbar>
);

export const CheckResultShow = () => (
  <Show actions={<CheckResultShowActions />}>
    <SimpleShowLayout>
      <StatusField source="status" />
      <SeverityField source="severity" />
      <TextField source="checkId" />
      <CheckTitleField source="title" showId={false} />
      <ReferenceField source="tenantId" reference="Tenant" />
      <ReferenceField source="runId" reference="CheckRun" link="show" />
      <DateTimeField source="evaluatedAt" />
      <NumberField source="metric" options={{ maximumFractionDigits: 3 }} emptyText="—" />
      <CheckSummaryField source="summary" />
      <NarrowingsField label={false} />
      <CodeField source="remediation" />
      <JsonField source="evidence" />
    </SimpleShowLayout>
  </Show>
);
