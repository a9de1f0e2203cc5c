import {
  Box,
  Chip,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Snapshot } from '../../data/records';

type Policy = NonNullable<Snapshot['appProtectionPolicies']>[number];

const PLATFORM = { IOS: 'iOS', ANDROID: 'Android' } as const;

/**
 * The snapshot's Intune app protection policies, as INTUNE.APP_PROTECTION_OUTLOOK reads them:
 * whether Outlook is among the apps, and whom each policy is assigned to and excludes. The
 * server decides both (Snapshot.appProtectionPolicies); this only lays them out.
 */
export const AppProtectionTab = () => {
  const record = useRecordContext<Snapshot>();
  const translate = useTranslate();
  if (!record) return null;
  const policies = record.appProtectionPolicies;
  if (policies === null || policies === undefined) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('posture.app_protection.not_read')}
      </Typography>
    );
  }
  if (policies.length === 0) {
    return <Typography variant="body2">{translate('posture.app_protection.none')}</Typography>;
  }
  const outlook = (p: Policy) =>
    p.includesOutlook === null ? (
      <Chip size="small" label={translate('posture.app_protection.apps_not_read')} />
    ) : (
      <Chip
        size="small"
        color={p.includesOutlook ? 'success' : 'error'}
        label={translate(
          p.includesOutlook ? 'posture.app_protection.yes' : 'posture.app_protection.no',
        )}
      />
    );
  const groups = (list: Policy['includeGroups']) => list.map((g) => g.name).join(', ');
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" aria-label={translate('posture.app_protection.tab')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('posture.app_protection.platform')}</TableCell>
            <TableCell>{translate('posture.app_protection.policy')}</TableCell>
            <TableCell>{translate('posture.app_protection.outlook')}</TableCell>
            <TableCell>{translate('posture.app_protection.assigned')}</TableCell>
            <TableCell>{translate('posture.app_protection.excluded')}</TableCell>
            <TableCell>{translate('posture.app_protection.apps')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {policies.map((p) => {
            const assigned = [
              ...(p.allUsers ? [translate('posture.app_protection.all_users')] : []),
              ...(p.includeGroups.length > 0 ? [groups(p.includeGroups)] : []),
            ];
            return (
              <TableRow key={`${p.platform}:${p.id}`}>
                <TableCell>{PLATFORM[p.platform]}</TableCell>
                <TableCell>{p.displayName}</TableCell>
                <TableCell>{outlook(p)}</TableCell>
                <TableCell>
                  {assigned.length > 0
                    ? assigned.join(', ')
                    : translate('posture.app_protection.nobody')}
                </TableCell>
                <TableCell>{p.excludeGroups.length > 0 ? groups(p.excludeGroups) : '—'}</TableCell>
                <TableCell sx={{ overflowWrap: 'anywhere', fontSize: '0.8rem' }}>
                  {p.apps.join(', ')}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Box>
  );
};
