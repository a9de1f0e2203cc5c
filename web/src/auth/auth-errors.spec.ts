import { describe, expect, it } from 'vitest';
import { isUnauthenticated } from './auth-errors';

const unauthenticated = { message: 'no', extensions: { code: 'UNAUTHENTICATED' } };

describe('isUnauthenticated', () => {
  it.each([
    ['an HTTP 401 from the data provider', { status: 401, message: 'x' }],
    [
      'a GraphQL error wrapped by ra-data-graphql',
      { status: 200, body: { graphQLErrors: [unauthenticated] } },
    ],
    ['a failed introspection (raw ApolloError)', { graphQLErrors: [unauthenticated] }],
    ['a 401 network error', { networkError: { statusCode: 401 } }],
    [
      'a network error carrying the GraphQL body',
      { networkError: { statusCode: 400, result: { errors: [unauthenticated] } } },
    ],
  ])('is true for %s', (_what, error) => {
    expect(isUnauthenticated(error)).toBe(true);
  });

  it.each([
    [
      'a forbidden query',
      { status: 200, body: { graphQLErrors: [{ extensions: { code: 'FORBIDDEN' } }] } },
    ],
    ['a server error', { status: 500 }],
    ['nothing', undefined],
    ['a string', 'UNAUTHENTICATED'],
  ])('is false for %s', (_what, error) => {
    expect(isUnauthenticated(error)).toBe(false);
  });
});
