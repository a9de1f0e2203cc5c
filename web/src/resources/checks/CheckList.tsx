import { Stack, Typography } from '@mui/material';
import {
  DataTable,
  List,
  RecordContextProvider,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { CodeBlock } from '../../posture/CodeField';
import { useCheckProse } from '../../posture/check-prose';
import type { Check } from '../../data/records';
import { SeverityField } from '../../posture/SeverityChip';
import { SourcesField } from '../../posture/SourcesField';
import { CheckTitleField } from '../../posture/check-text';
import { RemediationSteps } from '../check-results/RemediationSteps';

/** What a check looks at and why, unfolded under its row, in the user's language. */
const CheckDetails = () => {
  const record = useRecordContext<Check>();
  const translate = useTranslate();
  const prose = useCheckProse(record?.id);
  if (!record) return null;
  const label = (field: string) => translate(`resources.Check.fields.${field}`);
  const description = prose?.description ?? record.description;
  const rationale = prose?.rationale ?? record.rationale;
  return (
    <Stack spacing={1} sx={{ py: 1, minWidth: 0 }} data-testid="check-details">
      {description && (
        <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
          {description}
        </Typography>
      )}
      {rationale && (
        <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
          <strong>{label('rationale')}:</strong> {rationale}
        </Typography>
      )}
      {(prose?.remediation.length || record.remediation) && (
        <>
          <Typography variant="subtitle2">{label('remediation')}</Typography>
          {prose ? (
            <RemediationSteps steps={prose.remediation} />
          ) : (
            <CodeBlock text={record.remediation} />
          )}
        </>
      )}
    </Stack>
  );
};

/** The title with the check's id small beneath (a catalogue entry's id is the check id). */
const TitleCell = (_props: { source?: string }) => {
  const record = useRecordContext<Check>();
  if (!record) return null;
  return (
    <RecordContextProvider value={{ ...record, checkId: record.id }}>
      <CheckTitleField />
    </RecordContextProvider>
  );
};

/** Most severe first; a row unfolds what the check looks at and why. */
export const CheckList = () => (
  <List sort={{ field: 'severity', order: 'ASC' }} perPage={50} exporter={false}>
    <DataTable bulkActionButtons={false} expand={<CheckDetails />}>
      <DataTable.Col source="title" field={TitleCell} />
      <DataTable.Col source="severity" field={SeverityField} />
      <DataTable.Col source="sources" field={SourcesField} disableSort />
    </DataTable>
  </List>
);
