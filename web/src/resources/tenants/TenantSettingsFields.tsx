import { Chip, Stack, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { Tenant, TenantSettings } from '../../data/records';
import { ratioToPercent } from './tenant-settings';
import { makeFormat } from '../../i18n/format';

const Chips = ({ items }: { items: string[] }) => {
  const translate = useTranslate();
  if (items.length === 0) return <Typography variant="body2">—</Typography>;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {items.map((item) => (
        <Chip key={item} size="small" label={translate(`posture.source.${item}`, { _: item })} />
      ))}
    </Stack>
  );
};

/** The tenant's settings, read-only, labelled like the edit form. */
export const TenantSettingsFields = () => {
  const record = useRecordContext<Tenant>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  const s = record.settings;
  // The server answers null when the stored settings are invalid; the checks fail until fixed.
  if (!s) return <Typography color="error">{translate('posture.settings.invalid')}</Typography>;
  const n = (value: number) => makeFormat(locale).number(value, 4);
  const rows: Array<[Exclude<keyof TenantSettings, '__typename'>, ReactNode]> = [
    [
      'checkSchedule',
      <Typography key="c" variant="body2" sx={{ fontFamily: 'monospace' }}>
        {s.checkSchedule}
      </Typography>,
    ],
    ['signInLookbackDays', n(s.signInLookbackDays)],
    ['deviceLookbackDays', n(s.deviceLookbackDays)],
    ['maxSourceAgeHours', n(s.maxSourceAgeHours)],
    ['signInRetentionDays', n(s.signInRetentionDays)],
    ['pilotCoverageThreshold', `${n(ratioToPercent(s.pilotCoverageThreshold))}%`],
    ['legacyAttemptRiseThreshold', `+${n(ratioToPercent(s.legacyAttemptRiseThreshold))}%`],
    ['emergencyAccessAccounts', <Chips key="e" items={s.emergencyAccessAccounts} />],
    ['approvedMobileAppIds', <Chips key="a" items={s.approvedMobileAppIds} />],
    ['declaredSources', <Chips key="d" items={s.declaredSources} />],
  ];
  return (
    <Table size="small" sx={{ maxWidth: 720 }} data-testid="tenant-settings">
      <TableBody>
        {rows.map(([key, value]) => (
          <TableRow key={key}>
            <TableCell component="th" scope="row" sx={{ width: '45%', color: 'text.secondary' }}>
              {translate(`resources.Tenant.fields.settings.${key}`)}
            </TableCell>
            <TableCell>{value}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
