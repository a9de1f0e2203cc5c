import { authorize } from '../auth/access.js';
import type { RequestContext } from '../http/context.js';
import { GRAPH_JSON, sendJson } from '../http/respond.js';
import type { EmulatorRuntime } from '../runtime.js';

/**
 * `GET /v1.0/organization`: the tenant's one organization object with its verified domains (the
 * connector reads the initial domain from it for Exchange's X-AnchorMailbox header).
 */
export async function organizationHandler(rt: EmulatorRuntime, ctx: RequestContext): Promise<void> {
  const tr = authorize(rt, ctx, {
    audience: 'graph',
    roles: ['Organization.Read.All', 'Directory.Read.All'],
  });
  const t = tr.tenant;
  const version = ctx.url.pathname.startsWith('/beta/') ? 'beta' : 'v1.0';
  const domains = [
    { name: t.naming.initialDomain, isInitial: true, isDefault: false, type: 'Managed' },
    { name: t.naming.domain, isInitial: false, isDefault: true, type: 'Managed' },
  ].map((d) => ({ capabilities: 'Email, OfficeCommunicationsOnline', ...d }));
  sendJson(
    ctx,
    200,
    {
      '@odata.context': `${ctx.origin}/${version}/$metadata#organization`,
      value: [
        {
          id: t.tenantId,
          displayName: t.naming.name,
          tenantType: 'AAD',
          verifiedDomains: domains,
        },
      ],
    },
    {},
    GRAPH_JSON,
  );
}
