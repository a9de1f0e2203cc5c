import { useEffect, useState } from 'react';
import { useLogoutIfAccessDenied } from 'react-admin';
import type { TypedDocumentString } from '../gql/graphql';
import { postGraphQL } from './graphql-request';

export interface QueryState<T> {
  data?: T;
  error?: unknown;
  isPending: boolean;
}

/**
 * A typed query outside the data provider, run again when `variables` change (compared as
 * JSON) and not at all while they are null. An ended session still logs the user out.
 */
export function useGraphQLQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables | null,
): QueryState<TResult> {
  const [state, setState] = useState<QueryState<TResult>>({ isPending: true });
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  const key = variables === null ? null : JSON.stringify(variables);

  useEffect(() => {
    if (key === null) return undefined;
    const controller = new AbortController();
    setState({ isPending: true });
    postGraphQL(document, JSON.parse(key) as TVariables, controller.signal).then(
      (data) => setState({ data, isPending: false }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ error, isPending: false });
        void logoutIfAccessDenied(error);
      },
    );
    return () => controller.abort();
  }, [document, key, logoutIfAccessDenied]);

  return state;
}
