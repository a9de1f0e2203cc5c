/**
 * Whether an error from the data provider means the session is gone.
 *
 * Errors reach react-admin in several shapes: ra-data-graphql's `HttpError` (a status, and the
 * ApolloError as its body), a raw ApolloError when introspection fails, or Apollo's
 * `ServerError` (networkError) whose `result` holds the GraphQL errors of a 401 response.
 */
export function isUnauthenticated(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 4) return false;
  const e = error as Record<string, unknown>;
  if (e.status === 401 || e.statusCode === 401) return true;
  if (hasCode(e.graphQLErrors) || hasCode(e.errors)) return true;
  if (typeof e.extensions === 'object' && e.extensions !== null) {
    if ((e.extensions as Record<string, unknown>).code === UNAUTHENTICATED) return true;
  }
  return ['body', 'networkError', 'result', 'cause'].some((key) =>
    isUnauthenticated(e[key], depth + 1),
  );
}

const UNAUTHENTICATED = 'UNAUTHENTICATED';

function hasCode(errors: unknown): boolean {
  return (
    Array.isArray(errors) &&
    errors.some(
      (error: unknown) =>
        typeof error === 'object' &&
        error !== null &&
        (error as { extensions?: { code?: unknown } }).extensions?.code === UNAUTHENTICATED,
    )
  );
}
