import { HttpError } from 'react-admin';
import { readToken } from '../auth/session';
import type { TypedDocumentString } from '../gql/graphql';
import { GRAPHQL_URI } from './graphql';

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: Array<{ message?: string; extensions?: Record<string, unknown> }>;
}

/**
 * One typed GraphQL operation outside the data provider (queries that are not a resource, such
 * as `postureHistory`), written with `graphql()` so its result and variables are generated from
 * the schema. Errors are thrown in ra-data-graphql's shape, an `HttpError` whose body holds
 * `graphQLErrors`, so `checkError` and `problemsOf` read them the same way.
 */
export async function postGraphQL<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  signal?: AbortSignal,
): Promise<TResult> {
  const token = readToken();
  if (!token) throw new HttpError('ra.auth.auth_check_error', 401);
  const response = await fetch(GRAPHQL_URI, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/json',
      Authorization: `Bearer ${token}`,
    },
    body: JSON.stringify({ query: document.toString(), variables }),
    signal,
  });
  const body = (await response.json().catch(() => null)) as GraphQLResponse<TResult> | null;
  const errors = body?.errors ?? [];
  if (errors.length > 0) {
    throw new HttpError(errors[0]?.message || 'ra.notification.http_error', response.status, {
      graphQLErrors: errors,
    });
  }
  if (!response.ok || !body?.data) {
    throw new HttpError('ra.notification.http_error', response.status);
  }
  return body.data;
}
