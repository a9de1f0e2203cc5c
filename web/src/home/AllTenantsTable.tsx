import {
  Card,
  CardContent,
  CircularProgress,
  Link,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { useGraphQLQuery } from '../data/use-graphql-query';
import { chooseTenant } from '../tenant/chosen-tenant';
import { formatScore } from './format';
import { TenantPostureOverviewQuery } from './queries';
import { makeFormat } from '../i18n/format';

/** Every tenant the user may read, one row each, as the server counts them; a name opens its home. */
export const AllTenantsTable = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const overview = useGraphQLQuery(TenantPostureOverviewQuery, {});
  const body = () => {
    if (overview.isPending) return <CircularProgress size={24} />;
    if (overview.error || !overview.data)
      return <Typography color="error">{translate('posture.home.load_error')}</Typography>;
    return (
      <TableContainer>
        <Table size="small" data-testid="all-tenants-table">
          <TableHead>
            <TableRow>
              <TableCell>{translate('posture.home.tenant')}</TableCell>
              <TableCell align="right">{translate('posture.home.score')}</TableCell>
              <TableCell align="right">{translate('posture.home.failing')}</TableCell>
              <TableCell align="right">{translate('posture.home.open_alerts')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {overview.data.tenantPostureOverview.map((t) => (
              <TableRow key={t.tenantId} data-testid="tenant-row" data-tenant-id={t.tenantId}>
                <TableCell>
                  <Link component="button" onClick={() => chooseTenant(t.tenantId)}>
                    {t.name}
                  </Link>
                </TableCell>
                <TableCell align="right">
                  {t.score === null ? '—' : formatScore(t.score, locale)}
                </TableCell>
                <TableCell align="right">{makeFormat(locale).number(t.failing)}</TableCell>
                <TableCell align="right">{makeFormat(locale).number(t.openAlerts)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    );
  };
  return (
    <Card data-testid="all-tenants-card">
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('posture.home.all_tenants')}
        </Typography>
        {body()}
      </CardContent>
    </Card>
  );
};
