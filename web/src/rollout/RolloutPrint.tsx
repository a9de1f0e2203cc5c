import PrintIcon from '@mui/icons-material/Print';
import {
  Box,
  Button,
  CircularProgress,
  Stack,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import { lazy, Suspense, useState } from 'react';
import { useGetOne, useLocaleState, useTranslate } from 'react-admin';
import { useSearchParams } from 'react-router-dom';
import type { Tenant } from '../data/records';
import { useGraphQLQuery } from '../data/use-graphql-query';
import { percent, useProjectionText } from './CoverageBar';
import { ROLLOUT_PROGRESS } from './queries';
import { ReadinessTable } from './ReadinessTable';
import { WaveCoverageSvg } from './WaveCoverageSvg';
import { makeFormat } from '../i18n/format';

const CoverageChart = lazy(() =>
  import('./CoverageChart').then((m) => ({ default: m.CoverageChart })),
);

type Paper = 'A4' | 'Letter';

/**
 * The printable rollout report: per wave its coverage, chart, projection and who breaks next, in
 * the user's language; print CSS for A4 or Letter (the width fits both).
 */
export const RolloutPrint = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const projectionText = useProjectionText();
  const [params] = useSearchParams();
  const [paper, setPaper] = useState<Paper>('A4');
  const tenantId = params.get('tenant');
  const tenant = useGetOne<Tenant>('Tenant', { id: tenantId ?? '' }, { enabled: !!tenantId });
  const progress = useGraphQLQuery(ROLLOUT_PROGRESS, tenantId ? { tenantId } : null);
  const t = (k: string, o?: Record<string, unknown>) => translate(`posture.rollout.${k}`, o);
  const p = progress.data?.rolloutProgress;
  const fmt = (d: string | null | undefined) => (d ? makeFormat(locale).date(d) : '');

  const figures = (f: {
    members: number;
    covered: number;
    withoutMailbox: number;
    coverage?: number | null;
  }) =>
    `${percent(f.coverage, locale)} · ${t('members', { covered: f.covered, with_mailbox: f.members - f.withoutMailbox })}${
      f.withoutMailbox ? ` · ${t('without_mailbox', { smart_count: f.withoutMailbox })}` : ''
    }`;

  return (
    <Box
      data-testid="rollout-print"
      sx={{
        maxWidth: '180mm',
        mx: 'auto',
        p: 2,
        bgcolor: 'background.paper',
        color: 'text.primary',
        '@media print': { p: 0, '.no-print': { display: 'none' } },
      }}
    >
      <style>{`@page { size: ${paper}; margin: 14mm; } @media print { body { background: #fff; } .wave { break-inside: avoid; } }`}</style>
      <Stack direction="row" spacing={2} className="no-print" sx={{ mb: 2, alignItems: 'center' }}>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={paper}
          onChange={(_e, v: Paper | null) => v && setPaper(v)}
        >
          <ToggleButton value="A4">A4</ToggleButton>
          <ToggleButton value="Letter">Letter</ToggleButton>
        </ToggleButtonGroup>
        <Button
          startIcon={<PrintIcon />}
          variant="contained"
          size="small"
          onClick={() => window.print()}
        >
          {t('print')}
        </Button>
      </Stack>
      <Typography variant="h5" component="h1">
        {t('page_title')} — {tenant.data?.name ?? ''}
      </Typography>
      <Typography variant="body2" color="text.secondary" gutterBottom>
        {t('page_subtitle', { tenant: tenant.data?.name ?? '' })} · {fmt(p?.capturedAt ?? null)}
      </Typography>
      {!p ? (
        progress.error ? (
          <Typography color="error">{t('load_error')}</Typography>
        ) : (
          <CircularProgress size={24} />
        )
      ) : (
        <Stack spacing={3} sx={{ mt: 2 }}>
          <Box className="wave" data-testid="print-overall">
            <Typography variant="h6" component="h2">
              {t('org_default')}
            </Typography>
            <Typography variant="body2">{figures(p.overall)}</Typography>
            <Typography variant="body2">{projectionText(p.projectedCompletion, locale)}</Typography>
            {p.overallHistory.length > 0 && (
              <Suspense fallback={null}>
                <CoverageChart
                  animate={false}
                  height={200}
                  series={[
                    ...p.waves.map((w) => ({ key: w.id, name: w.name, points: w.history })),
                    { key: 'overall', name: t('chart_overall'), points: p.overallHistory },
                  ]}
                />
              </Suspense>
            )}
          </Box>
          {p.waves.map((w) => (
            <Box key={w.id} className="wave" data-testid={`print-wave-${w.order}`}>
              <Typography variant="h6" component="h2">
                {w.name}
                {w.isPilot ? ` (${t('pilot')})` : ''}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {w.plannedAt ? t('planned', { date: fmt(w.plannedAt) }) : t('not_planned')}
              </Typography>
              <Typography variant="body2">
                {w.problem ? t('no_coverage', { problem: w.problem }) : figures(w)}
              </Typography>
              <Typography variant="body2" gutterBottom>
                {projectionText(w.projectedCompletion, locale)}
              </Typography>
              <WaveCoverageSvg
                name={w.name}
                points={w.history}
                testId={`print-wave-chart-${w.order}`}
              />
              <Typography variant="subtitle2" component="h3" sx={{ mt: 1 }}>
                {t('readiness_title')}
              </Typography>
              <ReadinessTable
                printable
                waves={[w]}
                rows={w.readiness.map((r) => ({ ...r, wave: w.name, waveId: w.id }))}
              />
            </Box>
          ))}
        </Stack>
      )}
    </Box>
  );
};
