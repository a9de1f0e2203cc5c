import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { authOf } from './auth.guard.js';
import type { AuthContext } from './auth.types.js';

/** The caller's AuthContext (the guard has already refused calls without one). */
export const CurrentAuth = createParamDecorator(
  (_: unknown, context: ExecutionContext): AuthContext => {
    const auth = authOf(context);
    if (!auth) throw new Error('CurrentAuth used on a public handler');
    return auth;
  },
);
