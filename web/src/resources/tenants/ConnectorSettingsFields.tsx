import { Chip, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import type { ConnectorSettings } from '../../data/records';
import { makeFormat } from '../../i18n/format';

const Mono = ({ children }: { children: ReactNode }) => (
  <Typography variant="body2" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>
    {children}
  </Typography>
);

/** The stored connector, read-only, labelled like its form. Whether a secret is stored, never it. */
export const ConnectorSettingsFields = ({ settings }: { settings: ConnectorSettings }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const rows: Array<[keyof ConnectorSettings, ReactNode]> = [
    [
      'enabled',
      <Chip
        key="enabled"
        size="small"
        color={settings.enabled ? 'success' : 'default'}
        variant={settings.enabled ? 'filled' : 'outlined'}
        label={translate(settings.enabled ? 'posture.connector.on' : 'posture.connector.off')}
      />,
    ],
    ['directoryId', <Mono key="d">{settings.directoryId}</Mono>],
    ['clientId', <Mono key="c">{settings.clientId}</Mono>],
    [
      'hasSecret',
      <Chip
        key="secret"
        size="small"
        variant="outlined"
        color={settings.hasSecret ? 'success' : 'warning'}
        label={translate(
          settings.hasSecret
            ? 'posture.connector.secret_stored'
            : 'posture.connector.secret_not_set',
        )}
        data-testid="connector-secret"
        data-stored={settings.hasSecret}
      />,
    ],
    ['loginBaseUrl', <Mono key="l">{settings.loginBaseUrl}</Mono>],
    ['graphBaseUrl', <Mono key="g">{settings.graphBaseUrl}</Mono>],
    ['exchangeBaseUrl', <Mono key="e">{settings.exchangeBaseUrl}</Mono>],
    ['overlapMinutes', makeFormat(locale).number(settings.overlapMinutes)],
    ['updatedAt', makeFormat(locale).dateTime(settings.updatedAt)],
  ];
  return (
    <Table size="small" sx={{ maxWidth: 720 }} data-testid="connector-settings">
      <TableBody>
        {rows.map(([key, value]) => (
          <TableRow key={key}>
            <TableCell component="th" scope="row" sx={{ width: '40%', color: 'text.secondary' }}>
              {translate(`resources.ConnectorSettings.fields.${key}`)}
            </TableCell>
            <TableCell>{value}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
