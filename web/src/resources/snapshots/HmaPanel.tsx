import {
  Box,
  Chip,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Snapshot } from '../../data/records';

/**
 * What a snapshot says about Hybrid Modern Authentication, as read: the Exchange servers and their
 * builds (Get-ExchangeServer), each virtual directory's OAuth and external URL, and the Exchange
 * Online service principal's https names. It judges nothing: ONPREM.HMA.* and ONPREM.SERVER.BUILD
 * do, and their results link here through the snapshot.
 */
type Row = Record<string, unknown>;
const rows = (v: unknown): Row[] =>
  Array.isArray(v) ? v.filter((x): x is Row => !!x && typeof x === 'object') : [];
const text = (v: unknown): string =>
  typeof v === 'string' ? v : v === null || v === undefined ? '—' : JSON.stringify(v);

const Section = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <Box>
    <Typography variant="subtitle1" component="h3" gutterBottom>
      {title}
    </Typography>
    {children}
  </Box>
);

export const HmaPanel = (_props: { label?: string; path?: string }) => {
  const t = useTranslate();
  const record = useRecordContext<Snapshot>();
  const raw = (record?.raw ?? {}) as {
    exchangeOnPremises?: { exchangeServers?: unknown; virtualDirectories?: unknown };
    entra?: { exchangeServicePrincipal?: { servicePrincipalNames?: unknown } | null };
  };
  const servers = rows(raw.exchangeOnPremises?.exchangeServers);
  const dirs = rows(raw.exchangeOnPremises?.virtualDirectories);
  const names = Array.isArray(raw.entra?.exchangeServicePrincipal?.servicePrincipalNames)
    ? (raw.entra.exchangeServicePrincipal.servicePrincipalNames as unknown[]).map(text)
    : null;
  const none = <Typography color="text.secondary">{t('posture.hma.not_in_snapshot')}</Typography>;
  return (
    <Stack spacing={3} sx={{ maxWidth: '100%', overflowX: 'auto' }}>
      <Section title={t('posture.hma.servers')}>
        {servers.length === 0 ? (
          none
        ) : (
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{t('posture.hma.server')}</TableCell>
                <TableCell>{t('posture.hma.version')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {servers.map((s, i) => (
                <TableRow key={i}>
                  <TableCell>{text(s.Name)}</TableCell>
                  <TableCell>{text(s.AdminDisplayVersion)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Section>
      <Section title={t('posture.hma.directories')}>
        {dirs.length === 0 ? (
          none
        ) : (
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{t('posture.hma.server')}</TableCell>
                <TableCell>{t('posture.hma.kind')}</TableCell>
                <TableCell>OAuth</TableCell>
                <TableCell>{t('posture.hma.external_url')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {dirs.map((d, i) => (
                <TableRow key={i}>
                  <TableCell>{text(d.Server)}</TableCell>
                  <TableCell>{text(d.Kind)}</TableCell>
                  <TableCell>
                    <Chip
                      size="small"
                      color={d.OAuthAuthentication === true ? 'success' : 'warning'}
                      label={t(
                        d.OAuthAuthentication === true ? 'posture.hma.on' : 'posture.hma.off',
                      )}
                    />
                  </TableCell>
                  <TableCell sx={{ wordBreak: 'break-all' }}>{text(d.ExternalUrl)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Section>
      <Section title={t('posture.hma.service_principal')}>
        {names === null ? (
          none
        ) : (
          <>
            <Typography variant="body2" color="text.secondary" gutterBottom>
              {t('posture.hma.service_principal_help')}
            </Typography>
            <Box component="ul" sx={{ m: 0, pl: 3, wordBreak: 'break-all' }}>
              {names
                .filter((n) => n.startsWith('https://'))
                .map((n) => (
                  <li key={n}>
                    <code>{n}</code>
                  </li>
                ))}
            </Box>
          </>
        )}
      </Section>
    </Stack>
  );
};
