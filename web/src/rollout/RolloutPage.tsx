import DownloadIcon from '@mui/icons-material/Download';
import FlagIcon from '@mui/icons-material/Flag';
import PrintIcon from '@mui/icons-material/Print';
import {
  Box,
  Button,
  Card,
  Chip,
  CardContent,
  CircularProgress,
  Grid,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { Title, useGetList, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { useSearchParams } from 'react-router-dom';
import type { Tenant } from '../data/records';
import { useGraphQLQuery } from '../data/use-graphql-query';
import { CoverageBar, useProjectionText } from './CoverageBar';
import { downloadWaveCsv } from './export';
import { ROLLOUT_PROGRESS } from './queries';
import { ReadinessTable, type ReadinessEntry } from './ReadinessTable';
import { makeFormat } from '../i18n/format';

// recharts is large: it loads with the first chart, not with the app.
const CoverageChart = lazy(() =>
  import('./CoverageChart').then((m) => ({ default: m.CoverageChart })),
);

const WaveCard = ({
  title,
  chip,
  planned,
  figures,
  projection,
  problem,
  testId,
  onExport,
}: {
  title: string;
  chip?: ReactNode;
  planned: string;
  figures: { members: number; covered: number; coverage?: number | null; withoutMailbox: number };
  projection: string;
  problem?: string | null;
  testId: string;
  onExport?: () => void;
}) => {
  const translate = useTranslate();
  return (
    <Card variant="outlined" sx={{ height: '100%' }} data-testid={testId}>
      <CardContent>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 0.5, minWidth: 0 }}>
          <Typography
            variant="subtitle1"
            component="h3"
            sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}
          >
            {title}
          </Typography>
          {chip}
        </Stack>
        <Typography variant="caption" color="text.secondary" component="div" gutterBottom>
          {planned}
        </Typography>
        {problem ? (
          <Typography variant="body2" color="error">
            {translate('posture.rollout.no_coverage', { problem })}
          </Typography>
        ) : (
          <CoverageBar figures={figures} />
        )}
        <Typography variant="body2" sx={{ mt: 1 }} data-testid={`${testId}-projection`}>
          {projection}
        </Typography>
        {onExport && (
          <Button
            size="small"
            startIcon={<DownloadIcon />}
            onClick={onExport}
            sx={{ mt: 1, ml: -0.5 }}
            data-testid={`${testId}-export`}
          >
            {translate('posture.rollout.export_csv')}
          </Button>
        )}
      </CardContent>
    </Card>
  );
};

/** A tenant's rollout: waves as cards, coverage over time, who breaks next, projections. */
export const RolloutPage = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const projectionText = useProjectionText();
  const notify = useNotify();
  const [params, setParams] = useSearchParams();
  const tenants = useGetList<Tenant>('Tenant', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'createdAt', order: 'ASC' },
  });
  const tenantId = params.get('tenant') ?? tenants.data?.[0]?.id ?? null;
  useEffect(() => {
    if (!params.get('tenant') && tenantId) setParams({ tenant: tenantId }, { replace: true });
  }, [params, setParams, tenantId]);
  const progress = useGraphQLQuery(ROLLOUT_PROGRESS, tenantId ? { tenantId } : null);
  const tenantName = tenants.data?.find((t) => t.id === tenantId)?.name ?? '';
  const date = (d: string | null | undefined) => (d ? makeFormat(locale).date(d) : '');
  const t = (k: string, o?: Record<string, unknown>) => translate(`posture.rollout.${k}`, o);

  const body = () => {
    if (!tenantId || progress.isPending) return <CircularProgress size={24} />;
    const p = progress.data?.rolloutProgress;
    if (progress.error || !p) return <Typography color="error">{t('load_error')}</Typography>;
    const readiness: ReadinessEntry[] = p.waves.flatMap((w) =>
      w.readiness.map((r) => ({ ...r, wave: w.name, waveId: w.id })),
    );
    const series = [
      ...p.waves.map((w) => ({ key: w.id, name: w.name, points: w.history })),
      { key: 'overall', name: t('chart_overall'), points: p.overallHistory },
    ];
    return (
      <Stack spacing={2}>
        {p.waves.length === 0 && <Typography color="text.secondary">{t('no_waves')}</Typography>}
        <Grid container spacing={2} data-testid="rollout-waves">
          {p.waves.map((w) => (
            <Grid key={w.id} size={{ xs: 12, sm: 6, md: 4 }}>
              <WaveCard
                testId={`wave-card-${w.order}`}
                title={w.name}
                chip={
                  w.isPilot ? (
                    <Chip
                      size="small"
                      color="secondary"
                      icon={<FlagIcon />}
                      label={t('pilot')}
                      data-testid="pilot-chip"
                    />
                  ) : undefined
                }
                planned={w.plannedAt ? t('planned', { date: date(w.plannedAt) }) : t('not_planned')}
                figures={w}
                problem={w.problem}
                projection={projectionText(w.projectedCompletion, locale)}
                onExport={() =>
                  void downloadWaveCsv(p.tenantId, w.id).catch(() =>
                    notify('posture.rollout.export_error', { type: 'error' }),
                  )
                }
              />
            </Grid>
          ))}
          <Grid size={{ xs: 12, sm: 6, md: 4 }}>
            <WaveCard
              testId="wave-card-overall"
              title={t('org_default')}
              planned={t('org_default_hint')}
              figures={p.overall}
              problem={p.overall.problem}
              projection={projectionText(p.projectedCompletion, locale)}
            />
          </Grid>
        </Grid>
        <Card>
          <CardContent>
            <Typography variant="h6" component="h2" gutterBottom>
              {t('chart_title')}
            </Typography>
            {p.overallHistory.length === 0 ? (
              <Typography color="text.secondary">{t('chart_empty')}</Typography>
            ) : (
              <Box data-testid="coverage-chart">
                <Suspense fallback={<CircularProgress size={24} />}>
                  <CoverageChart series={series} />
                </Suspense>
              </Box>
            )}
          </CardContent>
        </Card>
        <Card>
          <CardContent>
            <Typography variant="h6" component="h2">
              {t('readiness_title')}
            </Typography>
            <Typography variant="body2" color="text.secondary" gutterBottom>
              {t('readiness_subtitle', { from: date(p.windowFrom) })}
            </Typography>
            <ReadinessTable rows={readiness} waves={p.waves} />
          </CardContent>
        </Card>
      </Stack>
    );
  };

  return (
    <Stack spacing={2} sx={{ mt: 2, minWidth: 0 }} data-testid="rollout-page">
      <Title title={t('page_title')} />
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={2}
        sx={{ alignItems: { sm: 'center' }, justifyContent: 'space-between' }}
      >
        <Typography variant="body1" color="text.secondary">
          {t('page_subtitle', { tenant: tenantName })}
        </Typography>
        <Button
          size="small"
          startIcon={<PrintIcon />}
          href={`#/rollout/print?${new URLSearchParams({ tenant: tenantId ?? '' }).toString()}`}
          disabled={!tenantId}
          data-testid="rollout-print-link"
        >
          {t('print_report')}
        </Button>
        {(tenants.data?.length ?? 0) > 1 && (
          <TextField
            select
            size="small"
            label={t('tenant')}
            value={tenantId ?? ''}
            onChange={(e) => setParams({ tenant: e.target.value })}
            sx={{ minWidth: 200 }}
          >
            {tenants.data?.map((tn) => (
              <MenuItem key={tn.id} value={tn.id}>
                {tn.name}
              </MenuItem>
            ))}
          </TextField>
        )}
      </Stack>
      {body()}
    </Stack>
  );
};
