import {
  Box,
  Card,
  CardContent,
  CircularProgress,
  Link as MuiLink,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import type { ReactNode } from 'react';
import {
  ListButton,
  RecordContextProvider,
  ReferenceField,
  Show,
  TopToolbar,
  useCreatePath,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Link } from 'react-router-dom';
import type { Alert } from '../../data/records';
import { useGraphQLQuery } from '../../data/use-graphql-query';
import { graphql } from '../../gql';
import { useFormat } from '../../i18n/format';
import { CheckRecordTitle, useCheckText } from '../../posture/check-text';
import { DateTimeField } from '../../posture/DateTimeField';
import { EnumField } from '../../posture/EnumField';
import { SeverityField } from '../../posture/SeverityChip';
import { StatusField } from '../../posture/StatusChip';
import { ACTION_FROM } from './alert-actions';
import { AlertActionButton } from './AlertActionButton';
import { AlertChangeField } from './AlertList';
import { AlertStateField } from './AlertStateChip';
import { DriftChange } from '../drift-events/DriftChange';
import { pathSx } from '../drift-events/DriftEventList';

const AlertDriftQuery = graphql(`
  query AlertDrift($id: ID!) {
    Alert(id: $id) {
      id
      drift {
        id
        source
        path
        kind
        before
        after
        summary
        message {
          code
          params
        }
        capturedAt
      }
    }
  }
`);

/** The result that opened the alert: its summary as a message, to word in the user's language. */
const AlertFirstResultQuery = graphql(`
  query AlertFirstResult($id: ID!) {
    Alert(id: $id) {
      id
      firstResult {
        id
        checkId
        message {
          code
          params
        }
      }
    }
  }
`);

/**
 * The alert's summary: the stored English in English; in another language the summary of the
 * result that opened it, worded from its message (the status change is shown beside it).
 */
const AlertSummary = () => {
  const record = useRecordContext<Alert>();
  const [locale] = useLocaleState();
  const translate = useTranslate();
  const text = useCheckText();
  const worded = !!record && locale !== 'en';
  const first = useGraphQLQuery(
    AlertFirstResultQuery,
    worded && record.firstResultId ? { id: String(record.id) } : null,
  );
  // A drift alert has no result: its summary names the first of the changes it lists.
  const drift = useGraphQLQuery(
    AlertDriftQuery,
    worded && record.kind === 'DRIFT' ? { id: String(record.id) } : null,
  );
  if (!record) return null;
  const changes = drift.data?.Alert?.drift ?? [];
  if (worded && record.kind === 'DRIFT' && changes.length > 0) {
    // As the server words it (drift-alerts.ts driftSummary): the count, and the first item.
    const firstItem = record.items[0]?.row as DriftItemRow | undefined;
    const firstChange =
      changes.find((c) => c.id === firstItem?.driftEventId) ?? changes[changes.length - 1]!;
    return (
      <Typography variant="body2" data-testid="alert-summary">
        {translate('posture.alert.drift_summary', {
          smart_count: Math.max(record.items.length, 1),
          first: text.summary(firstChange),
        })}
      </Typography>
    );
  }
  const result = first.data?.Alert?.firstResult;
  return (
    <Typography variant="body2" data-testid="alert-summary">
      {text.summary({ checkId: record.checkId, message: result?.message, summary: record.summary })}
    </Typography>
  );
};

/** A drift alert's item row: the change it holds (drift-alerts.ts, DriftItemRow). */
interface DriftItemRow {
  driftEventId?: string;
  path?: string;
  before?: unknown;
  after?: unknown;
  changes?: number;
}

/** At most this many items are listed; the result's evidence has them all. */
const MAX_ITEMS = 200;

const AlertShowActions = () => {
  const record = useRecordContext<Alert>();
  const ids = record ? [record.id] : [];
  return (
    <TopToolbar>
      <ListButton />
      {record && ACTION_FROM.acknowledge.includes(record.state) && (
        <AlertActionButton action="acknowledge" ids={ids} />
      )}
      {record && ACTION_FROM.resolve.includes(record.state) && (
        <AlertActionButton action="resolve" ids={ids} />
      )}
    </TopToolbar>
  );
};

const Section = ({ title, children }: { title: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="subtitle1" component="h2" gutterBottom sx={{ fontWeight: 600 }}>
          {translate(title)}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
};

const Row = ({ label, children }: { label: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Stack
      direction={{ xs: 'column', sm: 'row' }}
      spacing={{ xs: 0, sm: 2 }}
      sx={{ py: 0.5, minWidth: 0 }}
    >
      <Typography variant="body2" color="text.secondary" sx={{ width: { sm: 180 }, flexShrink: 0 }}>
        {translate(label)}
      </Typography>
      <Box sx={{ minWidth: 0, overflowWrap: 'anywhere' }}>{children}</Box>
    </Stack>
  );
};

/** What a link shows (not a result's evidence). */
const LINK_FIELDS = {
  CheckResult: ['id', 'status', 'evaluatedAt'],
  CheckRun: ['id', 'startedAt'],
};

/**
 * A link to a stored result (its status and when it was evaluated) or run (when it started),
 * fetched together with the other links of the page; the id only while it loads.
 */
const RecordLink = ({
  resource,
  source,
}: {
  resource: 'CheckResult' | 'CheckRun';
  source: keyof Alert & string;
}) => {
  const record = useRecordContext<Alert>();
  const id = record?.[source] as string | null | undefined;
  if (!id) return <Typography variant="body2">—</Typography>;
  return (
    <Box data-testid={`link-${resource}-${id}`} sx={{ minWidth: 0 }}>
      <ReferenceField
        source={source}
        reference={resource}
        link="show"
        queryOptions={{ meta: { sparseFields: LINK_FIELDS[resource] } }}
      >
        {resource === 'CheckResult' ? (
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <StatusField source="status" />
            <DateTimeField source="evaluatedAt" />
          </Stack>
        ) : (
          <DateTimeField source="startedAt" />
        )}
      </ReferenceField>
    </Box>
  );
};

const AlertHeader = () => {
  const record = useRecordContext<Alert>();
  const text = useCheckText();
  if (!record) return null;
  return (
    <Stack spacing={1} sx={{ minWidth: 0 }}>
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', alignItems: 'center' }} useFlexGap>
        <SeverityField source="severity" />
        <AlertStateField source="state" />
        <EnumField source="kind" prefix="posture.alert_kind" />
      </Stack>
      <Typography variant="h6" component="h1" sx={{ overflowWrap: 'anywhere' }}>
        {text.title(record)}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
        {record.checkId} · <ReferenceField source="tenantId" reference="Tenant" />
      </Typography>
    </Stack>
  );
};

const WhatChanged = () => {
  const record = useRecordContext<Alert>();
  const format = useFormat();
  if (!record) return null;
  const metric = record.beforeMetric != null || record.afterMetric != null;
  // A drift alert changed a setting, not a status: its items say how.
  const drift = record.kind === 'DRIFT';
  return (
    <Section title="posture.alert.section.changed">
      {!drift && (
        <Row label="posture.alert.field.change">
          <AlertChangeField />
        </Row>
      )}
      {metric && (
        <Row label="posture.alert.field.metric">
          <Typography variant="body2">
            {format.metric(record.beforeMetric, record.metricUnit)} →{' '}
            {format.metric(record.afterMetric, record.metricUnit)}
          </Typography>
        </Row>
      )}
      <Row label="posture.alert.field.latest_status">
        <StatusField source="latestStatus" />
      </Row>
      <Row label="posture.alert.field.summary">
        <AlertSummary />
      </Row>
    </Section>
  );
};

const Items = () => {
  const record = useRecordContext<Alert>();
  const translate = useTranslate();
  if (!record) return null;
  const items = record.items.slice(0, MAX_ITEMS);
  if (record.kind === 'DRIFT') return <DriftItems />;
  return (
    <Section title="posture.alert.section.items">
      {items.length === 0 ? (
        <Typography variant="body2">{translate('posture.alert.no_items')}</Typography>
      ) : (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" data-testid="alert-items" sx={{ tableLayout: 'fixed' }}>
            <TableHead>
              <TableRow>
                <TableCell sx={{ width: '20%' }}>{translate('posture.alert.item.kind')}</TableCell>
                <TableCell>{translate('posture.alert.item.key')}</TableCell>
                <TableCell sx={{ width: '30%' }}>{translate('posture.alert.item.list')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {items.map((item) => (
                <TableRow key={`${item.list}\u0000${item.key}`}>
                  <TableCell>
                    {translate(`posture.alert.item_kind.${item.kind}`, { _: item.kind })}
                  </TableCell>
                  <TableCell sx={{ overflowWrap: 'anywhere' }}>{item.key}</TableCell>
                  <TableCell sx={{ overflowWrap: 'anywhere' }}>{item.list}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {record.items.length > MAX_ITEMS && (
            <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
              {translate('posture.alert.more_items', {
                smart_count: record.items.length - MAX_ITEMS,
              })}
            </Typography>
          )}
        </Box>
      )}
    </Section>
  );
};

/** A drift alert's items: each changed setting, before (when first seen) → after (now). */
const DriftItems = () => {
  const record = useRecordContext<Alert>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  if (!record) return null;
  return (
    <Section title="posture.alert.section.drift_items">
      <Stack spacing={1.5} data-testid="alert-drift-items">
        {record.items.slice(0, MAX_ITEMS).map((item) => {
          const row = (item.row ?? {}) as DriftItemRow;
          return (
            <Box key={item.key} sx={{ minWidth: 0 }}>
              {row.driftEventId ? (
                <MuiLink
                  component={Link}
                  to={createPath({ resource: 'DriftEvent', id: row.driftEventId, type: 'show' })}
                  sx={pathSx}
                >
                  {item.key}
                </MuiLink>
              ) : (
                <Box sx={pathSx}>{item.key}</Box>
              )}
              <DriftChange before={row.before ?? null} after={row.after ?? null} />
              {(row.changes ?? 1) > 1 && (
                <Typography variant="body2" color="text.secondary">
                  {translate('posture.alert.drift_changes', { smart_count: row.changes ?? 1 })}
                </Typography>
              )}
            </Box>
          );
        })}
      </Stack>
    </Section>
  );
};

/**
 * The drift that explains the alert (Alert.drift): changes of settings its check reads between
 * the result before and the result that opened it; for a drift alert, the changes it lists.
 */
const DriftSection = () => {
  const record = useRecordContext<Alert>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const query = useGraphQLQuery(AlertDriftQuery, record ? { id: record.id } : null);
  if (!record) return null;
  const events = query.data?.Alert?.drift ?? [];
  const timeline = `${createPath({ resource: 'DriftEvent', type: 'list' })}?${new URLSearchParams({
    filter: JSON.stringify({ tenantId: record.tenantId, checkId: record.checkId }),
  }).toString()}`;
  return (
    <Section title="posture.alert.section.drift">
      {query.isPending ? (
        <CircularProgress size={24} />
      ) : query.error ? (
        <Typography variant="body2" color="error">
          {translate('posture.alert.drift_load_error')}
        </Typography>
      ) : events.length === 0 ? (
        <Typography variant="body2">{translate('posture.alert.no_drift')}</Typography>
      ) : (
        <Stack spacing={1.5} data-testid="alert-drift">
          {events.map((e) => (
            <Box key={e.id} sx={{ minWidth: 0 }}>
              <Stack
                direction="row"
                spacing={0.75}
                useFlexGap
                sx={{ flexWrap: 'wrap', alignItems: 'baseline', color: 'text.secondary' }}
              >
                <RecordContextProvider value={e}>
                  <DateTimeField source="capturedAt" />
                </RecordContextProvider>
                <Typography variant="body2" component="span">
                  · {translate(`posture.source.${e.source}`, { _: e.source })}
                </Typography>
              </Stack>
              <MuiLink
                component={Link}
                to={createPath({ resource: 'DriftEvent', id: e.id, type: 'show' })}
                sx={pathSx}
                data-testid={`link-DriftEvent-${e.id}`}
              >
                {e.path}
              </MuiLink>
              <DriftChange before={e.before} after={e.after} />
            </Box>
          ))}
        </Stack>
      )}
      <MuiLink
        component={Link}
        to={timeline}
        variant="body2"
        sx={{ display: 'inline-block', mt: 1.5 }}
      >
        {translate('posture.alert.drift_timeline')}
      </MuiLink>
    </Section>
  );
};

/** A drift alert's items are its drift (with links); other alerts list what explains them. */
const DriftOfRegression = () => {
  const record = useRecordContext<Alert>();
  return record && record.kind !== 'DRIFT' ? <DriftSection /> : null;
};

const Sources = () => {
  const record = useRecordContext<Alert>();
  if (!record) return null;
  // A drift alert comes from a snapshot, not a result: only a run that resolved it links here.
  if (record.kind === 'DRIFT' && !record.latestResultId) return null;
  return (
    <Section title="posture.alert.section.sources">
      {record.kind !== 'DRIFT' && (
        <>
          <Row label="posture.alert.field.previous_result">
            <RecordLink resource="CheckResult" source="previousResultId" />
          </Row>
          <Row label="posture.alert.field.first_result">
            <RecordLink resource="CheckResult" source="firstResultId" />
          </Row>
          <Row label="posture.alert.field.first_run">
            <RecordLink resource="CheckRun" source="firstRunId" />
          </Row>
        </>
      )}
      <Row label="posture.alert.field.latest_result">
        <RecordLink resource="CheckResult" source="latestResultId" />
      </Row>
      <Row label="posture.alert.field.latest_run">
        <RecordLink resource="CheckRun" source="latestRunId" />
      </Row>
    </Section>
  );
};

const History = () => {
  const record = useRecordContext<Alert>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Section title="posture.alert.section.history">
      <Stack spacing={1.5} data-testid="alert-history">
        <Box>
          <Typography variant="body2" sx={{ fontWeight: 500 }}>
            {translate('posture.alert.history.opened')}
          </Typography>
          <DateTimeField source="openedAt" />
        </Box>
        {record.acknowledgedAt && (
          <Box>
            <Typography variant="body2" sx={{ fontWeight: 500 }}>
              {translate('posture.alert.history.acknowledged', {
                who: record.acknowledgedBy ?? '—',
              })}
            </Typography>
            <DateTimeField source="acknowledgedAt" />
            {record.acknowledgeComment && (
              <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {record.acknowledgeComment}
              </Typography>
            )}
          </Box>
        )}
        {record.resolvedAt && (
          <Box>
            <Typography variant="body2" sx={{ fontWeight: 500 }}>
              {record.autoResolved && record.kind === 'DRIFT'
                ? translate('posture.alert.history.superseded')
                : record.autoResolved
                  ? translate('posture.alert.history.auto_resolved', {
                      status: translate(`posture.status.${record.latestStatus ?? 'PASS'}`),
                    })
                  : translate('posture.alert.history.resolved', { who: record.resolvedBy ?? '—' })}
            </Typography>
            <DateTimeField source="resolvedAt" />
            {!record.autoResolved && record.resolveComment && (
              <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {record.resolveComment}
              </Typography>
            )}
          </Box>
        )}
      </Stack>
    </Section>
  );
};

export const AlertShow = () => (
  <Show title={<CheckRecordTitle />} actions={<AlertShowActions />}>
    <Stack spacing={2} sx={{ p: 2, minWidth: 0 }}>
      <AlertHeader />
      <WhatChanged />
      <Items />
      <DriftOfRegression />
      <Sources />
      <History />
    </Stack>
  </Show>
);
