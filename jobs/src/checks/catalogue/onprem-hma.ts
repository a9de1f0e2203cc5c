import type { CheckDefinition, VirtualDirectory } from '../types.js';
import {
  CannotVerify,
  lower,
  onPremData,
  plural,
  requireKey,
  requireList,
  requireObject,
} from './shared.js';

export const onPremHmaEnabled: CheckDefinition = {
  id: 'ONPREM.HMA.ENABLED',
  title: 'Hybrid Modern Authentication is enabled on Exchange on-premises',
  severity: 'CRITICAL',
  sources: ['exchangeOnPremises'],
  description: 'The on-premises OrganizationConfig.OAuth2ClientProfileEnabled is true.',
  outcomes: {
    PASS: 'The on-premises OrganizationConfig.OAuth2ClientProfileEnabled is true.',
    FAIL: 'OAuth2ClientProfileEnabled is false or $null.',
    ERROR:
      'The on-premises Get-OrganizationConfig output, or its OAuth2ClientProfileEnabled, is missing.',
  },
  rationale:
    'Seed article, Exchange on-premises architecture: Outlook mobile reaches on-premises mailboxes only through Hybrid Modern Authentication, with Entra ID (EvoSTS) as the authorization server for Exchange Server.',
  remediation:
    'In the on-premises Exchange Management Shell (after running the Hybrid Configuration Wizard): Set-OrganizationConfig -OAuth2ClientProfileEnabled $true',
  evaluate(view) {
    const org = requireObject(
      onPremData(view).organizationConfig,
      'on-premises Get-OrganizationConfig output',
    );
    const enabled = requireKey(
      org,
      'OAuth2ClientProfileEnabled',
      'on-premises Get-OrganizationConfig output',
    );
    return enabled === true
      ? {
          status: 'PASS',
          metric: null,
          summary: 'Hybrid Modern Authentication is enabled (OAuth2ClientProfileEnabled is true).',
          evidence: { OAuth2ClientProfileEnabled: enabled },
        }
      : {
          status: 'FAIL',
          metric: null,
          summary: `Hybrid Modern Authentication is off (OAuth2ClientProfileEnabled is ${String(enabled)}).`,
          evidence: { OAuth2ClientProfileEnabled: enabled },
        };
  },
};

const VDIR_KINDS = ['ActiveSync', 'Autodiscover', 'WebServices', 'Mapi', 'OAB'] as const;
const METHOD_FIELDS = [
  'IISAuthenticationMethods',
  'InternalAuthenticationMethods',
  'ExternalAuthenticationMethods',
];

/**
 * Whether OAuth is on for one virtual directory. Most vdir cmdlets report OAuthAuthentication;
 * Get-MapiVirtualDirectory (and ActiveSync) list it among their *AuthenticationMethods instead.
 */
function oauthOn(dir: VirtualDirectory, what: string): boolean {
  if (dir.OAuthAuthentication !== undefined) return dir.OAuthAuthentication === true;
  const lists = METHOD_FIELDS.filter((f) => dir[f] !== undefined && dir[f] !== null).map((f) =>
    methodList(dir[f]),
  );
  if (lists.length === 0) {
    throw new CannotVerify(
      `${what} has neither OAuthAuthentication nor *AuthenticationMethods (is the collector broken?)`,
    );
  }
  return lists.every((methods) => methods.includes('oauth'));
}

function methodList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map((v) => lower(String(v)));
  return String(value)
    .split(/[,\s]+/)
    .filter(Boolean)
    .map(lower);
}

export const onPremHmaEvoSts: CheckDefinition = {
  id: 'ONPREM.HMA.EVOSTS',
  title: 'EvoSTS is the default authorization endpoint and OAuth is on for every virtual directory',
  severity: 'HIGH',
  sources: ['exchangeOnPremises'],
  description:
    'Exactly one enabled "EvoSts - <GUID>" auth server (Get-AuthServer) is the default authorization endpoint, and OAuth is enabled on the ActiveSync, Autodiscover, WebServices, Mapi and OAB virtual directories of every server.',
  outcomes: {
    PASS: 'Exactly one enabled "EvoSts - <GUID>" auth server is the default authorization endpoint, and OAuth is on for the ActiveSync, Autodiscover, WebServices, Mapi and OAB virtual directories of every server.',
    FAIL: 'Something is missing: no EvoSts auth server, none (or more than one) as the default endpoint, a virtual directory not reported, or OAuth off on one; the evidence names each gap.',
    ERROR:
      'Get-AuthServer output or the virtual directory list is missing, or an entry lacks a key the check reads (a directory with neither OAuthAuthentication nor *AuthenticationMethods).',
  },
  rationale:
    'Seed article, Exchange on-premises workflow: Exchange answers the unauthenticated ActiveSync request with a 401 naming the Entra ID authorization endpoint (EvoSTS), and accepts the resulting token on Autodiscover and ActiveSync; without the EvoSTS auth server and OAuth on the virtual directories that flow breaks.',
  remediation:
    'Run the latest Hybrid Configuration Wizard, then in the Exchange Management Shell: Set-AuthServer -Identity "EvoSts - <GUID>" -IsDefaultAuthorizationEndpoint $true; for each server missing OAuth: Set-MapiVirtualDirectory -Identity "<server>\\mapi (Default Web Site)" -IISAuthenticationMethods Ntlm,Negotiate,OAuth; Set-WebServicesVirtualDirectory -Identity "<server>\\EWS (Default Web Site)" -OAuthAuthentication $true; Set-OABVirtualDirectory -Identity "<server>\\OAB (Default Web Site)" -OAuthAuthentication $true; Set-AutodiscoverVirtualDirectory -Identity "<server>\\Autodiscover (Default Web Site)" -OAuthAuthentication $true; Set-ActiveSyncVirtualDirectory -Identity "<server>\\Microsoft-Server-ActiveSync (Default Web Site)" -InternalAuthenticationMethods Basic,OAuth -ExternalAuthenticationMethods Basic,OAuth.',
  evaluate(view) {
    const onprem = onPremData(view);
    const servers = requireList(onprem.authServers, 'Get-AuthServer output');
    const dirs = requireList(onprem.virtualDirectories, 'the virtual directory list');
    const missing: string[] = [];

    const evo = servers
      .filter(
        (s) =>
          typeof requireKey(s, 'Name', 'an auth server') === 'string' &&
          lower(s.Name ?? '').startsWith('evosts'),
      )
      .map((s) => ({
        Name: s.Name ?? null,
        Enabled: requireKey(s, 'Enabled', `auth server "${s.Name}"`),
        IsDefaultAuthorizationEndpoint: requireKey(
          s,
          'IsDefaultAuthorizationEndpoint',
          `auth server "${s.Name}"`,
        ),
      }));
    const defaults = evo.filter(
      (s) => s.Enabled === true && s.IsDefaultAuthorizationEndpoint === true,
    );
    if (evo.length === 0)
      missing.push('no EvoSts auth server (run the Hybrid Configuration Wizard)');
    else if (defaults.length === 0)
      missing.push('no enabled EvoSts auth server is the default authorization endpoint');
    else if (defaults.length > 1) {
      missing.push(
        `${defaults.length} EvoSts auth servers are the default authorization endpoint; exactly one must be`,
      );
    }

    const byServer = new Map<string, Map<string, boolean>>();
    const serverNames = new Map<string, string>();
    for (const d of dirs) {
      const server = requireKey(d, 'Server', 'a virtual directory');
      const kind = requireKey(d, 'Kind', `a virtual directory on ${server}`);
      if (typeof server !== 'string' || typeof kind !== 'string') {
        throw new CannotVerify('a virtual directory has no Server or Kind');
      }
      const canonical = VDIR_KINDS.find((k) => lower(k) === lower(kind));
      if (!canonical) continue;
      const key = lower(server);
      if (!serverNames.has(key)) serverNames.set(key, server);
      const kinds = byServer.get(key) ?? new Map<string, boolean>();
      byServer.set(key, kinds);
      const on = oauthOn(d, `the ${canonical} virtual directory on ${server}`);
      kinds.set(canonical, (kinds.get(canonical) ?? true) && on);
    }
    if (byServer.size === 0) missing.push('no virtual directory is reported for any server');
    const vdirRows: Array<{ server: string; kind: string; oauth: boolean | null }> = [];
    for (const [key, kinds] of byServer) {
      const server = serverNames.get(key) ?? key;
      for (const kind of VDIR_KINDS) {
        const on = kinds.get(kind);
        vdirRows.push({ server, kind, oauth: on ?? null });
        if (on === undefined) missing.push(`${server}: no ${kind} virtual directory reported`);
        else if (!on) missing.push(`${server}: OAuth is off on the ${kind} virtual directory`);
      }
    }

    const evidence = {
      evoStsServers: evo,
      otherAuthServers: servers
        .filter((s) => !lower(s.Name ?? '').startsWith('evosts'))
        .map((s) => s.Name ?? null),
      virtualDirectories: vdirRows,
      missing,
    };
    if (missing.length === 0) {
      return {
        status: 'PASS',
        metric: 0,
        summary: `EvoSts "${defaults[0]?.Name}" is the default authorization endpoint and OAuth is on for all five virtual directories of ${plural(byServer.size, 'server')}.`,
        evidence,
      };
    }
    return {
      status: 'FAIL',
      metric: missing.length,
      summary: `Hybrid Modern Authentication is incomplete: ${missing.slice(0, 3).join('; ')}${missing.length > 3 ? ` (and ${missing.length - 3} more)` : ''}.`,
      evidence,
    };
  },
};
