import { useEffect, useState } from 'react';
import { useLogoutIfAccessDenied } from 'react-admin';
import { postGraphQL } from '../data/graphql-request';
import { graphql } from '../gql';
import { legacySignInFilter } from '../resources/sign-ins/sign-in';

// Two counts in one request; the server counts, the browser never sums rows.
const LEGACY_SIGN_IN_COUNTS = graphql(`
  query LegacySignInCounts($succeeded: SignInFilterInput, $failed: SignInFilterInput) {
    succeeded: _allSignInsMeta(filter: $succeeded) {
      count
      isEstimate
    }
    failed: _allSignInsMeta(filter: $failed) {
      count
      isEstimate
    }
  }
`);

interface Counts {
  succeeded: number;
  failed: number;
  /** Which counts are PostgreSQL's estimate (beyond 10,000), shown as "about …". */
  succeededIsEstimate: boolean;
  failedIsEstimate: boolean;
}

interface State {
  data?: Counts;
  error?: unknown;
  isPending: boolean;
}

/** Successful legacy sign-ins and refused legacy attempts of a tenant since `from`. */
export function useLegacySignInCounts(tenantId: string | undefined, from: Date) {
  const [state, setState] = useState<State>({ isPending: true });
  const logoutIfAccessDenied = useLogoutIfAccessDenied();

  useEffect(() => {
    if (!tenantId) return undefined;
    const controller = new AbortController();
    setState({ isPending: true });
    postGraphQL(
      LEGACY_SIGN_IN_COUNTS,
      {
        succeeded: legacySignInFilter(tenantId, true, from),
        failed: legacySignInFilter(tenantId, false, from),
      },
      controller.signal,
    ).then(
      (data) =>
        setState({
          data: {
            succeeded: data.succeeded.count,
            failed: data.failed.count,
            succeededIsEstimate: data.succeeded.isEstimate,
            failedIsEstimate: data.failed.isEstimate,
          },
          isPending: false,
        }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ error, isPending: false });
        void logoutIfAccessDenied(error);
      },
    );
    return () => controller.abort();
  }, [tenantId, from, logoutIfAccessDenied]);

  return state;
}
