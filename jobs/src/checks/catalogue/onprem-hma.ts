import type { CheckDefinition, VirtualDirectory } from '../types.js';
import {
  CannotVerify,
  entraData,
  lower,
  onPremData,
  requireKey,
  requireList,
  requireObject,
} from './shared.js';
import { checkMessages, type Message } from './messages.js';

const hmaEnabled = checkMessages('ONPREM.HMA.ENABLED', {
  pass: 'Hybrid Modern Authentication is enabled (OAuth2ClientProfileEnabled is true).',
  fail: 'Hybrid Modern Authentication is off (OAuth2ClientProfileEnabled is %{value}).',
});
const evoSts = checkMessages('ONPREM.HMA.EVOSTS', {
  pass: 'EvoSts "%{authServer}" is the default authorization endpoint and OAuth is on for the Mapi, WebServices, OAB, Autodiscover and ActiveSync directories of %{servers:plural:server:servers}.',
  warn: 'The required HMA set-up is complete, but %{gaps}.',
  fail: 'Hybrid Modern Authentication is incomplete: %{gaps}.',
  gaps: '%{list:join:; }',
  gaps_more: '%{list:join:; } (and %{more} more)',
  gap_no_evosts: 'no EvoSts auth server (run the Hybrid Configuration Wizard)',
  gap_no_default: 'no enabled EvoSts auth server is the default authorization endpoint',
  gap_many_defaults:
    '%{count} EvoSts auth servers are the default authorization endpoint; exactly one must be',
  gap_no_vdirs: 'no virtual directory is reported for any server',
  gap_vdir_missing: '%{server}: no %{kind} virtual directory reported',
  gap_vdir_oauth_off: '%{server}: OAuth is off on the %{kind} virtual directory',
});
const spn = checkMessages('ONPREM.HMA.SPN', {
  warn_no_hosts:
    'No ActiveSync or Autodiscover virtual directory has an external URL: nothing to register, and Outlook mobile cannot reach on-premises mailboxes through HMA.',
  pass: 'The Exchange Online service principal lists %{hosts:plural:external ActiveSync/Autodiscover host:external ActiveSync/Autodiscover hosts}.',
  fail: '%{count:plural:on-premises host is:on-premises hosts are} not a service principal name of Exchange Online (%{hosts}): Outlook mobile cannot get tokens for on-premises mailboxes.',
});
const build = checkMessages('ONPREM.SERVER.BUILD', {
  fail: '%{count:plural:server runs:servers run} Exchange 2010 or older, where Outlook mobile can only use Basic authentication: %{servers}.',
  warn: '%{count:plural:server runs:servers run} a version without on-premises authentication policies: %{servers}.',
  pass: 'All %{count:plural:server:servers} run Exchange 2019 or Subscription Edition (15.2).',
});

/**
 * "How to configure Exchange Server on-premises to use Hybrid Modern Authentication",
 * https://learn.microsoft.com/en-us/microsoft-365/enterprise/configure-exchange-server-for-hybrid-modern-authentication
 */
const HMA_DOC =
  '"How to configure Exchange Server on-premises to use Hybrid Modern Authentication" (https://learn.microsoft.com/en-us/microsoft-365/enterprise/configure-exchange-server-for-hybrid-modern-authentication)';
/**
 * "Using hybrid Modern Authentication with Outlook for iOS and Android",
 * https://learn.microsoft.com/en-us/exchange/clients/outlook-for-ios-and-android/use-hybrid-modern-auth
 */
const OUTLOOK_MOBILE_HMA_DOC =
  '"Using hybrid Modern Authentication with Outlook for iOS and Android" (https://learn.microsoft.com/en-us/exchange/clients/outlook-for-ios-and-android/use-hybrid-modern-auth)';

export const onPremHmaEnabled: CheckDefinition = {
  id: 'ONPREM.HMA.ENABLED',
  title: 'Hybrid Modern Authentication is enabled on Exchange on-premises',
  severity: 'CRITICAL',
  metricUnit: 'COUNT',
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
          ...hmaEnabled.say('pass'),
          evidence: { OAuth2ClientProfileEnabled: enabled },
        }
      : {
          status: 'FAIL',
          metric: null,
          ...hmaEnabled.say('fail', { value: String(enabled) }),
          evidence: { OAuth2ClientProfileEnabled: enabled },
        };
  },
};

/**
 * The four virtual directories Microsoft's HMA set-up page names ("Verify Virtual Directories are
 * Properly Configured": "If OAuth is missing from any server and any of the four virtual
 * directories, you need to add it"): MAPI, EWS, OAB, Autodiscover. ActiveSync is not on that
 * list; Exchange Online reaches on-premises ActiveSync for Outlook mobile, but we found no
 * Microsoft page saying its directory must list OAuth, so a gap there is only a WARN.
 */
const REQUIRED_KINDS = ['Mapi', 'WebServices', 'OAB', 'Autodiscover'] as const;
const VDIR_KINDS = [...REQUIRED_KINDS, 'ActiveSync'] as const;
type VdirKind = (typeof VDIR_KINDS)[number];
const METHOD_FIELDS = [
  'IISAuthenticationMethods',
  'InternalAuthenticationMethods',
  'ExternalAuthenticationMethods',
];

/** The Set-*VirtualDirectory command that turns OAuth on, for a real server. */
const ENABLE_OAUTH: Record<VdirKind, (server: string) => string> = {
  Mapi: (s) =>
    `Set-MapiVirtualDirectory -Identity "${s}\\mapi (Default Web Site)" -IISAuthenticationMethods Ntlm,Negotiate,OAuth`,
  WebServices: (s) =>
    `Set-WebServicesVirtualDirectory -Identity "${s}\\EWS (Default Web Site)" -OAuthAuthentication $true`,
  OAB: (s) =>
    `Set-OABVirtualDirectory -Identity "${s}\\OAB (Default Web Site)" -OAuthAuthentication $true`,
  Autodiscover: (s) =>
    `Set-AutodiscoverVirtualDirectory -Identity "${s}\\Autodiscover (Default Web Site)" -OAuthAuthentication $true`,
  ActiveSync: (s) =>
    `Set-ActiveSyncVirtualDirectory -Identity "${s}\\Microsoft-Server-ActiveSync (Default Web Site)" -InternalAuthenticationMethods Basic,OAuth -ExternalAuthenticationMethods Basic,OAuth`,
};

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
  title:
    'EvoSTS is the default authorization endpoint and OAuth is on for the HMA virtual directories',
  severity: 'HIGH',
  metricUnit: 'COUNT',
  sources: ['exchangeOnPremises'],
  description:
    'Exactly one enabled "EvoSts - <GUID>" auth server (Get-AuthServer) is the default authorization endpoint, and OAuth is enabled on the Mapi, WebServices (EWS), OAB and Autodiscover virtual directories of every server (the four Microsoft\'s HMA set-up page names); ActiveSync without OAuth is a warning.',
  outcomes: {
    PASS: 'Exactly one enabled "EvoSts - <GUID>" auth server is the default authorization endpoint, and OAuth is on for the Mapi, WebServices, OAB, Autodiscover and ActiveSync virtual directories of every server.',
    WARN: "EvoSTS and the four required directories are fine, but OAuth is off (or not reported) on a server's ActiveSync directory: Microsoft's pages do not state it as required, so this is not a failure.",
    FAIL: 'Something required is missing: no EvoSts auth server, none (or more than one) as the default endpoint, a Mapi, WebServices, OAB or Autodiscover directory not reported, or OAuth off on one; the evidence names each gap.',
    ERROR:
      'Get-AuthServer output or the virtual directory list is missing, or an entry lacks a key the check reads (a directory with neither OAuthAuthentication nor *AuthenticationMethods).',
  },
  rationale: `${HMA_DOC}: HMA needs the EvoSTS auth server as the default authorization endpoint ("Confirm the EvoSTS Auth Server Object is Present", "Enable HMA") and OAuth on "any of the four virtual directories" Outlook uses: MAPI, EWS, OAB and Autodiscover. ActiveSync is checked too, as a warning only: Exchange Online syncs on-premises mailboxes for Outlook mobile over ActiveSync (${OUTLOOK_MOBILE_HMA_DOC}), but we found no Microsoft statement that its directory must list OAuth.`,
  remediation:
    'Run the latest Hybrid Configuration Wizard, then in the Exchange Management Shell make the EvoSts auth server the default (Set-AuthServer -IsDefaultAuthorizationEndpoint $true on it) and turn OAuth on for each listed server and directory (Set-MapiVirtualDirectory -IISAuthenticationMethods Ntlm,Negotiate,OAuth; Set-WebServicesVirtualDirectory, Set-OABVirtualDirectory, Set-AutodiscoverVirtualDirectory -OAuthAuthentication $true; Set-ActiveSyncVirtualDirectory -InternalAuthenticationMethods Basic,OAuth -ExternalAuthenticationMethods Basic,OAuth). A failing result names the exact commands.',
  evaluate(view) {
    const onprem = onPremData(view);
    const servers = requireList(onprem.authServers, 'Get-AuthServer output');
    const dirs = requireList(onprem.virtualDirectories, 'the virtual directory list');
    const missing: string[] = [];
    const warnings: string[] = [];
    // The same gaps as messages, for the summary in the reader's language.
    const missingMessages: Message[] = [];
    const warningMessages: Message[] = [];
    const fixes: string[] = [];

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
    if (evo.length === 0) {
      missing.push('no EvoSts auth server (run the Hybrid Configuration Wizard)');
      missingMessages.push(evoSts.part('gap_no_evosts'));
      fixes.push('Run the latest Hybrid Configuration Wizard (it creates the EvoSts auth server)');
    } else if (defaults.length === 0) {
      missing.push('no enabled EvoSts auth server is the default authorization endpoint');
      missingMessages.push(evoSts.part('gap_no_default'));
      const name = evo[0]?.Name ?? 'EvoSts';
      fixes.push(
        `Set-AuthServer -Identity "${name}"${evo[0]?.Enabled === true ? '' : ' -Enabled $true'} -IsDefaultAuthorizationEndpoint $true`,
      );
    } else if (defaults.length > 1) {
      missing.push(
        `${defaults.length} EvoSts auth servers are the default authorization endpoint; exactly one must be`,
      );
      missingMessages.push(evoSts.part('gap_many_defaults', { count: defaults.length }));
      for (const extra of defaults.slice(1)) {
        fixes.push(
          `Set-AuthServer -Identity "${extra.Name ?? ''}" -IsDefaultAuthorizationEndpoint $false`,
        );
      }
    }

    const byServer = new Map<string, Map<VdirKind, boolean>>();
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
      const kinds = byServer.get(key) ?? new Map<VdirKind, boolean>();
      byServer.set(key, kinds);
      const on = oauthOn(d, `the ${canonical} virtual directory on ${server}`);
      kinds.set(canonical, (kinds.get(canonical) ?? true) && on);
    }
    if (byServer.size === 0) {
      missing.push('no virtual directory is reported for any server');
      missingMessages.push(evoSts.part('gap_no_vdirs'));
    }
    const vdirRows: Array<{
      server: string;
      kind: string;
      oauth: boolean | null;
      required: boolean;
    }> = [];
    for (const [key, kinds] of byServer) {
      const server = serverNames.get(key) ?? key;
      for (const kind of VDIR_KINDS) {
        const on = kinds.get(kind);
        const required = (REQUIRED_KINDS as readonly string[]).includes(kind);
        vdirRows.push({ server, kind, oauth: on ?? null, required });
        const gap =
          on === undefined
            ? `${server}: no ${kind} virtual directory reported`
            : !on
              ? `${server}: OAuth is off on the ${kind} virtual directory`
              : null;
        if (gap === null) continue;
        (required ? missing : warnings).push(gap);
        (required ? missingMessages : warningMessages).push(
          evoSts.part(on === undefined ? 'gap_vdir_missing' : 'gap_vdir_oauth_off', {
            server,
            kind,
          }),
        );
        if (on === false) fixes.push(ENABLE_OAUTH[kind](server));
      }
    }

    const evidence = {
      evoStsServers: evo,
      otherAuthServers: servers
        .filter((s) => !lower(s.Name ?? '').startsWith('evosts'))
        .map((s) => s.Name ?? null),
      virtualDirectories: vdirRows,
      missing,
      warnings,
    };
    const remediation =
      fixes.length > 0
        ? `In the on-premises Exchange Management Shell: ${fixes.join('; ')}`
        : undefined;
    if (missing.length === 0 && warnings.length === 0) {
      return {
        status: 'PASS',
        metric: 0,
        ...evoSts.say('pass', { authServer: String(defaults[0]?.Name), servers: byServer.size }),
        evidence,
      };
    }
    const gaps = missing.length > 0 ? missing : warnings;
    const gapMessages = missing.length > 0 ? missingMessages : warningMessages;
    const list = evoSts.part('gaps', { list: gapMessages.slice(0, 3) });
    const listed =
      gaps.length > 3
        ? evoSts.part('gaps_more', { list: gapMessages.slice(0, 3), more: gaps.length - 3 })
        : list;
    if (missing.length === 0) {
      return {
        status: 'WARN',
        metric: warnings.length,
        ...evoSts.say('warn', { gaps: listed }),
        evidence,
        ...(remediation ? { remediation } : {}),
      };
    }
    return {
      status: 'FAIL',
      metric: missing.length,
      ...evoSts.say('fail', { gaps: listed }),
      evidence,
      ...(remediation ? { remediation } : {}),
    };
  },
};

/** Office 365 Exchange Online's application id (the HMA set-up page's Get-MsolServicePrincipal). */
export const EXCHANGE_ONLINE_APP_ID = '00000002-0000-0ff1-ce00-000000000000';

function urlHost(url: string): string | null {
  try {
    return lower(new URL(url).host);
  } catch {
    return null;
  }
}

export const onPremHmaSpn: CheckDefinition = {
  id: 'ONPREM.HMA.SPN',
  title: 'The on-premises ActiveSync and Autodiscover URLs are registered on Exchange Online',
  severity: 'HIGH',
  metricUnit: 'COUNT',
  sources: ['exchangeOnPremises', 'entra'],
  description:
    'The Exchange Online service principal (appId 00000002-0000-0ff1-ce00-000000000000) lists, among its servicePrincipalNames, an https:// name for the host of every on-premises ActiveSync and Autodiscover external URL (ExternalUrl of Get-ActiveSyncVirtualDirectory and Get-AutodiscoverVirtualDirectory).',
  outcomes: {
    PASS: "Every external ActiveSync and Autodiscover host is among the Exchange Online service principal's servicePrincipalNames.",
    WARN: 'No ActiveSync or Autodiscover virtual directory has an ExternalUrl, so there is nothing to register (and Outlook mobile cannot reach on-premises through HMA).',
    FAIL: 'At least one external ActiveSync or Autodiscover host is missing from servicePrincipalNames; the evidence lists each URL and whether it is registered.',
    ERROR:
      'The virtual directory list or the Exchange Online service principal is missing from the snapshot, or a directory lacks ExternalUrl, or the service principal lacks servicePrincipalNames.',
  },
  rationale: `${HMA_DOC}, "Add on-premises web service URLs as SPNs in Azure AD": the on-premises URLs clients connect to (MAPI/HTTP, EWS, ActiveSync, OAB, Autodiscover) must be service principal names of the Exchange Online application 00000002-0000-0ff1-ce00-000000000000, or Entra ID will not issue tokens for them. ${OUTLOOK_MOBILE_HMA_DOC}: Outlook for iOS and Android reaches on-premises mailboxes through Exchange Online, which uses the Autodiscover and ActiveSync external URLs, so those are the names this check requires.`,
  remediation:
    'With Microsoft Graph PowerShell: $sp = Get-MgServicePrincipal -Filter "appId eq \'00000002-0000-0ff1-ce00-000000000000\'"; Update-MgServicePrincipal -ServicePrincipalId $sp.Id -ServicePrincipalNames with the https:// name of each external ActiveSync and Autodiscover host added to $sp.ServicePrincipalNames. A failing result names the exact hosts.',
  evaluate(view) {
    const dirs = requireList(onPremData(view).virtualDirectories, 'the virtual directory list');
    const sp = entraData(view).exchangeServicePrincipal;
    if (!sp) {
      throw new CannotVerify(
        "the Exchange Online service principal (GET /servicePrincipals(appId='00000002-0000-0ff1-ce00-000000000000'), Application.Read.All) is missing from the snapshot",
      );
    }
    const names = requireKey(sp, 'servicePrincipalNames', 'the Exchange Online service principal');
    const registered = new Set(
      (names ?? [])
        .filter((n) => /^https:\/\//i.test(n))
        .map(urlHost)
        .filter((h): h is string => h !== null),
    );
    const urls = new Map<string, { url: string; kinds: Set<string>; servers: Set<string> }>();
    for (const d of dirs) {
      if (d.Kind !== 'ActiveSync' && d.Kind !== 'Autodiscover') continue;
      const external = requireKey(
        d,
        'ExternalUrl',
        `the ${d.Kind} virtual directory on ${d.Server}`,
      );
      if (!external || external.trim() === '') continue;
      const host = urlHost(external);
      if (host === null) {
        throw new CannotVerify(
          `the ${d.Kind} ExternalUrl on ${d.Server} is not a URL: ${external}`,
        );
      }
      const entry = urls.get(host) ?? { url: external, kinds: new Set(), servers: new Set() };
      entry.kinds.add(d.Kind);
      entry.servers.add(d.Server);
      urls.set(host, entry);
    }
    const rows = [...urls].map(([host, e]) => ({
      host,
      externalUrl: e.url,
      kinds: [...e.kinds].sort(),
      servers: [...e.servers].sort(),
      registered: registered.has(host),
    }));
    const missingHosts = rows.filter((r) => !r.registered).map((r) => r.host);
    const evidence = {
      servicePrincipal: {
        id: sp.id ?? null,
        appId: sp.appId ?? null,
        displayName: sp.displayName ?? null,
      },
      httpsNames: [...registered].sort(),
      externalUrls: rows,
      missingHosts,
    };
    if (rows.length === 0) {
      return {
        status: 'WARN',
        metric: 0,
        ...spn.say('warn_no_hosts'),
        evidence,
      };
    }
    if (missingHosts.length === 0) {
      return {
        status: 'PASS',
        metric: 0,
        ...spn.say('pass', { hosts: rows.length }),
        evidence,
      };
    }
    const spRef = sp.id
      ? `-ServicePrincipalId ${sp.id}`
      : `-ServicePrincipalId (Get-MgServicePrincipal -Filter "appId eq '${EXCHANGE_ONLINE_APP_ID}'").Id`;
    const add = missingHosts.map((h) => `"https://${h}/"`).join(', ');
    return {
      status: 'FAIL',
      metric: missingHosts.length,
      ...spn.say('fail', { count: missingHosts.length, hosts: missingHosts }),
      evidence,
      remediation: `With Microsoft Graph PowerShell: $names = (Get-MgServicePrincipal ${spRef}).ServicePrincipalNames + @(${add}); Update-MgServicePrincipal ${spRef} -ServicePrincipalNames $names`,
    };
  },
};

/** "Version 15.2 (Build 1544.4)" → [15, 2, 1544, 4]. */
export function parseExchangeVersion(text: string): [number, number, number, number] | null {
  const m = /Version\s+(\d+)\.(\d+)\s*\(Build\s+(\d+)\.(\d+)\)/i.exec(text);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])] : null;
}

const PRODUCT: Record<string, string> = {
  '14': 'Exchange 2010',
  '15.0': 'Exchange 2013',
  '15.1': 'Exchange 2016',
  '15.2': 'Exchange 2019 or Subscription Edition',
};

export const onPremServerBuild: CheckDefinition = {
  id: 'ONPREM.SERVER.BUILD',
  title:
    'Exchange servers run a version that supports HMA for Outlook mobile and authentication policies',
  severity: 'MEDIUM',
  metricUnit: 'COUNT',
  sources: ['exchangeOnPremises'],
  description:
    'Every server from Get-ExchangeServer reports an AdminDisplayVersion of 15.2 (Exchange 2019 or Subscription Edition): HMA for Outlook mobile needs 15.x (Exchange 2013 or later), and on-premises authentication policies that block legacy authentication exist only in Exchange 2019. No minimum cumulative update is judged: we found no Microsoft page naming one for these features.',
  outcomes: {
    PASS: 'Every server reports Version 15.2 (Exchange 2019 or Subscription Edition).',
    WARN: 'Some server runs Exchange 2013 or 2016 (15.0 or 15.1): HMA for Outlook mobile works, but on-premises authentication policies (BlockLegacyAuth*) do not exist there.',
    FAIL: 'Some server runs Exchange 2010 or older (below 15): Outlook for iOS and Android can only use Basic authentication with it.',
    ERROR:
      'Get-ExchangeServer output is missing or empty, or a server lacks Name or a readable AdminDisplayVersion.',
  },
  rationale:
    '"Outlook for iOS and Android" (https://learn.microsoft.com/en-us/exchange/clients/outlook-for-ios-and-android/outlook-for-ios-and-android): Outlook for iOS and Android uses Basic authentication in Exchange Server 2010 environments; hybrid Modern Authentication is for Exchange Server 2013, 2016 and 2019. "New-AuthenticationPolicy" (https://learn.microsoft.com/powershell/module/exchange/new-authenticationpolicy): the on-premises policies that block legacy authentication (BlockLegacyAuth*) are Exchange 2019 features. We found no Microsoft page naming a minimum cumulative update for either, so the check judges the major version only.',
  remediation:
    'Upgrade the listed servers to Exchange Server Subscription Edition (or Exchange 2019 on its latest cumulative update) and re-run the Hybrid Configuration Wizard.',
  evaluate(view) {
    const servers = requireList(onPremData(view).exchangeServers, 'Get-ExchangeServer output');
    if (servers.length === 0) throw new CannotVerify('Get-ExchangeServer returned no server');
    const rows = servers.map((s) => {
      const name = requireKey(s, 'Name', 'an Exchange server');
      const text = requireKey(s, 'AdminDisplayVersion', `Exchange server ${name}`);
      const v = typeof text === 'string' ? parseExchangeVersion(text) : null;
      if (!v) {
        throw new CannotVerify(
          `Exchange server ${name} has an unreadable AdminDisplayVersion: ${JSON.stringify(text)}`,
        );
      }
      const [major, minor] = v;
      const product =
        PRODUCT[major >= 15 ? `${major}.${minor}` : String(major)] ?? `Exchange ${major}.${minor}`;
      const verdict: 'PASS' | 'WARN' | 'FAIL' =
        major < 15 ? 'FAIL' : major === 15 && minor < 2 ? 'WARN' : 'PASS';
      return { server: name, AdminDisplayVersion: text, version: v.join('.'), product, verdict };
    });
    const fail = rows.filter((r) => r.verdict === 'FAIL');
    const warn = rows.filter((r) => r.verdict === 'WARN');
    const evidence = { servers: rows };
    const names = (list: typeof rows) => list.map((r) => `${r.server} (${r.product})`);
    const upgrade = (list: typeof rows) =>
      `Upgrade ${list.map((r) => r.server).join(', ')} to Exchange Server Subscription Edition (or Exchange 2019 on its latest cumulative update), then re-run the Hybrid Configuration Wizard.`;
    if (fail.length > 0) {
      return {
        status: 'FAIL',
        metric: fail.length,
        ...build.say('fail', { count: fail.length, servers: names(fail) }),
        evidence,
        remediation: upgrade([...fail, ...warn]),
      };
    }
    if (warn.length > 0) {
      return {
        status: 'WARN',
        metric: warn.length,
        ...build.say('warn', { count: warn.length, servers: names(warn) }),
        evidence,
        remediation: upgrade(warn),
      };
    }
    return {
      status: 'PASS',
      metric: 0,
      ...build.say('pass', { count: rows.length }),
      evidence,
    };
  },
};
