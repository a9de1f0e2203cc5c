import SyncIcon from '@mui/icons-material/Sync';
import { CircularProgress } from '@mui/material';
import { Button, useCanAccess, useRecordContext } from 'react-admin';
import type { Tenant } from '../../data/records';
import { useSyncTenant } from './use-sync-tenant';

/** "Sync now": pulls the tenant through its connector (ANALYST or ADMIN). */
export const SyncButton = () => {
  const record = useRecordContext<Tenant>();
  const { canAccess } = useCanAccess({ action: 'sync', resource: 'Tenant' });
  const { sync, syncing } = useSyncTenant(record?.id);
  if (!record || !canAccess) return null;
  return (
    <Button
      label={syncing ? 'posture.sync.running' : 'posture.sync.button'}
      onClick={() => void sync()}
      disabled={syncing}
      data-testid="sync-button"
      data-syncing={syncing}
    >
      {syncing ? <CircularProgress size={16} color="inherit" /> : <SyncIcon />}
    </Button>
  );
};
