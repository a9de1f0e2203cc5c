import { randomUUID, timingSafeEqual } from 'node:crypto';
import type { RequestContext } from '../http/context.js';
import { OAuthError } from '../http/errors.js';
import { readBody, sendJson } from '../http/respond.js';
import type { EmulatorRuntime } from '../runtime.js';
import { stableGuid } from '../scenario/prng.js';
import { AUDIENCES, NATIONAL_AUDIENCES, type Audience } from './access.js';
import { signJwt, toJwk } from './jwt.js';

const SCOPES: Readonly<Record<string, Audience>> = {
  'https://graph.microsoft.com/.default': 'graph',
  'https://outlook.office365.com/.default': 'exchange',
  'https://outlook.office.com/.default': 'exchange',
  ...Object.fromEntries(
    (Object.keys(NATIONAL_AUDIENCES) as Audience[]).flatMap((a) =>
      NATIONAL_AUDIENCES[a].map((uri) => [`${uri}/.default`, a]),
    ),
  ),
};

/** The token's aud: the resource the scope names (a national cloud's when asked for one). */
function audienceUri(scope: string, audience: Audience): string {
  const resource = scope
    .trim()
    .toLowerCase()
    .replace(/\/\.default$/, '');
  return NATIONAL_AUDIENCES[audience].includes(resource) ? resource : AUDIENCES[audience].uri;
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** `POST /{tenant}/oauth2/v2.0/token`: the client-credentials grant, as Entra answers it. */
export async function tokenHandler(rt: EmulatorRuntime, ctx: RequestContext): Promise<void> {
  const tenantRef = ctx.params.tenant ?? '';
  const type = (ctx.req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  const raw = (await readBody(ctx.req, 65_536)).toString('utf8');
  if (type !== 'application/x-www-form-urlencoded') {
    throw new OAuthError(
      400,
      'invalid_request',
      900144,
      "The request body must contain the following parameter: 'grant_type'.",
    );
  }
  const form = new URLSearchParams(raw);
  let clientId = form.get('client_id');
  let clientSecret = form.get('client_secret');
  // client_secret_basic: credentials in the Authorization header instead of the body.
  const basic = /^Basic\s+(\S+)$/i.exec(ctx.req.headers.authorization ?? '');
  if (basic?.[1]) {
    const [id, secret] = Buffer.from(basic[1], 'base64').toString('utf8').split(':');
    clientId ??= id ? decodeURIComponent(id) : null;
    clientSecret ??= secret ? decodeURIComponent(secret) : null;
  }
  const grant = form.get('grant_type');
  if (!grant)
    throw new OAuthError(
      400,
      'invalid_request',
      900144,
      "The request body must contain the following parameter: 'grant_type'.",
    );
  if (grant !== 'client_credentials') {
    throw new OAuthError(
      400,
      'unsupported_grant_type',
      70003,
      `The app requested an unsupported grant type '${grant}'.`,
    );
  }
  if (!clientId)
    throw new OAuthError(
      400,
      'invalid_request',
      900144,
      "The request body must contain the following parameter: 'client_id'.",
    );
  const tenant = rt.findTenant(tenantRef);
  if (!tenant) {
    throw new OAuthError(
      400,
      'invalid_request',
      90002,
      `Tenant '${tenantRef}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`,
    );
  }
  const tid = tenant.tenant.tenantId;
  if (clientId.toLowerCase() !== rt.options.clientId.toLowerCase()) {
    throw new OAuthError(
      400,
      'unauthorized_client',
      700016,
      `Application with identifier '${clientId}' was not found in the directory '${tenant.tenant.naming.name}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant.`,
    );
  }
  if (!clientSecret) {
    throw new OAuthError(
      401,
      'invalid_client',
      7000218,
      "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
    );
  }
  if (!safeEqual(clientSecret, rt.options.clientSecret)) {
    throw new OAuthError(
      401,
      'invalid_client',
      7000215,
      `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${rt.options.clientId}'.`,
    );
  }
  const scope = form.get('scope');
  if (!scope)
    throw new OAuthError(
      400,
      'invalid_request',
      900144,
      "The request body must contain the following parameter: 'scope'.",
    );
  const audience = SCOPES[scope.trim().toLowerCase()];
  if (!audience) {
    throw new OAuthError(
      400,
      'invalid_scope',
      1002012,
      `The provided value for scope ${scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`,
    );
  }
  const now = Math.floor(rt.clock.now() / 1000);
  const life = rt.options.tokenLifetimeSeconds;
  const roles = audience === 'graph' ? tenant.tenant.graphRoles : tenant.tenant.exchangeRoles;
  const servicePrincipal = stableGuid(tenant.tenant.seed, 'service-principal', rt.options.clientId);
  const token = signJwt(rt.keys[0] as (typeof rt.keys)[number], {
    aud: audienceUri(scope, audience),
    iss: `https://sts.windows.net/${tid}/`,
    iat: now,
    nbf: now,
    exp: now + life,
    aio: randomUUID().replace(/-/g, ''),
    app_displayname: 'Posture watch connector',
    appid: rt.options.clientId,
    appidacr: '1',
    idp: `https://sts.windows.net/${tid}/`,
    idtyp: 'app',
    oid: servicePrincipal,
    rh: '0.emulated.',
    roles: [...roles],
    sub: servicePrincipal,
    tenant_region_scope: 'AS',
    tid,
    uti: randomUUID().replace(/-/g, '').slice(0, 22),
    ver: '1.0',
  });
  sendJson(
    ctx,
    200,
    { token_type: 'Bearer', expires_in: life, ext_expires_in: life, access_token: token },
    { Pragma: 'no-cache' },
  );
}

/** `GET /{tenant}/discovery/v2.0/keys` (and /discovery/keys): the signing keys. */
export async function keysHandler(rt: EmulatorRuntime, ctx: RequestContext): Promise<void> {
  const ref = ctx.params.tenant ?? 'common';
  const tenant = rt.findTenant(ref);
  const issuer = tenant
    ? `https://login.microsoftonline.com/${tenant.tenant.tenantId}/v2.0`
    : 'https://login.microsoftonline.com/{tenantid}/v2.0';
  sendJson(ctx, 200, { keys: rt.keys.map((k) => ({ ...toJwk(k), issuer })) });
}

/** OpenID metadata, so standard libraries can discover the token and key endpoints. */
export async function openIdHandler(rt: EmulatorRuntime, ctx: RequestContext): Promise<void> {
  const tenant = rt.findTenant(ctx.params.tenant ?? '');
  if (!tenant)
    throw new OAuthError(
      400,
      'invalid_tenant',
      90002,
      `Tenant '${ctx.params.tenant ?? ''}' not found.`,
    );
  const tid = tenant.tenant.tenantId;
  const base = `${ctx.origin}/${tid}`;
  sendJson(ctx, 200, {
    token_endpoint: `${base}/oauth2/v2.0/token`,
    jwks_uri: `${base}/discovery/v2.0/keys`,
    issuer: `https://login.microsoftonline.com/${tid}/v2.0`,
    token_endpoint_auth_methods_supported: ['client_secret_post', 'client_secret_basic'],
    grant_types_supported: ['client_credentials'],
    id_token_signing_alg_values_supported: ['RS256'],
    tenant_region_scope: 'AS',
  });
}
