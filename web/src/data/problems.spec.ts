import { describe, expect, it } from 'vitest';
import { errorCodeOf, formatProblems, plainErrorMessage, problemsOf } from './problems';

const graphQLError = {
  message: 'invalid tenant settings: …',
  extensions: {
    code: 'BAD_USER_INPUT',
    problems: [
      { path: 'settings.checkSchedule', reason: 'must be a cron expression of 5 or 6 fields' },
      { path: 'settings.signInLookbackDays', reason: 'Too big: expected number to be <=90' },
    ],
  },
};

describe('problemsOf', () => {
  it.each([
    ['an HttpError from ra-data-graphql', { status: 200, body: { graphQLErrors: [graphQLError] } }],
    ['a raw ApolloError', { graphQLErrors: [graphQLError] }],
    ['an Apollo 4 error', { errors: [graphQLError] }],
    ['a GraphQL error itself', graphQLError],
    [
      'a network error carrying the GraphQL body',
      { networkError: { statusCode: 400, result: { errors: [graphQLError] } } },
    ],
  ])('finds the problems in %s', (_what, error) => {
    expect(problemsOf(error).map((p) => p.path)).toEqual([
      'settings.checkSchedule',
      'settings.signInLookbackDays',
    ]);
  });

  it.each([
    ['an error without problems', { body: { graphQLErrors: [{ extensions: { code: 'X' } }] } }],
    ['malformed problems', { extensions: { problems: [{ path: 1 }, 'x'] } }],
    ['nothing', undefined],
    ['a string', 'BAD_USER_INPUT'],
  ])('is empty for %s', (_what, error) => {
    expect(problemsOf(error)).toEqual([]);
  });
});

describe('formatProblems', () => {
  it('puts each path on a line with its reasons, labelled', () => {
    const text = formatProblems(
      [
        { path: 'settings.checkSchedule', reason: 'must be a cron expression' },
        { path: 'reason', reason: 'say why' },
        { path: 'settings.checkSchedule', reason: 'is not valid' },
        { path: 'settings.checkSchedule', reason: 'is not valid' },
      ],
      (path) => path.toUpperCase(),
    );
    expect(text).toBe(
      'SETTINGS.CHECKSCHEDULE: must be a cron expression; is not valid\nREASON: say why',
    );
  });
});

describe('errorCodeOf', () => {
  const notFound = {
    message: 'connector of tenant t1 not found',
    extensions: { code: 'NOT_FOUND' },
  };

  it.each([
    ['an HttpError from postGraphQL', { status: 200, body: { graphQLErrors: [notFound] } }],
    ['a raw ApolloError', { graphQLErrors: [notFound] }],
    ['an Apollo 4 error', { errors: [notFound] }],
    ['a GraphQL error itself', notFound],
  ])('finds the code in %s', (_what, error) => {
    expect(errorCodeOf(error)).toBe('NOT_FOUND');
  });

  it.each([undefined, 'NOT_FOUND', { message: 'x' }, { extensions: { code: '' } }])(
    'is null for %j',
    (error) => {
      expect(errorCodeOf(error)).toBeNull();
    },
  );
});

describe('plainErrorMessage', () => {
  const translate = (key: string) => `[${key}]`;
  const gqlError = (code: string, message: string, status = 200) => ({
    status,
    body: { graphQLErrors: [{ message, extensions: { code } }] },
  });

  it("explains the server's code in the user's language, with the server's words where they name the record", () => {
    expect(plainErrorMessage(gqlError('FORBIDDEN', 'Forbidden resource'), translate)).toBe(
      '[posture.errors.FORBIDDEN]',
    );
    expect(plainErrorMessage(gqlError('CONFLICT', 'alert a1 is RESOLVED', 409), translate)).toBe(
      '[posture.errors.CONFLICT] (alert a1 is RESOLVED)',
    );
  });

  it('falls back on the HTTP status, then on a network failure', () => {
    expect(plainErrorMessage({ status: 429 }, translate)).toBe(
      '[posture.errors.TOO_MANY_REQUESTS]',
    );
    expect(plainErrorMessage({ status: 502 }, translate)).toBe(
      '[posture.errors.INTERNAL_SERVER_ERROR]',
    );
    expect(plainErrorMessage(new TypeError('Failed to fetch'), translate)).toBe(
      '[posture.errors.UNKNOWN]',
    );
  });
});
