import { useEffect, useState } from 'react';
import { useLogoutIfAccessDenied, useNotify, useRefresh, useTranslate } from 'react-admin';
import { postGraphQL } from '../../data/graphql-request';
import { graphql } from '../../gql';
import { useNotifyProblems } from '../../posture/use-notify-problems';
import { RUNNING_POLL_MS } from '../ingestion-runs/ingestion-runs';
import { syncMessage, syncRefusal } from './sync-result';

const SYNC_TENANT = graphql(`
  mutation SyncTenant($tenantId: ID!) {
    syncTenant(tenantId: $tenantId) {
      signIns {
        status
        inserted
        duplicates
        error
      }
      snapshot {
        status
        error
      }
    }
  }
`);

/**
 * `syncTenant`: pulls the tenant now and answers when both pulls have finished, which can take
 * a minute. Meanwhile the page is refreshed every few seconds, so the run lists show the new
 * runs and follow their progress. Ends with a notification of what each pull did.
 */
export function useSyncTenant(tenantId: string | undefined) {
  const [syncing, setSyncing] = useState(false);
  const notify = useNotify();
  const translate = useTranslate();
  const refresh = useRefresh();
  const notifyProblems = useNotifyProblems('ConnectorSettings');
  const logoutIfAccessDenied = useLogoutIfAccessDenied();

  useEffect(() => {
    if (!syncing) return undefined;
    const timer = setInterval(refresh, RUNNING_POLL_MS);
    return () => clearInterval(timer);
  }, [syncing, refresh]);

  const sync = async () => {
    if (!tenantId || syncing) return;
    setSyncing(true);
    try {
      const data = await postGraphQL(SYNC_TENANT, { tenantId });
      const message = syncMessage(data.syncTenant);
      const text = message.lines.map((line) => translate(line.key, line.args)).join('\n');
      notify(text, {
        type: message.type,
        multiLine: true,
        autoHideDuration: message.type === 'success' ? 8000 : 15000,
        messageArgs: { _: text },
      });
    } catch (error) {
      const refusal = syncRefusal(error);
      if (refusal) notify(refusal, { type: 'error', autoHideDuration: 15000 });
      else notifyProblems(error);
      void logoutIfAccessDenied(error);
    } finally {
      setSyncing(false);
      refresh();
    }
  };

  return { sync, syncing };
}
