import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { keysHandler, openIdHandler, tokenHandler } from './auth/token.handler.js';
import {
  addFaultsHandler,
  advanceHandler,
  clearFaultsHandler,
  healthHandler,
  listFaultsHandler,
  stateHandler,
} from './control/control.handler.js';
import { invokeCommandHandler } from './exchange/invoke-command.handler.js';
import {
  authenticationStrengthsHandler,
  conditionalAccessHandler,
  namedLocationsHandler,
  securityDefaultsHandler,
  groupHandler,
  groupsHandler,
  managedAppProtectionsHandler,
  membersHandler,
  userHandler,
  usersHandler,
} from './graph/directory.handler.js';
import { signInsHandler } from './graph/signins.handler.js';
import type { RequestContext } from './http/context.js';
import { ExchangeError, GraphError, OAuthError } from './http/errors.js';
import { graphErrorBody, sendError, sendJson } from './http/respond.js';
import { Router } from './http/router.js';
import { organizationHandler } from './graph/organization.handler.js';
import {
  EXCHANGE_ONLINE_APP_ID,
  exchangeServicePrincipalHandler,
} from './graph/service-principal.handler.js';
import type { EmulatorRuntime } from './runtime.js';

/**
 * The HTTP surface: which path goes to which handler, and the request pipeline every call
 * goes through (routing, faults, handler, errors mapped to Microsoft's shapes).
 */
export function buildRouter(rt: EmulatorRuntime): Router {
  const r = new Router();
  const h =
    (fn: (rt: EmulatorRuntime, ctx: RequestContext) => Promise<void>) => (ctx: RequestContext) =>
      fn(rt, ctx);
  r.add('POST', '/:tenant/oauth2/v2.0/token', 'token', h(tokenHandler));
  r.add('GET', '/:tenant/discovery/v2.0/keys', 'keys', h(keysHandler));
  r.add('GET', '/:tenant/discovery/keys', 'keys', h(keysHandler));
  r.add('GET', '/:tenant/v2.0/.well-known/openid-configuration', 'keys', h(openIdHandler));
  for (const version of ['v1.0', 'beta'] as const) {
    r.add('GET', `/${version}/auditLogs/signIns`, 'signIns', (ctx) =>
      signInsHandler(rt, ctx, version),
    );
    r.add(
      'GET',
      `/${version}/identity/conditionalAccess/policies`,
      'graph',
      h(conditionalAccessHandler),
    );
    r.add(
      'GET',
      `/${version}/identity/conditionalAccess/namedLocations`,
      'graph',
      h(namedLocationsHandler),
    );
    r.add(
      'GET',
      `/${version}/identity/conditionalAccess/authenticationStrength/policies`,
      'graph',
      h(authenticationStrengthsHandler),
    );
    r.add(
      'GET',
      `/${version}/policies/authenticationStrengthPolicies`,
      'graph',
      h(authenticationStrengthsHandler),
    );
    r.add(
      'GET',
      `/${version}/policies/identitySecurityDefaultsEnforcementPolicy`,
      'graph',
      h(securityDefaultsHandler),
    );
    r.add(
      'GET',
      `/${version}/servicePrincipals(appId='${EXCHANGE_ONLINE_APP_ID}')`,
      'graph',
      h(exchangeServicePrincipalHandler),
    );
    r.add('GET', `/${version}/organization`, 'graph', h(organizationHandler));
    for (const platform of ['ios', 'android'] as const) {
      r.add(
        'GET',
        `/${version}/deviceAppManagement/${platform}ManagedAppProtections`,
        'graph',
        (ctx) => managedAppProtectionsHandler(rt, ctx, platform),
      );
    }
    r.add('GET', `/${version}/users`, 'graph', h(usersHandler));
    r.add('GET', `/${version}/users/:id`, 'graph', h(userHandler));
    r.add('GET', `/${version}/groups`, 'graph', h(groupsHandler));
    r.add('GET', `/${version}/groups/:id`, 'graph', h(groupHandler));
    r.add('GET', `/${version}/groups/:id/members`, 'graph', (ctx) =>
      membersHandler(rt, ctx, false),
    );
    r.add('GET', `/${version}/groups/:id/transitiveMembers`, 'graph', (ctx) =>
      membersHandler(rt, ctx, true),
    );
  }
  r.add('POST', '/adminapi/beta/:tenant/InvokeCommand', 'invokeCommand', h(invokeCommandHandler));
  r.add('GET', '/_emulator/health', 'control', h(healthHandler));
  r.add('GET', '/_emulator/state', 'control', h(stateHandler));
  r.add('GET', '/_emulator/faults', 'control', h(listFaultsHandler));
  r.add('POST', '/_emulator/faults', 'control', h(addFaultsHandler));
  r.add('DELETE', '/_emulator/faults', 'control', h(clearFaultsHandler));
  r.add('POST', '/_emulator/advance', 'control', h(advanceHandler));
  return r;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function handle(
  rt: EmulatorRuntime,
  router: Router,
  fallbackOrigin: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const origin =
    rt.options.publicUrl ?? (req.headers.host ? `http://${req.headers.host}` : fallbackOrigin);
  const clientRequestId =
    typeof req.headers['client-request-id'] === 'string'
      ? req.headers['client-request-id']
      : randomUUID();
  const ctx: RequestContext = {
    req,
    res,
    url: new URL('/', origin),
    origin,
    params: {},
    requestId: randomUUID(),
    clientRequestId,
    fault: { truncate: false, malformed: false, repeat: false },
  };
  try {
    try {
      ctx.url = new URL(req.url ?? '/', origin);
    } catch {
      throw new GraphError(400, 'BadRequest', 'The request URL is malformed.');
    }
    const method = req.method ?? 'GET';
    const match = router.match(method, ctx.url.pathname);
    if (match.kind === 'notFound') {
      const segment = ctx.url.pathname.split('/').filter(Boolean).pop() ?? '';
      throw new GraphError(404, 'NotFound', `Resource not found for the segment '${segment}'.`);
    }
    if (match.kind === 'methodNotAllowed') {
      throw new GraphError(
        405,
        'Request_BadRequest',
        `The HTTP method '${method}' is not allowed for the requested resource.`,
        { Allow: match.allowed.join(', ') },
      );
    }
    ctx.params = match.params;
    const fault = rt.faults.draw(match.tag, ctx.url.searchParams.has('$skiptoken'));
    if (fault.delayMs > 0) await sleep(fault.delayMs);
    if (fault.block) {
      sendFault(ctx, match.tag, fault.block.status, fault.block.retryAfterSeconds);
      return;
    }
    ctx.fault = { truncate: fault.truncate, malformed: fault.malformed, repeat: fault.repeat };
    await match.handler(ctx);
  } catch (e) {
    if (!(e instanceof GraphError) && !(e instanceof OAuthError) && !(e instanceof ExchangeError)) {
      rt.log.error(
        `emulator: ${req.method ?? ''} ${req.url ?? ''} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`,
      );
    }
    if (res.headersSent) res.destroy();
    else sendError(ctx, e);
  }
}

/** A refused request (429/503) in the endpoint's own error shape. */
function sendFault(
  ctx: RequestContext,
  tag: string,
  status: 429 | 503,
  retryAfter: number | null,
): void {
  // Graph's Conditional Access endpoint throttles without a Retry-After header (docs/domain.md 1.6).
  const noRetryAfter = status === 429 && /\/conditionalAccess\//i.test(ctx.url.pathname);
  const headers: Record<string, string> =
    retryAfter !== null && !noRetryAfter ? { 'Retry-After': String(retryAfter) } : {};
  if (tag === 'token') {
    const err =
      status === 429
        ? new OAuthError(
            429,
            'temporarily_unavailable',
            90055,
            'TenantThrottlingThreshold - There are too many incoming requests.',
          )
        : new OAuthError(
            503,
            'temporarily_unavailable',
            90033,
            'A transient error has occurred. Please try again.',
          );
    sendError(ctx, err, headers);
    return;
  }
  const body =
    status === 429
      ? graphErrorBody(ctx, 'TooManyRequests', 'Too many requests.', { code: '429', status: '429' })
      : graphErrorBody(ctx, 'serviceNotAvailable', 'Service is unavailable. Try again later.', {
          code: '503',
          status: '503',
        });
  sendJson(ctx, status, body, headers);
}
