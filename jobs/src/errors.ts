/**
 * Domain errors. Services throw these; the API maps them to HTTP statuses and GraphQL error codes
 * with one exhaustive switch (api/src/common/domain-error.filter.ts). Services never throw
 * transport errors.
 */
export type DomainErrorCode = 'NOT_FOUND' | 'INVALID_INPUT' | 'FORBIDDEN' | 'CONFLICT';

export interface InputProblem {
  /** JSON path of the offending value, e.g. `exchangeOnline.authenticationPolicies[0].Name`. */
  path: string;
  reason: string;
}

/**
 * What exactly went wrong, as a code with parameters the dashboard words in the reader's language
 * (web/src/i18n `posture.errors.detail.<code>`); the English `message` says the same.
 */
export interface ErrorDetail {
  code: ErrorDetailCode;
  params: Record<string, string | number | string[]>;
}

/** Every detail code the API sends (the web has a sentence for each in every language). */
export const ERROR_DETAIL_CODES = ['ROLE_REQUIRED', 'ALERT_STATE', 'WAVE_GROUP_TAKEN'] as const;
export type ErrorDetailCode = (typeof ERROR_DETAIL_CODES)[number];

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly problems: InputProblem[] = [],
    readonly detail: ErrorDetail | null = null,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** Asking for another tenant's data answers exactly like asking for data that does not exist. */
export class NotFound extends DomainError {
  constructor(what: string) {
    super('NOT_FOUND', `${what} not found`);
  }
}

export class InvalidInput extends DomainError {
  constructor(message: string, problems: InputProblem[] = []) {
    super('INVALID_INPUT', message, problems);
  }
}

export class Forbidden extends DomainError {
  constructor(message: string, detail: ErrorDetail | null = null) {
    super('FORBIDDEN', message, [], detail);
  }
}

/** Formats a zod-style path (['a', 0, 'b']) as `a[0].b`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(body)';
}
