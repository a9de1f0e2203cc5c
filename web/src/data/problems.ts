/** One invalid value, as the server names it in `extensions.problems` (BAD_USER_INPUT). */
export interface InputProblem {
  /** e.g. `settings.signInLookbackDays`, `items`. */
  path: string;
  reason: string;
}

/**
 * The `problems` of every GraphQL error inside an error from the data provider, whatever its
 * shape: ra-data-graphql's `HttpError` (the ApolloError as its body), an ApolloError
 * (`graphQLErrors`), Apollo 4's `errors`, or our own `postGraphQL` error.
 */
export function problemsOf(error: unknown, depth = 0): InputProblem[] {
  if (typeof error !== 'object' || error === null || depth > 4) return [];
  const e = error as Record<string, unknown>;
  const found = [...fromErrors(e.graphQLErrors), ...fromErrors(e.errors), ...fromError(e)];
  if (found.length > 0) return found;
  for (const key of ['body', 'networkError', 'result', 'cause']) {
    const nested = problemsOf(e[key], depth + 1);
    if (nested.length > 0) return nested;
  }
  return [];
}

function fromErrors(errors: unknown): InputProblem[] {
  return Array.isArray(errors) ? errors.flatMap((error: unknown) => fromError(error)) : [];
}

function fromError(error: unknown): InputProblem[] {
  if (typeof error !== 'object' || error === null) return [];
  const extensions = (error as { extensions?: unknown }).extensions;
  if (typeof extensions !== 'object' || extensions === null) return [];
  const problems = (extensions as { problems?: unknown }).problems;
  if (!Array.isArray(problems)) return [];
  return problems.filter(isProblem);
}

function isProblem(value: unknown): value is InputProblem {
  if (typeof value !== 'object' || value === null) return false;
  const { path, reason } = value as Record<string, unknown>;
  return typeof path === 'string' && typeof reason === 'string';
}

/**
 * The reasons grouped by path, in the order the server gave them, one line per path:
 * `Check schedule: must be a cron expression; is not a valid cron expression`.
 */
export function formatProblems(
  problems: readonly InputProblem[],
  label: (path: string) => string,
): string {
  const byPath = new Map<string, string[]>();
  for (const { path, reason } of problems) {
    const reasons = byPath.get(path) ?? [];
    if (!reasons.includes(reason)) reasons.push(reason);
    byPath.set(path, reasons);
  }
  return [...byPath].map(([path, reasons]) => `${label(path)}: ${reasons.join('; ')}`).join('\n');
}

/**
 * The `extensions.code` of the first GraphQL error inside an error (NOT_FOUND, FORBIDDEN,
 * BAD_USER_INPUT…), whatever its shape, as `problemsOf` reads them; null when there is none.
 */
export function errorCodeOf(error: unknown, depth = 0): string | null {
  if (typeof error !== 'object' || error === null || depth > 4) return null;
  const e = error as Record<string, unknown>;
  for (const list of [e.graphQLErrors, e.errors]) {
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      const code = ownCode(item);
      if (code) return code;
    }
  }
  const own = ownCode(e);
  if (own) return own;
  for (const key of ['body', 'networkError', 'result', 'cause']) {
    const nested = errorCodeOf(e[key], depth + 1);
    if (nested) return nested;
  }
  return null;
}

function ownCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const extensions = (error as { extensions?: unknown }).extensions;
  if (typeof extensions !== 'object' || extensions === null) return null;
  const code = (extensions as { code?: unknown }).code;
  return typeof code === 'string' && code !== '' ? code : null;
}

/** Error codes the server answers with, each explained in the user's language (posture.errors). */
export const EXPLAINED_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'BAD_USER_INPUT',
  'TOO_MANY_REQUESTS',
  'ROW_BUDGET_EXCEEDED',
  'GRAPHQL_VALIDATION_FAILED',
  'INTERNAL_SERVER_ERROR',
] as const;

/** Codes whose server message names the specific record or rule: kept after the explanation. */
const DETAILED = new Set(['CONFLICT', 'BAD_USER_INPUT', 'NOT_FOUND']);

/**
 * What to tell a person about an API error, in their language: the explanation of its code or
 * HTTP status (`posture.errors.*`), then, for codes whose message names the record or rule
 * (CONFLICT: "alert … is RESOLVED"), the server's own words. Input problems are shown by field
 * (useNotifyProblems); an error without a code or status is a network failure.
 */
export function plainErrorMessage(
  error: unknown,
  translate: (key: string, options?: Record<string, unknown>) => string,
): string {
  const code = errorCodeOf(error) ?? codeOfStatus(statusOf(error));
  const known = (EXPLAINED_CODES as readonly string[]).includes(code ?? '');
  const explanation = translate(known ? `posture.errors.${code}` : 'posture.errors.UNKNOWN');
  const coded = errorDetailOf(error);
  const detail =
    (coded && detailText(coded, translate)) ||
    (code && DETAILED.has(code) ? serverMessageOf(error) : null);
  return detail ? `${explanation} (${detail})` : explanation;
}

/** `extensions.detail` of the first GraphQL error: what exactly went wrong, as code + params. */
export function errorDetailOf(
  error: unknown,
  depth = 0,
): { code: string; params: Record<string, unknown> } | null {
  if (typeof error !== 'object' || error === null || depth > 4) return null;
  const e = error as Record<string, unknown>;
  for (const list of [e.graphQLErrors, e.errors]) {
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      const detail = (item as { extensions?: { detail?: unknown } } | null)?.extensions?.detail;
      if (
        typeof detail === 'object' &&
        detail !== null &&
        typeof (detail as { code?: unknown }).code === 'string'
      ) {
        const params = (detail as { params?: unknown }).params;
        return {
          code: (detail as { code: string }).code,
          params:
            typeof params === 'object' && params !== null
              ? (params as Record<string, unknown>)
              : {},
        };
      }
    }
  }
  for (const key of ['body', 'networkError', 'result', 'cause']) {
    const nested = errorDetailOf(e[key], depth + 1);
    if (nested) return nested;
  }
  return null;
}

/**
 * A detail in the user's language (`posture.errors.detail.<code>`); alert states and actions in
 * their words, lists joined. Null for a code this dashboard has no sentence for.
 */
function detailText(
  detail: { code: string; params: Record<string, unknown> },
  translate: (key: string, options?: Record<string, unknown>) => string,
): string | null {
  const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : [String(v)]);
  const params: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(detail.params)) {
    if (name === 'states')
      params[name] = list(value)
        .map((s) => translate(`posture.alert_state.${s}`, { _: s }))
        .join(', ');
    else if (name === 'action')
      params[name] = translate(`posture.errors.detail.action_${String(value)}`, {
        _: String(value),
      });
    else params[name] = list(value).join(', ');
  }
  const text = translate(`posture.errors.detail.${detail.code}`, { ...params, _: '' });
  return text === '' ? null : text;
}

function statusOf(error: unknown): number | null {
  if (typeof error !== 'object' || error === null) return null;
  const status = (error as { status?: unknown }).status;
  return typeof status === 'number' ? status : null;
}

function codeOfStatus(status: number | null): string | null {
  switch (status) {
    case 401:
      return 'UNAUTHENTICATED';
    case 403:
      return 'FORBIDDEN';
    case 404:
      return 'NOT_FOUND';
    case 409:
      return 'CONFLICT';
    case 429:
      return 'TOO_MANY_REQUESTS';
    case null:
      return null;
    default:
      return status >= 500 ? 'INTERNAL_SERVER_ERROR' : null;
  }
}

/** The first GraphQL error's own message, whatever the error's shape. */
function serverMessageOf(error: unknown, depth = 0): string | null {
  if (typeof error !== 'object' || error === null || depth > 4) return null;
  const e = error as Record<string, unknown>;
  for (const list of [e.graphQLErrors, e.errors]) {
    if (!Array.isArray(list)) continue;
    const message = (list[0] as { message?: unknown } | undefined)?.message;
    if (typeof message === 'string' && message !== '') return message;
  }
  for (const key of ['body', 'networkError', 'result', 'cause']) {
    const nested = serverMessageOf(e[key], depth + 1);
    if (nested) return nested;
  }
  return null;
}
