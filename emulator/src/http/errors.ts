/**
 * Errors a handler throws to answer in one of Microsoft's error shapes. Handlers never write
 * error bodies themselves; the server maps these with one switch.
 */
export class GraphError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }
}

/** Entra's OAuth error (`{ error, error_description: 'AADSTS…', error_codes }`). */
export class OAuthError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly aadsts: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The Exchange admin REST error: `error.message` is always generic ("Invalid Operation"), the
 * useful text sits in `innererror.internalexception` (and, for some errors, `details`).
 */
export class ExchangeError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly outerMessage: string,
    readonly exceptionType: string,
    message: string,
    readonly withDetails = false,
  ) {
    super(message);
  }
}
