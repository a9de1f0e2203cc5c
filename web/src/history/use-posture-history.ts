import { useEffect, useState } from 'react';
import { useLogoutIfAccessDenied } from 'react-admin';
import { postGraphQL } from '../data/graphql-request';
import { graphql } from '../gql';
import type { PosturePoint } from './posture-history';

const POSTURE_HISTORY = graphql(`
  query PostureHistory($tenantId: ID!, $from: DateTime!, $to: DateTime) {
    postureHistory(tenantId: $tenantId, from: $from, to: $to) {
      at
      score
      counts
      runs
    }
  }
`);

interface State {
  data?: PosturePoint[];
  error?: unknown;
  isPending: boolean;
}

/**
 * A tenant's posture over time (score and results per status), aggregated by the server:
 * per run up to 31 days, per day beyond. `postureHistory` is not a resource, so it goes
 * around the data provider; an ended session still logs the user out.
 */
export function usePostureHistory(tenantId: string | undefined, from: string, to: string) {
  const [state, setState] = useState<State>({ isPending: true });
  const logoutIfAccessDenied = useLogoutIfAccessDenied();

  useEffect(() => {
    if (!tenantId) return undefined;
    const controller = new AbortController();
    setState({ isPending: true });
    postGraphQL(POSTURE_HISTORY, { tenantId, from, to }, controller.signal).then(
      (data) => setState({ data: data.postureHistory, isPending: false }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ error, isPending: false });
        void logoutIfAccessDenied(error);
      },
    );
    return () => controller.abort();
  }, [tenantId, from, to, logoutIfAccessDenied]);

  return state;
}
