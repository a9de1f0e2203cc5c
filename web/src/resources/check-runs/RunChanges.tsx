import {
  Box,
  Card,
  CardContent,
  CircularProgress,
  Link as MuiLink,
  Stack,
  Typography,
} from '@mui/material';
import { useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import type { CheckRun } from '../../data/records';
import { useGraphQLQuery } from '../../data/use-graphql-query';
import { graphql } from '../../gql';
import { useFormat } from '../../i18n/format';
import type { RunChangesQuery } from '../../gql/graphql';
import { SeverityChip } from '../../posture/SeverityChip';
import { StatusChip } from '../../posture/StatusChip';

const RunChangesQueryDoc = graphql(`
  query RunChanges($id: ID!) {
    CheckRun(id: $id) {
      id
      changes {
        compared
        previousRunId
        checks {
          checkId
          title
          severity
          beforeStatus
          afterStatus
          beforeMetric
          afterMetric
          metricUnit
          beforeResultId
          afterResultId
        }
        opened {
          id
          checkId
          title
          kind
          severity
        }
        resolved {
          id
          checkId
          title
          kind
          severity
        }
      }
    }
  }
`);

type Changes = NonNullable<RunChangesQuery['CheckRun']>['changes'];
type AlertRow = Changes['opened'][number];

/** A record link that keeps long ids and titles inside the page. */
const To = ({ resource, id, children }: { resource: string; id: string; children: string }) => {
  const createPath = useCreatePath();
  return (
    <MuiLink
      component={Link}
      to={createPath({ resource, id, type: 'show' })}
      variant="body2"
      sx={{ overflowWrap: 'anywhere' }}
    >
      {children}
    </MuiLink>
  );
};

const CheckRows = ({ checks }: { checks: Changes['checks'] }) => {
  const translate = useTranslate();
  const format = useFormat();
  return (
    <Stack spacing={1.25} data-testid="run-changes-checks">
      {checks.map((c) => (
        <Stack
          key={c.checkId}
          direction={{ xs: 'column', md: 'row' }}
          spacing={{ xs: 0.5, md: 2 }}
          sx={{ minWidth: 0, alignItems: { md: 'center' } }}
        >
          <Stack
            direction="row"
            spacing={0.75}
            useFlexGap
            sx={{ alignItems: 'center', flexWrap: 'wrap', flexShrink: 0, minWidth: { md: 230 } }}
          >
            {c.beforeStatus ? <StatusChip status={c.beforeStatus} /> : <span>—</span>}
            <Box component="span" aria-hidden sx={{ color: 'text.secondary' }}>
              →
            </Box>
            <StatusChip status={c.afterStatus} />
            <Box sx={{ display: { md: 'none' } }}>
              <SeverityChip severity={c.severity} />
            </Box>
          </Stack>
          <Box sx={{ minWidth: 0, flex: 1 }}>
            <To resource="CheckResult" id={c.afterResultId}>
              {c.title}
            </To>
            <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
              {c.checkId}
              {(c.beforeMetric !== null || c.afterMetric !== null) &&
                ` · ${translate('posture.run_changes.metric', {
                  before: format.metric(c.beforeMetric, c.metricUnit),
                  after: format.metric(c.afterMetric, c.metricUnit),
                })}`}
            </Typography>
          </Box>
          <Box sx={{ flexShrink: 0, display: { xs: 'none', md: 'block' } }}>
            <SeverityChip severity={c.severity} />
          </Box>
        </Stack>
      ))}
    </Stack>
  );
};

const AlertRows = ({
  title,
  alerts,
  testId,
}: {
  title: string;
  alerts: AlertRow[];
  testId: string;
}) => {
  const translate = useTranslate();
  if (alerts.length === 0) return null;
  return (
    <Box data-testid={testId}>
      <Typography variant="body2" sx={{ fontWeight: 600, mb: 0.5 }}>
        {translate(title, { smart_count: alerts.length })}
      </Typography>
      <Stack spacing={0.75}>
        {alerts.map((a) => (
          <Stack
            key={a.id}
            direction="row"
            spacing={1}
            useFlexGap
            sx={{ alignItems: 'center', flexWrap: 'wrap', minWidth: 0 }}
          >
            <SeverityChip severity={a.severity} />
            <Typography variant="body2" color="text.secondary">
              {translate(`posture.alert_kind.${a.kind}`)}
            </Typography>
            <To resource="Alert" id={a.id}>
              {a.title}
            </To>
          </Stack>
        ))}
      </Stack>
    </Box>
  );
};

/**
 * What this run changed against the results before it: the checks whose status or metric moved
 * (before → after), and the alerts it opened and resolved. First on the run's page.
 */
export const RunChanges = () => {
  const record = useRecordContext<CheckRun>();
  const translate = useTranslate();
  const query = useGraphQLQuery(
    RunChangesQueryDoc,
    record && record.status !== 'RUNNING' ? { id: record.id } : null,
  );
  if (!record) return null;
  const changes = query.data?.CheckRun?.changes;
  const body = () => {
    if (record.status === 'RUNNING') {
      return <Typography variant="body2">{translate('posture.run_changes.running')}</Typography>;
    }
    if (query.isPending) return <CircularProgress size={24} />;
    if (query.error || !changes) {
      return (
        <Typography variant="body2" color="error">
          {translate('posture.run_changes.load_error')}
        </Typography>
      );
    }
    if (changes.compared === 0) {
      return <Typography variant="body2">{translate('posture.run_changes.first')}</Typography>;
    }
    const nothing =
      changes.checks.length === 0 && changes.opened.length === 0 && changes.resolved.length === 0;
    return (
      <Stack spacing={2}>
        {changes.previousRunId && (
          <Typography variant="body2" color="text.secondary">
            {translate('posture.run_changes.against')}{' '}
            <To resource="CheckRun" id={changes.previousRunId}>
              {changes.previousRunId}
            </To>
          </Typography>
        )}
        {nothing ? (
          <Typography variant="body2">
            {translate('posture.run_changes.none', { smart_count: changes.compared })}
          </Typography>
        ) : (
          <CheckRows checks={changes.checks} />
        )}
        <AlertRows title="posture.run_changes.opened" alerts={changes.opened} testId="run-opened" />
        <AlertRows
          title="posture.run_changes.resolved"
          alerts={changes.resolved}
          testId="run-resolved"
        />
      </Stack>
    );
  };
  return (
    <Card variant="outlined" sx={{ mb: 2 }} data-testid="run-changes">
      <CardContent>
        <Typography variant="subtitle1" component="h2" gutterBottom sx={{ fontWeight: 600 }}>
          {translate('posture.run_changes.title')}
        </Typography>
        {body()}
      </CardContent>
    </Card>
  );
};
