import { Alert, Box, Card, CardContent, Stack, Typography, useTheme } from '@mui/material';
import { useListContext, useLocaleState, useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useGraphQLQuery } from '../../data/use-graphql-query';
import { graphql } from '../../gql';
import { chartFilter, chartRows, type SignInListFilter } from './sign-ins-chart';
import { makeFormat } from '../../i18n/format';

const PER_DAY = graphql(`
  query SignInsPerDayChart($filter: SignInDayFilterInput) {
    signInsPerDay(filter: $filter) {
      day
      protocol
      legacy
      success
      count
    }
  }
`);

const PALETTE = [
  '#1976d2',
  '#d32f2f',
  '#ed6c02',
  '#2e7d32',
  '#9c27b0',
  '#0288d1',
  '#6d4c41',
  '#c2185b',
  '#558b2f',
  '#455a64',
];

/**
 * Sign-ins per UTC day, stacked by protocol (a lighter segment: refused), from the server's
 * daily rollup. Follows the list's filters the rollup keeps (tenant, protocols, legacy, outcome,
 * dates) and says which it does not apply (user, app).
 */
export const SignInsPerDayChart = () => {
  const { filterValues } = useListContext();
  const translate = useTranslate();
  const theme = useTheme();
  const [locale] = useLocaleState();
  const { filter, notApplied } = chartFilter(filterValues as SignInListFilter);
  const { data, error, isPending } = useGraphQLQuery(PER_DAY, filter ? { filter } : null);
  const { rows, protocols, segments } = chartRows(data?.signInsPerDay ?? []);
  const format = makeFormat(locale);
  const color = (p: string) => PALETTE[Math.max(0, protocols.indexOf(p)) % PALETTE.length]!;
  const label = (p: string) => p || translate('posture.signins_page.no_protocol');
  return (
    <Card variant="outlined" sx={{ mb: 1 }} data-testid="signins-chart">
      <CardContent sx={{ pb: 1 }}>
        <Typography variant="subtitle1" component="h2">
          {translate('posture.signins_page.chart_title')}
        </Typography>
        <Typography variant="caption" color="text.secondary" component="p">
          {translate('posture.signins_page.chart_hint')}
        </Typography>
        {notApplied.length > 0 && (
          <Alert severity="info" sx={{ my: 1 }} data-testid="signins-chart-not-applied">
            {translate('posture.signins_page.chart_not_applied')}
          </Alert>
        )}
        {error ? (
          <Alert severity="error">{translate('posture.signins_page.chart_error')}</Alert>
        ) : !isPending && rows.length === 0 ? (
          <Typography color="text.secondary" sx={{ py: 2 }}>
            {translate('posture.signins_page.chart_empty')}
          </Typography>
        ) : (
          <Box sx={{ width: '100%', minWidth: 0 }}>
            <ResponsiveContainer width="100%" height={200}>
              <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
                <CartesianGrid
                  strokeDasharray="3 3"
                  stroke={theme.palette.divider}
                  vertical={false}
                />
                <XAxis
                  dataKey="day"
                  tickFormatter={(d: string) => format.day(`${d}T00:00:00Z`, { utc: true })}
                  minTickGap={16}
                  tick={{ fontSize: 12 }}
                />
                <YAxis
                  width={56}
                  tick={{ fontSize: 12 }}
                  tickFormatter={(v: number) => format.number(v)}
                />
                <Tooltip
                  labelFormatter={(d) => format.date(`${String(d)}T00:00:00Z`, { utc: true })}
                  formatter={(v) => format.number(Number(v))}
                />
                {segments.map((s) => (
                  <Bar
                    key={s.key}
                    dataKey={s.key}
                    stackId="day"
                    name={
                      s.success
                        ? label(s.protocol)
                        : `${label(s.protocol)} (${translate('posture.signins_page.refused')})`
                    }
                    fill={color(s.protocol)}
                    fillOpacity={s.success ? 1 : 0.4}
                    isAnimationActive={false}
                  />
                ))}
              </BarChart>
            </ResponsiveContainer>
            <Stack direction="row" useFlexGap spacing={1.5} sx={{ flexWrap: 'wrap', mt: 0.5 }}>
              {protocols.map((p) => (
                <Stack key={p} direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
                  <Box sx={{ width: 12, height: 12, bgcolor: color(p), borderRadius: 0.5 }} />
                  <Typography variant="caption" data-testid="signins-chart-protocol">
                    {label(p)}
                  </Typography>
                </Stack>
              ))}
            </Stack>
          </Box>
        )}
      </CardContent>
    </Card>
  );
};
