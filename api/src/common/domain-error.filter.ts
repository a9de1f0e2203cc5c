import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException } from '@nestjs/common';
import { DomainError, type DomainErrorCode } from '@posture/jobs';
import type { Response } from 'express';
import { GraphQLError } from 'graphql';
import { LoginFailed } from '../auth/auth.service.js';

function statusOf(code: DomainErrorCode): { http: number; gql: string } {
  switch (code) {
    case 'NOT_FOUND':
      return { http: 404, gql: 'NOT_FOUND' };
    case 'INVALID_INPUT':
      return { http: 400, gql: 'BAD_USER_INPUT' };
    case 'FORBIDDEN':
      return { http: 403, gql: 'FORBIDDEN' };
    case 'CONFLICT':
      return { http: 409, gql: 'CONFLICT' };
    default: {
      const never: never = code;
      return never;
    }
  }
}

const HTTP_TO_GQL: Record<number, string> = {
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  400: 'BAD_USER_INPUT',
};

/** Maps domain and auth errors to HTTP statuses (REST) and GraphQL error codes. */
@Catch(DomainError, LoginFailed, HttpException)
export class DomainErrorFilter implements ExceptionFilter {
  catch(error: DomainError | LoginFailed | HttpException, host: ArgumentsHost) {
    let http: number;
    let code: string;
    let problems: unknown[] | undefined;
    let detail: unknown;
    if (error instanceof DomainError) {
      ({ http, gql: code } = statusOf(error.code));
      problems = error.problems.length ? error.problems : undefined;
      detail = error.detail ?? undefined;
    } else if (error instanceof LoginFailed) {
      http = 401;
      code = 'UNAUTHENTICATED';
    } else {
      http = error.getStatus();
      code = HTTP_TO_GQL[http] ?? 'INTERNAL_SERVER_ERROR';
    }
    if (host.getType<string>() === 'graphql') {
      return new GraphQLError(error.message, {
        extensions: { code, ...(problems ? { problems } : {}), ...(detail ? { detail } : {}) },
      });
    }
    const res = host.switchToHttp().getResponse<Response>();
    res.status(http).json({ error: error.message, ...(problems ? { problems } : {}) });
    return undefined;
  }
}
