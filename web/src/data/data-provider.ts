import { HttpError, type DataProvider } from 'react-admin';
import { readToken } from '../auth/session';
import { signInPage } from '../resources/sign-ins/sign-in-pages';
import { i18nProvider } from '../i18n/i18n-provider';
import { GRAPHQL_URI } from './graphql';
import { plainErrorMessage } from './problems';

/** ra-data-graphql adds this at runtime; ra-data-graphql-simple's type leaves it out. */
type IntrospectingProvider = DataProvider & { getIntrospection?: () => Promise<unknown> };

interface Built {
  token: string;
  provider: Promise<DataProvider>;
  introspected: Promise<unknown>;
}

let built: Built | undefined;

/**
 * Fields computed on demand by the server (a run's changes, an alert's drift): the stock
 * provider would select every field of every record it reads, lists and references included.
 * They are left out unless a page asks for them (by a typed query, or in `meta.sparseFields`).
 */
export const ON_DEMAND_FIELDS: Readonly<Record<string, readonly string[]>> = {
  CheckRun: ['changes'],
  Alert: ['drift'],
  // The body as received is fetched only when asked for ("Show raw JSON").
  Snapshot: ['drift', 'raw', 'sections', 'diff'],
  CheckResult: ['evidenceTables', 'remediationSteps'],
};

interface Introspected {
  resources?: Array<{ type: { name: string; fields?: Array<{ name: string }> } }>;
}

/** The resource's fields without its on-demand ones, as sparse fields; null when none apply. */
export function withoutOnDemand(introspection: unknown, resource: string): string[] | null {
  const skip = ON_DEMAND_FIELDS[resource];
  if (!skip) return null;
  const type = (introspection as Introspected | undefined)?.resources?.find(
    (r) => r.type.name === resource,
  )?.type;
  if (!type?.fields) return null;
  return type.fields.map((f) => f.name).filter((name) => !skip.includes(name));
}

/**
 * The stock provider (ra-data-graphql-simple and Apollo) is loaded on first use, in its own
 * chunk: the home page reads with typed queries and never waits for it or for introspection.
 */
function build(token: string): Built {
  const provider = import('ra-data-graphql-simple').then(
    ({ default: buildGraphQLProvider }): IntrospectingProvider =>
      buildGraphQLProvider({
        clientOptions: { uri: GRAPHQL_URI, headers: { Authorization: `Bearer ${token}` } },
      }),
  );
  const introspected = provider.then((p) => p.getIntrospection?.());
  return { token, provider, introspected };
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

/** Reading params with the on-demand fields left out, unless the caller chose its fields. */
async function reading<P extends { meta?: Record<string, unknown> }>(
  resource: string,
  params: P,
): Promise<P> {
  if (params.meta?.sparseFields) return params;
  const fields = withoutOnDemand(await built?.introspected, resource);
  return fields ? { ...params, meta: { ...params.meta, sparseFields: fields } } : params;
}

/** Drops the built provider (and its Apollo client): the next call builds a fresh one. */
export function resetDataProvider(): void {
  built = undefined;
}

const graphQLProvider: DataProvider = {
  getList: async (resource, params) => {
    // Sign-ins page by cursor (a keyset seek on the server), with a count that may be an estimate.
    if (resource === 'SignIn') return signInPage(params);
    const provider = await current();
    return provider.getList(resource, await reading(resource, params));
  },
  getOne: async (resource, params) => {
    const provider = await current();
    return provider.getOne(resource, await reading(resource, params));
  },
  getMany: async (resource, params) => {
    const provider = await current();
    return provider.getMany(resource, await reading(resource, params));
  },
  getManyReference: async (resource, params) => {
    const provider = await current();
    return provider.getManyReference(resource, await reading(resource, params));
  },
  create: async (resource, params) => (await current()).create(resource, params),
  update: async (resource, params) => (await current()).update(resource, params),
  updateMany: async (resource, params) => (await current()).updateMany(resource, params),
  delete: async (resource, params) => (await current()).delete(resource, params),
  deleteMany: async (resource, params) => (await current()).deleteMany(resource, params),
};

/**
 * An error as react-admin shows it: the explanation in the user's language
 * (plainErrorMessage), with the status and the original error kept as the body, so
 * `checkError` and `problemsOf` still read the server's codes and problems.
 */
export function plainError(error: unknown): HttpError {
  const status = (error as { status?: unknown } | null)?.status;
  return new HttpError(
    plainErrorMessage(error, (key, options) => i18nProvider.translate(key, options)),
    typeof status === 'number' ? status : 0,
    error,
  );
}

const plain =
  <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
  async (...args: A): Promise<R> => {
    try {
      return await call(...args);
    } catch (error) {
      throw plainError(error);
    }
  };

/** Every call of the GraphQL provider, its errors explained in the user's language. */
export const dataProvider: DataProvider = {
  getList: plain(graphQLProvider.getList),
  getOne: plain(graphQLProvider.getOne),
  getMany: plain(graphQLProvider.getMany),
  getManyReference: plain(graphQLProvider.getManyReference),
  create: plain(graphQLProvider.create),
  update: plain(graphQLProvider.update),
  updateMany: plain(graphQLProvider.updateMany),
  delete: plain(graphQLProvider.delete),
  deleteMany: plain(graphQLProvider.deleteMany),
};
