import type { RequestContext } from '../http/context.js';
import { GraphError } from '../http/errors.js';
import type { EmulatorRuntime, TenantRuntime } from '../runtime.js';
import { verifyJwt } from './jwt.js';

export const AUDIENCES = {
  graph: { uri: 'https://graph.microsoft.com', appId: '00000003-0000-0000-c000-000000000000' },
  exchange: { uri: 'https://outlook.office365.com', appId: '00000002-0000-0ff1-ce00-000000000000' },
} as const;
export type Audience = keyof typeof AUDIENCES;

/**
 * The same resources in the national clouds ("Microsoft Graph national cloud deployments",
 * https://learn.microsoft.com/en-us/graph/deployments; Exchange Online's GCC High, DoD and
 * 21Vianet hosts): the emulator answers as any of them, issuing a token whose aud is the cloud
 * asked for, so a connector configured for a national cloud can be tested against it.
 */
export const NATIONAL_AUDIENCES: Readonly<Record<Audience, readonly string[]>> = {
  graph: [
    'https://graph.microsoft.us',
    'https://dod-graph.microsoft.us',
    'https://microsoftgraph.chinacloudapi.cn',
  ],
  exchange: [
    'https://outlook.office365.us',
    'https://webmail.apps.mil',
    'https://partner.outlook.cn',
  ],
};

export interface Requirement {
  audience: Audience;
  /** Any one of these application roles grants access. */
  roles: readonly string[];
  /** For tenant-scoped paths (Exchange): the tenant named in the URL. */
  tenantRef?: string;
}

/** Graph accepts a few minutes of clock skew on exp/nbf, as Entra-issued tokens allow. */
const SKEW_SECONDS = 300;

/**
 * Verifies the bearer token for a Graph or Exchange call: signature, expiry, audience, issuer,
 * tenant and role. Returns the tenant the token belongs to; throws 401/403 in Graph's shape.
 */
export function authorize(
  rt: EmulatorRuntime,
  ctx: RequestContext,
  need: Requirement,
): TenantRuntime {
  const challenge = {
    'WWW-Authenticate': `Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="${AUDIENCES[need.audience].appId}"`,
  };
  const unauthorized = (message: string) =>
    new GraphError(401, 'InvalidAuthenticationToken', message, challenge);
  const header = ctx.req.headers.authorization ?? '';
  const m = /^Bearer\s+(\S+)$/i.exec(header);
  if (!m?.[1]) throw unauthorized('Access token is empty.');
  const verified = verifyJwt(m[1], rt.keys);
  if (!verified.ok) {
    throw unauthorized(
      verified.reason === 'malformed'
        ? 'IDX14100: JWT is not well formed.'
        : 'Access token validation failure. Invalid signature.',
    );
  }
  const p = verified.payload;
  const now = Math.floor(rt.clock.now() / 1000);
  if (typeof p.exp !== 'number' || p.exp + SKEW_SECONDS <= now)
    throw unauthorized('Lifetime validation failed, the token is expired.');
  if (typeof p.nbf === 'number' && p.nbf - SKEW_SECONDS > now)
    throw unauthorized('Lifetime validation failed, the token is not yet valid.');
  const aud = AUDIENCES[need.audience];
  if (
    p.aud !== aud.uri &&
    p.aud !== aud.appId &&
    !NATIONAL_AUDIENCES[need.audience].includes(String(p.aud))
  )
    throw unauthorized('Access token validation failure. Invalid audience.');
  const tid = typeof p.tid === 'string' ? p.tid : '';
  const tenant = rt.findTenant(tid);
  if (!tenant || p.iss !== `https://sts.windows.net/${tenant.tenant.tenantId}/`)
    throw unauthorized('Access token validation failure. Invalid issuer.');
  // A token is good for its own tenant only: Exchange names the tenant in the path.
  if (need.tenantRef !== undefined && !tenant.tenant.matches(need.tenantRef)) {
    throw unauthorized(
      `The token's tenant ${tid} does not match the tenant '${need.tenantRef}' in the request.`,
    );
  }
  const roles = Array.isArray(p.roles)
    ? p.roles.filter((r): r is string => typeof r === 'string')
    : [];
  if (!need.roles.some((r) => roles.includes(r))) {
    throw new GraphError(
      403,
      'Authorization_RequestDenied',
      `Insufficient privileges to complete the operation. Requires one of: ${need.roles.join(', ')}.`,
    );
  }
  return tenant;
}
