import type { AuthProvider, UserIdentity } from 'react-admin';
import { resetDataProvider } from '../data/data-provider';
import { GRAPHQL_URI } from '../data/graphql';
import { graphql } from '../gql';
import { canAccess } from './access';
import { isUnauthenticated } from './auth-errors';
import { clearSession, isSessionUser, readToken, readUser, saveSession } from './session';
import { prefetchPostureSummary } from '../home/prefetch';

const LOGIN_MUTATION = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      user {
        id
        email
        role
        operations
      }
    }
  }
`);

/** Codes the server answers a bad e-mail or password with. */
const BAD_CREDENTIALS = new Set(['UNAUTHENTICATED', 'BAD_USER_INPUT', 'FORBIDDEN']);

interface GraphQLError {
  message?: string;
  extensions?: { code?: string };
}

interface LoginResponse {
  data?: { login?: { token?: unknown; user?: unknown } | null } | null;
  errors?: GraphQLError[];
}

interface LoginParams {
  username: string;
  password: string;
}

async function login({ username, password }: LoginParams): Promise<void> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_URI, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({
        query: LOGIN_MUTATION.toString(),
        variables: { email: username, password },
      }),
    });
  } catch {
    throw new Error('posture.auth.server_unreachable');
  }
  const body = (await response.json().catch(() => null)) as LoginResponse | null;
  const error = body?.errors?.[0];
  if (error) {
    const code = error.extensions?.code;
    throw new Error(
      code && BAD_CREDENTIALS.has(code)
        ? 'ra.auth.sign_in_error'
        : error.message || 'ra.auth.sign_in_error',
    );
  }
  if (response.status === 401) throw new Error('ra.auth.sign_in_error');
  const result = body?.data?.login;
  if (!response.ok || !result || typeof result.token !== 'string' || !isSessionUser(result.user)) {
    throw new Error('ra.notification.http_error');
  }
  saveSession(result.token, result.user);
  // The home page's first number is on its way while the app renders.
  prefetchPostureSummary();
  // A new session may see other tenants: never reuse the previous client or schema.
  resetDataProvider();
}

function endSession(): void {
  clearSession();
  resetDataProvider();
}

export const authProvider: AuthProvider = {
  login,
  logout: async () => endSession(),
  // `message: false`: no "please log in" notification when nobody has logged in yet.
  checkAuth: () =>
    readToken() && readUser() ? Promise.resolve() : Promise.reject({ message: false }),
  // Rejecting makes react-admin call logout(), which ends the session; ending it here would
  // also silence the "session has ended" notification (react-admin checks checkAuth first).
  checkError: async (error: unknown) => {
    if (isUnauthenticated(error)) throw new Error('ra.notification.logged_out');
  },
  getIdentity: async (): Promise<UserIdentity> => {
    const user = readUser();
    if (!user) throw new Error('ra.auth.auth_check_error');
    return { id: user.id, fullName: user.email, email: user.email, role: user.role };
  },
  getPermissions: async () => readUser()?.role,
  canAccess: async ({ action, resource }) => canAccess(readUser()?.operations, action, resource),
};
