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

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly problems: InputProblem[] = [],
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
  constructor(message: string) {
    super('FORBIDDEN', message);
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
