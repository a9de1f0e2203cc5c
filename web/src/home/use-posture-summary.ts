import { useEffect, useState } from 'react';
import { useLogoutIfAccessDenied } from 'react-admin';
import { postGraphQL } from '../data/graphql-request';
import type { QueryState } from '../data/use-graphql-query';
import type { PostureSummaryQuery } from '../gql/graphql';
import { takePrefetchedSummary } from './prefetch';
import { PostureSummaryQuery as Query } from './queries';

/** The tenant's posture summary; the answer prefetched at login when it is for this tenant. */
export function usePostureSummary(tenantId: string | null): QueryState<PostureSummaryQuery> {
  const [state, setState] = useState<QueryState<PostureSummaryQuery>>({ isPending: true });
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  useEffect(() => {
    const controller = new AbortController();
    setState({ isPending: true });
    const result =
      takePrefetchedSummary(tenantId) ?? postGraphQL(Query, { tenantId }, controller.signal);
    result.then(
      (data) => {
        if (!controller.signal.aborted) setState({ data, isPending: false });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ error, isPending: false });
        void logoutIfAccessDenied(error);
      },
    );
    return () => controller.abort();
  }, [tenantId, logoutIfAccessDenied]);
  return state;
}
