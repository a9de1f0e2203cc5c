import buildGraphQLProvider from 'ra-data-graphql-simple';
import { HttpError, type DataProvider } from 'react-admin';
import { readToken } from '../auth/session';
import { GRAPHQL_URI } from './graphql';

/** ra-data-graphql adds this at runtime; ra-data-graphql-simple's type leaves it out. */
type IntrospectingProvider = DataProvider & { getIntrospection?: () => Promise<unknown> };

interface Built {
  token: string;
  provider: DataProvider;
  introspected: Promise<unknown>;
}

let built: Built | undefined;

function build(token: string): Built {
  const provider: IntrospectingProvider = buildGraphQLProvider({
    clientOptions: { uri: GRAPHQL_URI, headers: { Authorization: `Bearer ${token}` } },
  });
  return { token, provider, introspected: provider.getIntrospection?.() ?? Promise.resolve() };
}

/**
 * The provider for the current token. Introspection needs a token, so the stock provider is
 * built on first use after login, and again whenever the stored token changes. A failed
 * introspection is forgotten (the stock provider would keep the rejected promise forever).
 */
async function current(): Promise<DataProvider> {
  const token = readToken();
  if (!token) throw new HttpError('ra.auth.auth_check_error', 401);
  if (built?.token !== token) built = build(token);
  const attempt = built;
  try {
    await attempt.introspected;
  } catch (error) {
    if (built === attempt) built = undefined;
    throw error;
  }
  return attempt.provider;
}

/** Drops the built provider (and its Apollo client): the next call builds a fresh one. */
export function resetDataProvider(): void {
  built = undefined;
}

export const dataProvider: DataProvider = {
  getList: async (resource, params) => (await current()).getList(resource, params),
  getOne: async (resource, params) => (await current()).getOne(resource, params),
  getMany: async (resource, params) => (await current()).getMany(resource, params),
  getManyReference: async (resource, params) =>
    (await current()).getManyReference(resource, params),
  create: async (resource, params) => (await current()).create(resource, params),
  update: async (resource, params) => (await current()).update(resource, params),
  updateMany: async (resource, params) => (await current()).updateMany(resource, params),
  delete: async (resource, params) => (await current()).delete(resource, params),
  deleteMany: async (resource, params) => (await current()).deleteMany(resource, params),
};
