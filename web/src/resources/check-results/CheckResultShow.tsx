import { Box, Button, CircularProgress, Divider, Stack, Typography } from '@mui/material';
import { Suspense, lazy, useState } from 'react';
import {
  Labeled,
  ListButton,
  ReferenceField,
  Show,
  TopToolbar,
  useGetList,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { CheckResult } from '../../data/records';
import { useGraphQLQuery } from '../../data/use-graphql-query';
import { useCheckProse } from '../../posture/check-prose';
import { CheckRecordTitle, CheckSummaryField, CheckTitleField } from '../../posture/check-text';
import { JsonField } from '../../posture/CodeField';
import { DateTimeField } from '../../posture/DateTimeField';
import { MetricField } from '../../posture/MetricField';
import { NarrowingsField } from '../../posture/NarrowingsField';
import { SeverityField } from '../../posture/SeverityChip';
import { StatusField } from '../../posture/StatusChip';
import { WaiveButton } from '../waivers/WaiveButton';
import { CHECK_RESULT_DETAILS } from './check-result-details';
import type { CheckHistoryPoint } from './CheckHistoryChart';
import { EvidenceTables } from './EvidenceTables';
import { RemediationSteps } from './RemediationSteps';

const CheckHistoryChart = lazy(() => import('./CheckHistoryChart'));

const CheckResultShowActions = () => (
  <TopToolbar>
    <ListButton />
    <WaiveButton />
  </TopToolbar>
);

const Section = ({ title, children }: { title: string; children: React.ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ minWidth: 0 }}>
      <Typography variant="h6" sx={{ mb: 1 }}>
        {translate(title)}
      </Typography>
      {children}
    </Box>
  );
};

/** Evidence tables and remediation steps, shaped by the server for this result. */
const ResultDetails = () => {
  const record = useRecordContext<CheckResult>();
  const [all, setAll] = useState(false);
  const [locale] = useLocaleState();
  const details = useGraphQLQuery(
    CHECK_RESULT_DETAILS,
    record ? { id: record.id, all, locale } : null,
  );
  const translate = useTranslate();
  const prose = useCheckProse(record?.checkId);
  if (!record) return null;
  const result = details.data?.CheckResult;
  if (details.error)
    return <Typography color="error">{translate('ra.notification.http_error')}</Typography>;
  if (!result) return <CircularProgress size={24} />;
  return (
    <Stack spacing={3} sx={{ minWidth: 0 }} data-testid="result-details">
      <Section title="posture.check_result.evidence">
        <EvidenceTables
          record={record}
          tables={result.evidenceTables}
          all={all}
          onShowAll={setAll}
        />
      </Section>
      {result.remediationSteps.length > 0 && (
        <Section title="posture.check_result.remediation">
          <RemediationSteps steps={result.remediationSteps} />
        </Section>
      )}
      {prose && (
        <Section title="resources.Check.fields.rationale">
          <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }} data-testid="rationale">
            {prose.rationale}
          </Typography>
        </Section>
      )}
    </Stack>
  );
};

const HISTORY_FIELDS = ['id', 'status', 'metric', 'metricUnit', 'evaluatedAt'];

/** This check's results over the last runs for this tenant. */
const CheckHistory = () => {
  const record = useRecordContext<CheckResult>();
  const translate = useTranslate();
  const { data, isPending } = useGetList<CheckResult>(
    'CheckResult',
    {
      filter: { tenantId: record?.tenantId, checkId: record?.checkId },
      sort: { field: 'evaluatedAt', order: 'DESC' },
      pagination: { page: 1, perPage: 200 },
      meta: { sparseFields: HISTORY_FIELDS },
    },
    { enabled: !!record },
  );
  if (!record) return null;
  if (isPending) return <CircularProgress size={24} />;
  const points: CheckHistoryPoint[] = (data ?? [])
    .map((r) => ({ at: Date.parse(r.evaluatedAt), metric: r.metric ?? null, status: r.status }))
    .reverse();
  return (
    <Section title="posture.check_result.history">
      {points.length < 2 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('posture.check_result.history_empty')}
        </Typography>
      ) : (
        <Box data-testid="check-history" sx={{ minWidth: 0 }}>
          <Suspense fallback={<CircularProgress size={24} />}>
            <CheckHistoryChart points={points} unit={record.metricUnit} />
          </Suspense>
        </Box>
      )}
    </Section>
  );
};

/** The stored evidence as it is, only on demand. */
const RawEvidence = () => {
  const [open, setOpen] = useState(false);
  const translate = useTranslate();
  return (
    <Box sx={{ minWidth: 0 }}>
      <Button size="small" onClick={() => setOpen(!open)} data-testid="raw-evidence-toggle">
        {translate(open ? 'posture.evidence.raw_hide' : 'posture.evidence.raw_show')}
      </Button>
      {open && <JsonField source="evidence" />}
    </Box>
  );
};

/** A result: what the check found, in tables with links, what to do about it, and its history. */
export const CheckResultShow = () => (
  <Show
    title={<CheckRecordTitle />}
    actions={<CheckResultShowActions />}
    sx={{ minWidth: 0, '& .RaShow-main, & .RaShow-card': { minWidth: 0 } }}
  >
    <Stack spacing={3} sx={{ p: 2, minWidth: 0 }}>
      <Box sx={{ '& .MuiTypography-body2': { fontSize: '1.25rem' } }} data-testid="result-title">
        <CheckTitleField />
      </Box>
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
        <StatusField source="status" />
        <SeverityField source="severity" />
      </Stack>
      <CheckSummaryField />
      <Stack direction="row" sx={{ flexWrap: 'wrap', columnGap: 4, rowGap: 1 }}>
        <Labeled source="tenantId" resource="CheckResult">
          <ReferenceField source="tenantId" reference="Tenant" />
        </Labeled>
        <Labeled source="runId" resource="CheckResult">
          <ReferenceField source="runId" reference="CheckRun" link="show" />
        </Labeled>
        <Labeled source="evaluatedAt" resource="CheckResult">
          <DateTimeField source="evaluatedAt" />
        </Labeled>
        <Labeled source="metric" resource="CheckResult">
          <MetricField source="metric" />
        </Labeled>
      </Stack>
      <NarrowingsField label={false} />
      <Divider />
      <ResultDetails />
      <CheckHistory />
      <RawEvidence />
    </Stack>
  </Show>
);
