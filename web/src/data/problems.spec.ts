import { describe, expect, it } from 'vitest';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import { LOCALES, type LocaleCode } from '../i18n/locales';
import { messages } from '../i18n/messages';
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

describe("plainErrorMessage with the server's detail code", () => {
  const inLocale = (locale: LocaleCode) => {
    const i18n = polyglotI18nProvider((l) => messages[l as LocaleCode], locale, [...LOCALES]);
    return (key: string, options?: Record<string, unknown>) => i18n.translate(key, options);
  };
  const refused = {
    status: 200,
    body: {
      graphQLErrors: [
        {
          message: 'this needs the OPERATOR or ADMIN role',
          extensions: {
            code: 'FORBIDDEN',
            detail: {
              code: 'ROLE_REQUIRED',
              params: { roles: ['OPERATOR', 'ADMIN'], role: 'VIEWER' },
            },
          },
        },
      ],
    },
  };

  it("words a VIEWER's refused action in Japanese and Traditional Chinese, never the server's English", () => {
    const ja = plainErrorMessage(refused, inLocale('ja'));
    expect(ja).toContain('(OPERATOR, ADMIN ロールが必要です。あなたのロールは VIEWER です)');
    expect(ja).not.toMatch(/this needs/);
    expect(plainErrorMessage(refused, inLocale('zh-TW'))).toContain(
      '(需要 OPERATOR, ADMIN 角色；您的角色是 VIEWER)',
    );
  });

  it('translates the alert states and the action of a conflict', () => {
    const conflict = {
      status: 409,
      body: {
        graphQLErrors: [
          {
            message: 'cannot acknowledge: alert a1 is RESOLVED',
            extensions: {
              code: 'CONFLICT',
              detail: {
                code: 'ALERT_STATE',
                params: { action: 'acknowledge', alerts: ['a1'], states: ['RESOLVED'] },
              },
            },
          },
        ],
      },
    };
    const ja = plainErrorMessage(conflict, inLocale('ja'));
    expect(ja).toMatch(/\(確認できません: アラート a1 は .+ です\)$/);
    expect(ja).not.toMatch(/RESOLVED|cannot/);
  });

  it("keeps the server's words for a detail code this dashboard does not know", () => {
    const unknown = {
      status: 409,
      body: {
        graphQLErrors: [
          {
            message: 'something specific',
            extensions: { code: 'CONFLICT', detail: { code: 'NEW_ONE', params: {} } },
          },
        ],
      },
    };
    expect(plainErrorMessage(unknown, inLocale('en'))).toContain('(something specific)');
  });
});
