import { authorize } from '../auth/access.js';
import type { RequestContext } from '../http/context.js';
import { GRAPH_JSON, sendJson } from '../http/respond.js';
import type { EmulatorRuntime } from '../runtime.js';
import { stableGuid } from '../scenario/prng.js';
import type { ScenarioTenant } from '../scenario/tenant.js';
import type { DayState } from '../scenario/timeline.js';

/** Office 365 Exchange Online, the application HMA registers on-premises URLs on. */
export const EXCHANGE_ONLINE_APP_ID = '00000002-0000-0ff1-ce00-000000000000';

/**
 * The Exchange Online service principal as Graph returns it. Its servicePrincipalNames carry the
 * on-premises hosts the Hybrid Configuration Wizard registered ("How to configure Exchange Server
 * on-premises to use Hybrid Modern Authentication", "Add on-premises web service URLs as SPNs").
 * Until the pilot day only the Autodiscover host is registered, as when the ActiveSync host was
 * forgotten (ONPREM.HMA.SPN fails); from the pilot day both are.
 */
export function exchangeServicePrincipal(t: ScenarioTenant, state: DayState) {
  const domain = t.naming.domain;
  return {
    id: stableGuid(t.seed, 'service-principal', EXCHANGE_ONLINE_APP_ID),
    appId: EXCHANGE_ONLINE_APP_ID,
    displayName: 'Office 365 Exchange Online',
    appDisplayName: 'Office 365 Exchange Online',
    appOwnerOrganizationId: 'f8cdef31-a31e-4b4a-93e4-5f571e91255a',
    accountEnabled: true,
    servicePrincipalType: 'Application',
    signInAudience: 'AzureADMultipleOrgs',
    servicePrincipalNames: [
      EXCHANGE_ONLINE_APP_ID,
      'https://outlook.office365.com/',
      'https://outlook.office.com/',
      'https://ps.outlook.com/',
      `${EXCHANGE_ONLINE_APP_ID}/outlook.office365.com`,
      `${EXCHANGE_ONLINE_APP_ID}/outlook.office.com`,
      `https://autodiscover.${domain}/`,
      ...(state.onPremHardened ? [`https://mail.${domain}/`] : []),
    ],
  };
}

/** `GET /v1.0/servicePrincipals(appId='00000002-0000-0ff1-ce00-000000000000')`: one object. */
export async function exchangeServicePrincipalHandler(
  rt: EmulatorRuntime,
  ctx: RequestContext,
): Promise<void> {
  const tr = authorize(rt, ctx, {
    audience: 'graph',
    roles: ['Application.Read.All', 'Directory.Read.All'],
  });
  const version = ctx.url.pathname.startsWith('/beta/') ? 'beta' : 'v1.0';
  sendJson(
    ctx,
    200,
    {
      '@odata.context': `${ctx.origin}/${version}/$metadata#servicePrincipals/$entity`,
      ...exchangeServicePrincipal(tr.tenant, tr.tenant.timeline.stateAt(rt.clock.now())),
    },
    {},
    GRAPH_JSON,
  );
}
