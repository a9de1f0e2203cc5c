import { onPremObjectGuid } from '../scenario/anchors.js';
import {
  onPremDefaultPolicy,
  onPremUserPolicy,
  ONPREM_BLOCK_POLICY,
} from '../scenario/assignments.js';
import {
  defaultAccessLevel,
  deviceAccess,
  individuallyAllowedDevice,
  onPremDevices,
  OUTLOOK_BASIC_BLOCK_RULE,
  OUTLOOK_SERVICE_RULE,
  type MobileDeviceRecord,
} from '../scenario/devices.js';
import { COUNTRY_NAMES } from '../scenario/catalog.js';
import { exchangeDate } from '../scenario/format.js';
import { rngFor, stableGuid } from '../scenario/prng.js';
import type { ScenarioTenant, ScenarioUser } from '../scenario/tenant.js';
import { isActive, type DayState } from '../scenario/timeline.js';
import {
  byIdentity,
  CmdletError,
  lazyList,
  listOf,
  type CmdletContext,
  type CmdletDefinition,
  type CmdletObject,
} from './cmdlet.js';
import {
  adDn,
  adDomain,
  adObject,
  changedOn,
  CONFIGURED,
  CREATED_LONG_AGO,
  onPremSite,
  type ExchangeSite,
} from './objects.js';

/**
 * The customer's Exchange Server 2019 (docs/domain.md sections 3 and 4). It is not reachable from
 * outside, as in real life: nothing serves these cmdlets over HTTP. The on-premises collector
 * runs them in-process, as a script on a management host would.
 */
const LEGACY_PROTOCOLS = [
  'ActiveSync',
  'Autodiscover',
  'Imap',
  'Mapi',
  'OfflineAddressBook',
  'Pop',
  'Rpc',
  'WebServices',
] as const;
const SERVERS = ['EX01', 'EX02'] as const;
type VirtualDirectoryKind = 'ActiveSync' | 'Autodiscover' | 'WebServices' | 'Mapi' | 'OAB';

function userName(u: ScenarioUser): string {
  const suffix = /(\d+)$/.exec(u.mailNickname)?.[1];
  return suffix ? `${u.displayName} ${suffix}` : u.displayName;
}

function userIdentity(t: ScenarioTenant, u: ScenarioUser): string {
  return `${adDomain(t)}/Users/${userName(u)}`;
}

function onPremUser(site: ExchangeSite, u: ScenarioUser, state: DayState): CmdletObject {
  const t = site.tenant;
  const r = rngFor(t.seed, 'onprem-user', u.index);
  const onPrem = u.mailbox === 'onPremises';
  const name = userName(u);
  return {
    IsSecurityPrincipal: true,
    SamAccountName: u.mailNickname.slice(0, 20),
    Sid: `S-1-5-21-1004336348-1177238915-682003330-${1100 + u.index}`,
    SidHistory: [],
    UserPrincipalName: u.userPrincipalName,
    ResetPasswordOnNextLogon: false,
    CertificateSubject: [],
    RemotePowerShellEnabled: true,
    OrganizationalUnit: `${adDomain(t)}/Users`,
    IsLinked: false,
    LinkedMasterAccount: '',
    AuthenticationPolicy: onPremUserPolicy(u, state),
    AccountDisabled: false,
    City: u.city,
    Company: t.naming.name,
    CountryOrRegion: COUNTRY_NAMES[u.country] ?? null,
    Department: u.department ?? '',
    DisplayName: u.displayName,
    FirstName: u.givenName ?? '',
    LastName: u.surname ?? '',
    Manager: null,
    Office: u.officeLocation ?? '',
    Phone: `+81 3 ${r.between(1000, 9999)} ${r.between(1000, 9999)}`,
    RecipientType: onPrem ? 'UserMailbox' : 'MailUser',
    RecipientTypeDetails: onPrem ? 'UserMailbox' : 'RemoteUserMailbox',
    Title: u.jobTitle ?? '',
    WindowsEmailAddress: u.mail ?? '',
    ...adObject(site, {
      name,
      dn: `CN=${name},CN=Users,${adDn(t)}`,
      identity: userIdentity(t, u),
      guid: onPremObjectGuid(t.seed, u.index),
      objectCategory: `${adDomain(t)}/Configuration/Schema/Person`,
      objectClass: ['top', 'person', 'organizationalPerson', 'user'],
      whenCreated: Date.parse(u.createdDateTime),
      whenChanged: Date.parse(u.createdDateTime) + 86_400_000,
    }),
  };
}

function organizationConfig(site: ExchangeSite, state: DayState): CmdletObject {
  const t = site.tenant;
  const hmaOff = state.regressions.get('hmaDisabled');
  return {
    DefaultAuthenticationPolicy: onPremDefaultPolicy(state),
    OAuth2ClientProfileEnabled: hmaOff === undefined,
    AdminDisplayVersion: 'Version 15.2 (Build 1544.4)',
    ActivityBasedAuthenticationTimeoutEnabled: true,
    ActivityBasedAuthenticationTimeoutInterval: '06:00:00',
    CustomerFeedbackEnabled: null,
    EwsAllowList: null,
    EwsApplicationAccessPolicy: null,
    EwsEnabled: null,
    Industry: 'NotSpecified',
    IsMixedMode: false,
    MapiHttpEnabled: true,
    MitigationsEnabled: true,
    PublicFoldersEnabled: 'Local',
    SmtpActionableMessagesEnabled: true,
    ...adObject(site, {
      name: t.naming.name,
      dn: site.configDn,
      identity: t.naming.name,
      guid: stableGuid(t.seed, 'onprem-org'),
      objectCategory: `${adDomain(t)}/Configuration/Schema/ms-Exch-Organization-Container`,
      objectClass: ['top', 'container', 'msExchOrganizationContainer'],
      whenCreated: CREATED_LONG_AGO,
      whenChanged: changedOn(
        t,
        hmaOff ?? (state.orgDefault ? t.timeline.plan.orgDefaultDay : undefined),
        CONFIGURED,
      ),
    }),
  };
}

function authenticationPolicies(site: ExchangeSite, state: DayState): CmdletObject[] {
  const t = site.tenant;
  const weakened = state.regressions.get('onPremPolicyAllowsLegacy');
  const name = ONPREM_BLOCK_POLICY;
  return [
    {
      ...Object.fromEntries(
        LEGACY_PROTOCOLS.map((p) => [
          `BlockLegacyAuth${p}`,
          !(p === 'ActiveSync' && weakened !== undefined),
        ]),
      ),
      ...Object.fromEntries(LEGACY_PROTOCOLS.map((p) => [`BlockModernAuth${p}`, false])),
      ...adObject(site, {
        name,
        dn: `CN=${name},CN=Auth Policies,${site.configDn}`,
        identity: name,
        guid: stableGuid(t.seed, 'onprem-auth-policy'),
        objectCategory: `${adDomain(t)}/Configuration/Schema/ms-Exch-Auth-Policy`,
        objectClass: ['top', 'msExchAuthPolicy'],
        whenCreated: CONFIGURED,
        whenChanged: changedOn(t, weakened, CONFIGURED),
      }),
    },
  ];
}

function activeSyncSettings(site: ExchangeSite, state: DayState): CmdletObject {
  const t = site.tenant;
  const allowAgain = state.regressions.get('onPremDefaultAccessAllow');
  return {
    DefaultAccessLevel: defaultAccessLevel(state),
    UserMailInsert: '',
    AllowAccessForUnSupportedPlatform: false,
    AdminMailRecipients: [],
    OtaNotificationMailInsert: '',
    DeviceFiltering: null,
    AllowRMSSupportForUnenlightenedApps: false,
    IsIntuneManaged: false,
    HasAzurePremiumSubscription: false,
    ...adObject(site, {
      name: 'Mobile Mailbox Settings',
      dn: `CN=Mobile Mailbox Settings,${site.configDn}`,
      identity: 'Mobile Mailbox Settings',
      guid: stableGuid(t.seed, 'onprem-eas-settings'),
      objectCategory: `${adDomain(t)}/Configuration/Schema/ms-Exch-Mobile-Mailbox-Settings`,
      objectClass: ['top', 'msExchMobileMailboxSettings'],
      whenCreated: CREATED_LONG_AGO,
      whenChanged: changedOn(
        t,
        allowAgain ?? (state.onPremHardened ? t.timeline.plan.pilotDay : undefined),
        CONFIGURED,
      ),
    }),
  };
}

function accessRules(site: ExchangeSite, state: DayState): CmdletObject[] {
  const t = site.tenant;
  const rule = (
    name: string,
    queryString: string,
    characteristic: string,
    accessLevel: string,
    created: number,
  ): CmdletObject => ({
    QueryString: queryString,
    Characteristic: characteristic,
    AccessLevel: accessLevel,
    ...adObject(site, {
      name,
      dn: `CN=${name},CN=Mobile Mailbox Settings,${site.configDn}`,
      identity: name,
      guid: stableGuid(t.seed, 'onprem-rule', name),
      objectCategory: `${adDomain(t)}/Configuration/Schema/ms-Exch-Device-Access-Rule`,
      objectClass: ['top', 'msExchDeviceAccessRule'],
      whenCreated: created,
      whenChanged: created,
    }),
  });
  const rules: CmdletObject[] = [];
  if (!isActive(state, 'outlookServiceRuleDeleted'))
    rules.push(rule(OUTLOOK_SERVICE_RULE, 'OutlookService', 'DeviceType', 'Allow', CONFIGURED));
  if (state.onPremHardened) {
    rules.push(
      rule(
        OUTLOOK_BASIC_BLOCK_RULE,
        'Outlook for iOS and Android',
        'DeviceModel',
        'Block',
        t.timeline.realTimeOfDay(t.timeline.plan.pilotDay),
      ),
    );
  }
  return rules;
}

function deviceIdentity(t: ScenarioTenant, d: MobileDeviceRecord): string {
  return `${userIdentity(t, t.user(d.userIndex))}\\ExchangeActiveSyncDevices\\${d.deviceType}§${d.deviceId}`;
}

function mobileDevice(site: ExchangeSite, d: MobileDeviceRecord, ctx: CmdletContext): CmdletObject {
  const t = site.tenant;
  const u = t.user(d.userIndex);
  const access = deviceAccess(t, d, ctx.state, ctx.now);
  const name = `${d.deviceType}§${d.deviceId}`;
  return {
    FriendlyName: d.friendlyName,
    DeviceId: d.deviceId,
    DeviceImei: d.imei,
    DeviceMobileOperator: d.mobileOperator,
    DeviceOS: d.deviceOS,
    DeviceOSLanguage: d.osLanguage,
    DeviceTelephoneNumber: '',
    DeviceType: d.deviceType,
    DeviceUserAgent: d.userAgent,
    DeviceModel: d.deviceModel,
    FirstSyncTime: exchangeDate(d.firstSyncTime),
    UserDisplayName: userIdentity(t, u),
    DeviceAccessState: access.state,
    DeviceAccessStateReason: access.reason,
    DeviceAccessControlRule: access.rule,
    ClientVersion: d.activeSyncVersion,
    ClientType: 'EAS',
    IsManaged: false,
    IsCompliant: false,
    IsDisabled: false,
    DeviceActiveSyncVersion: d.activeSyncVersion,
    ProvisioningFlags: 0,
    ...adObject(site, {
      name,
      dn: `CN=${name},CN=ExchangeActiveSyncDevices,CN=${userName(u)},CN=Users,${adDn(t)}`,
      identity: deviceIdentity(t, d),
      guid: d.guid,
      objectCategory: `${adDomain(t)}/Configuration/Schema/ms-Exch-Active-Sync-Device`,
      objectClass: ['top', 'msExchActiveSyncDevice'],
      whenCreated: d.firstSyncTime,
      whenChanged: Math.min(ctx.now, access.lastSuccessSync),
    }),
  };
}

function deviceStatistics(
  site: ExchangeSite,
  d: MobileDeviceRecord,
  ctx: CmdletContext,
): CmdletObject {
  const t = site.tenant;
  const access = deviceAccess(t, d, ctx.state, ctx.now);
  const allowed = access.state === 'Allowed';
  return {
    FirstSyncTime: exchangeDate(d.firstSyncTime),
    LastPolicyUpdateTime: exchangeDate(
      Math.min(access.lastSuccessSync, d.firstSyncTime + 86_400_000 * 7),
    ),
    LastSyncAttemptTime: exchangeDate(access.lastSyncAttemptTime),
    LastSuccessSync: exchangeDate(access.lastSuccessSync),
    DeviceType: d.deviceType,
    DeviceID: d.deviceId,
    DeviceUserAgent: d.userAgent,
    DeviceWipeSentTime: null,
    DeviceWipeRequestTime: null,
    DeviceWipeAckTime: null,
    AccountOnlyDeviceWipeSentTime: null,
    AccountOnlyDeviceWipeRequestTime: null,
    AccountOnlyDeviceWipeAckTime: null,
    LastPingHeartbeat: 1680,
    RecoveryPassword: '********',
    DeviceModel: d.deviceModel,
    DeviceImei: d.imei,
    DeviceFriendlyName: d.friendlyName,
    DeviceOS: d.deviceOS,
    DeviceOSLanguage: d.osLanguage,
    DevicePhoneNumber: '',
    MailboxLogReport: null,
    DeviceEnableOutboundSMS: false,
    DeviceMobileOperator: d.mobileOperator,
    Identity: deviceIdentity(t, d),
    Guid: d.guid,
    IsRemoteWipeSupported: d.kind !== 'outlookService',
    // [U] Status member names beyond DeviceOk.
    Status: allowed ? 'DeviceOk' : 'DeviceBlocked',
    StatusNote: '',
    DeviceAccessState: access.state,
    DeviceAccessStateReason: access.reason,
    DeviceAccessControlRule: access.rule,
    DevicePolicyApplied: 'Default',
    DevicePolicyApplicationStatus: allowed ? 'AppliedInFull' : 'NotApplied',
    LastDeviceWipeRequestor: null,
    LastAccountOnlyDeviceWipeRequestor: null,
    ClientVersion: d.activeSyncVersion,
    NumberOfFoldersSynced: allowed ? 3 : 0,
    SyncStateUpgradeTime: null,
    ClientType: 'EAS',
    IsValid: true,
    ObjectState: 'Unchanged',
  };
}

function authServers(site: ExchangeSite): CmdletObject[] {
  const t = site.tenant;
  const tid = t.tenantId;
  const server = (name: string, fields: CmdletObject): CmdletObject => ({
    ...fields,
    ...adObject(site, {
      name,
      dn: `CN=${name},CN=Auth Servers,CN=Auth Configuration,${site.configDn}`,
      identity: name,
      guid: stableGuid(t.seed, 'auth-server', name),
      objectCategory: `${adDomain(t)}/Configuration/Schema/ms-Exch-Auth-Auth-Server`,
      objectClass: ['top', 'msExchAuthAuthServer'],
      whenCreated: CONFIGURED,
      whenChanged: CONFIGURED,
    }),
  });
  return [
    server('WindowsAzureACS', {
      Type: 'MicrosoftACS',
      Enabled: true,
      IsDefaultAuthorizationEndpoint: false,
      AuthMetadataUrl: `https://accounts.accesscontrol.windows.net/${t.naming.initialDomain}/metadata/json/1`,
      Realm: tid,
      IssuerIdentifier: '00000001-0000-0000-c000-000000000000',
      TokenIssuingEndpoint: `https://accounts.accesscontrol.windows.net/${tid}/tokens/OAuth/2`,
      AuthorizationEndpoint: null,
      ApplicationIdentifier: null,
      CertificateStrings: [],
      DomainName: [],
      TrustAnySSLCertificate: false,
    }),
    server(`EvoSts - ${tid}`, {
      Type: 'AzureAD',
      Enabled: true,
      IsDefaultAuthorizationEndpoint: true,
      AuthMetadataUrl: `https://login.windows.net/${t.naming.initialDomain}/federationmetadata/2007-06/federationmetadata.xml`,
      Realm: '',
      IssuerIdentifier: `https://sts.windows.net/${tid}/`,
      TokenIssuingEndpoint: `https://login.windows.net/${tid}/oauth2/token`,
      AuthorizationEndpoint: 'https://login.windows.net/common/oauth2/authorize',
      ApplicationIdentifier: '00000002-0000-0ff1-ce00-000000000000',
      CertificateStrings: [],
      DomainName: [t.naming.domain],
      TrustAnySSLCertificate: false,
    }),
  ];
}

const VDIRS: Readonly<
  Record<VirtualDirectoryKind, { cmdlet: string; name: string; path: string }>
> = {
  ActiveSync: {
    cmdlet: 'Get-ActiveSyncVirtualDirectory',
    name: 'Microsoft-Server-ActiveSync (Default Web Site)',
    path: '/Microsoft-Server-ActiveSync',
  },
  Autodiscover: {
    cmdlet: 'Get-AutodiscoverVirtualDirectory',
    name: 'Autodiscover (Default Web Site)',
    path: '/Autodiscover/Autodiscover.xml',
  },
  WebServices: {
    cmdlet: 'Get-WebServicesVirtualDirectory',
    name: 'EWS (Default Web Site)',
    path: '/EWS/Exchange.asmx',
  },
  Mapi: { cmdlet: 'Get-MapiVirtualDirectory', name: 'mapi (Default Web Site)', path: '/mapi' },
  OAB: { cmdlet: 'Get-OabVirtualDirectory', name: 'OAB (Default Web Site)', path: '/OAB' },
};

/** Virtual directory objects; EX02's MAPI directory lacks OAuth until the pilot day (a finding to fix). */
function virtualDirectories(
  site: ExchangeSite,
  kind: VirtualDirectoryKind,
  state: DayState,
): CmdletObject[] {
  const t = site.tenant;
  const v = VDIRS[kind];
  const host =
    kind === 'Autodiscover' ? `autodiscover.${t.naming.domain}` : `mail.${t.naming.domain}`;
  return SERVERS.map((server) => {
    const oauth = !(kind === 'Mapi' && server === 'EX02' && !state.onPremHardened);
    const methods =
      kind === 'ActiveSync'
        ? ['Basic', ...(oauth ? ['OAuth'] : [])]
        : kind === 'Mapi'
          ? ['Ntlm', ...(oauth ? ['OAuth'] : []), 'Negotiate']
          : kind === 'OAB'
            ? ['WindowsIntegrated', ...(oauth ? ['OAuth'] : [])]
            : ['Basic', 'Ntlm', 'WindowsIntegrated', 'WSSecurity', ...(oauth ? ['OAuth'] : [])];
    const specific: CmdletObject =
      kind === 'ActiveSync'
        ? {
            BasicAuthEnabled: true,
            WindowsAuthEnabled: false,
            ClientCertAuth: 'Ignore',
            ActiveSyncServer: `https://mail.${t.naming.domain}/Microsoft-Server-ActiveSync`,
          }
        : kind === 'Mapi'
          ? { IISAuthenticationMethods: methods }
          : {
              BasicAuthentication: methods.includes('Basic'),
              WindowsAuthentication: true,
              DigestAuthentication: false,
              WSSecurityAuthentication: kind !== 'OAB',
              OAuthAuthentication: oauth,
            };
    const fqdn = `${server}.${adDomain(t)}`;
    return {
      Server: server,
      InternalUrl: `https://${host}${v.path}`,
      ExternalUrl: `https://${host}${v.path}`,
      InternalAuthenticationMethods: methods,
      ExternalAuthenticationMethods: methods,
      ...specific,
      MetabasePath: `IIS://${fqdn}/W3SVC/1/ROOT/${v.path.split('/')[1] ?? ''}`,
      Path: `C:\\Program Files\\Microsoft\\Exchange Server\\V15\\FrontEnd\\HttpProxy\\${(v.path.split('/')[1] ?? '').toLowerCase()}`,
      ...adObject(site, {
        name: v.name,
        dn: `CN=${v.name},CN=HTTP,CN=Protocols,CN=${server},CN=Servers,CN=Exchange Administrative Group (FYDIBOHF23SPDLT),CN=Administrative Groups,${site.configDn}`,
        identity: `${server}\\${v.name}`,
        guid: stableGuid(t.seed, 'vdir', kind, server),
        objectCategory: `${adDomain(t)}/Configuration/Schema/ms-Exch-Virtual-Directory`,
        objectClass: ['top', 'msExchVirtualDirectory'],
        whenCreated: CREATED_LONG_AGO,
        whenChanged:
          oauth && kind === 'Mapi' && server === 'EX02'
            ? t.timeline.realTimeOfDay(t.timeline.plan.pilotDay)
            : CONFIGURED,
      }),
    };
  });
}

/**
 * Get-ExchangeServer. Before the pilot day EX02 still runs Exchange 2016 (15.1), so
 * ONPREM.SERVER.BUILD warns; on the pilot day it is upgraded to the build EX01 runs.
 */
function exchangeServers(site: ExchangeSite, state: DayState): CmdletObject[] {
  const t = site.tenant;
  return SERVERS.map((server) => {
    const legacy = server === 'EX02' && !state.onPremHardened;
    const fqdn = `${server}.${adDomain(t)}`;
    return {
      Name: server,
      Fqdn: fqdn,
      Edition: 'StandardEvaluation',
      AdminDisplayVersion: legacy ? 'Version 15.1 (Build 2507.6)' : 'Version 15.2 (Build 1544.4)',
      ExchangeVersion: '0.1 (8.0.535.0)',
      ServerRole: 'Mailbox',
      Site: `${adDomain(t)}/Configuration/Sites/Default-First-Site-Name`,
      IsHubTransportServer: true,
      IsClientAccessServer: true,
      IsMailboxServer: true,
      IsEdgeServer: false,
      ...adObject(site, {
        name: server,
        dn: `CN=${server},CN=Servers,CN=Exchange Administrative Group (FYDIBOHF23SPDLT),CN=Administrative Groups,${site.configDn}`,
        identity: server,
        guid: stableGuid(t.seed, 'exchange-server', server),
        objectCategory: `${adDomain(t)}/Configuration/Schema/ms-Exch-Exchange-Server`,
        objectClass: ['top', 'server', 'msExchExchangeServer'],
        whenCreated: CREATED_LONG_AGO,
        whenChanged: legacy ? CONFIGURED : t.timeline.realTimeOfDay(t.timeline.plan.pilotDay),
      }),
    };
  });
}

/**
 * On-premises Get-CASMailbox for an on-premises mailbox: ActiveSync on, and the device the
 * 'deviceAllowedIndividually' regression exempts listed in ActiveSyncAllowedDeviceIDs.
 */
function onPremCasMailbox(site: ExchangeSite, u: ScenarioUser, state: DayState): CmdletObject {
  const t = site.tenant;
  const exempt = isActive(state, 'deviceAllowedIndividually')
    ? onPremDevices(t).find(
        (d) => d.userIndex === u.index && d.deviceId === individuallyAllowedDevice(t),
      )
    : undefined;
  return {
    UserPrincipalName: u.userPrincipalName,
    PrimarySmtpAddress: u.mail ?? u.userPrincipalName,
    DisplayName: u.displayName,
    ActiveSyncEnabled: true,
    ActiveSyncAllowedDeviceIDs: exempt ? [exempt.deviceId] : [],
    ActiveSyncBlockedDeviceIDs: [],
    ActiveSyncMailboxPolicy: 'Default',
    ActiveSyncDebugLogging: false,
    HasActiveSyncDevicePartnership: onPremDevices(t).some((d) => d.userIndex === u.index),
    OWAEnabled: true,
    PopEnabled: false,
    ImapEnabled: false,
    MAPIEnabled: true,
    EwsEnabled: true,
    ...adObject(site, {
      name: userName(u),
      dn: `CN=${userName(u)},CN=Users,${adDn(t)}`,
      identity: userIdentity(t, u),
      guid: stableGuid(t.seed, 'onprem-user', u.index),
      objectCategory: `${adDomain(t)}/Configuration/Schema/Person`,
      objectClass: ['top', 'person', 'organizationalPerson', 'user'],
      whenCreated: Date.parse(u.createdDateTime),
      whenChanged: Date.parse(u.createdDateTime) + 86_400_000,
    }),
  };
}

const deviceIndex = new WeakMap<ScenarioTenant, Map<string, MobileDeviceRecord>>();

function devicesByIdentity(t: ScenarioTenant): Map<string, MobileDeviceRecord> {
  let m = deviceIndex.get(t);
  if (!m) {
    m = new Map(onPremDevices(t).map((d) => [deviceIdentity(t, d).toLowerCase(), d]));
    deviceIndex.set(t, m);
  }
  return m;
}

function devicesOf(t: ScenarioTenant, mailbox: unknown): MobileDeviceRecord[] {
  const site = onPremSite(t);
  const users = t.profiles
    .filter((p) => p.mailbox === 'onPremises' && p.kind === 'member')
    .map((p) => p.index);
  const hits = byIdentity(
    users.length,
    (i) => {
      const u = t.user(users[i] ?? 0);
      return [u.userPrincipalName, u.mailNickname, userIdentity(t, u), u.mail];
    },
    mailbox,
    site.server,
  );
  const wanted = new Set(hits.map((i) => users[i]));
  return onPremDevices(t).filter((d) => wanted.has(d.userIndex));
}

export const ONPREM_CMDLETS: readonly CmdletDefinition[] = [
  {
    name: 'Get-OrganizationConfig',
    parameters: [],
    run: (_p, ctx) => listOf([organizationConfig(onPremSite(ctx.tenant), ctx.state)]),
  },
  {
    name: 'Get-AuthenticationPolicy',
    parameters: [],
    run: (_p, ctx) => listOf(authenticationPolicies(onPremSite(ctx.tenant), ctx.state)),
  },
  {
    name: 'Get-User',
    parameters: [],
    resultSize: true,
    run: (_p, ctx) => {
      // Cloud-only accounts (the break-glass ones) do not exist in on-premises AD.
      const t = ctx.tenant;
      const site = onPremSite(t);
      const synced = t.profiles.filter((p) => p.kind !== 'breakGlass').map((p) => p.index);
      return lazyList(synced.length, (i) => onPremUser(site, t.user(synced[i] ?? 0), ctx.state));
    },
  },
  {
    name: 'Get-ActiveSyncOrganizationSettings',
    parameters: [],
    run: (_p, ctx) => listOf([activeSyncSettings(onPremSite(ctx.tenant), ctx.state)]),
  },
  {
    name: 'Get-ActiveSyncDeviceAccessRule',
    parameters: [],
    run: (_p, ctx) => listOf(accessRules(onPremSite(ctx.tenant), ctx.state)),
  },
  {
    name: 'Get-MobileDevice',
    parameters: ['Mailbox', 'ActiveSync', 'OWAforDevices', 'RestApi', 'UniversalOutlook'],
    resultSize: true,
    run: (p, ctx) => {
      const t = ctx.tenant;
      const site = onPremSite(t);
      const all = p.Mailbox === undefined ? onPremDevices(t) : devicesOf(t, p.Mailbox);
      // Every on-premises partnership is ActiveSync; the other client families have none.
      const onlyOther =
        p.OWAforDevices !== undefined ||
        p.RestApi !== undefined ||
        p.UniversalOutlook !== undefined;
      const list = onlyOther ? [] : all;
      return lazyList(list.length, (i) => mobileDevice(site, list[i] as MobileDeviceRecord, ctx));
    },
  },
  {
    name: 'Get-MobileDeviceStatistics',
    parameters: ['Identity', 'Mailbox', 'ActiveSync'],
    run: (p, ctx) => {
      const t = ctx.tenant;
      const site = onPremSite(t);
      let list: MobileDeviceRecord[];
      if (p.Identity !== undefined) {
        const d = devicesByIdentity(t).get(String(p.Identity).toLowerCase());
        if (!d)
          throw new CmdletError(
            'notFound',
            `The operation couldn't be performed because object '${String(p.Identity)}' couldn't be found on '${site.server}'.`,
          );
        list = [d];
      } else if (p.Mailbox !== undefined) {
        list = devicesOf(t, p.Mailbox);
      } else {
        throw new CmdletError(
          'parameter',
          'Parameter set cannot be resolved using the specified named parameters. Specify -Identity or -Mailbox.',
        );
      }
      return lazyList(list.length, (i) =>
        deviceStatistics(site, list[i] as MobileDeviceRecord, ctx),
      );
    },
  },
  {
    name: 'Get-ExchangeServer',
    parameters: [],
    run: (_p, ctx) => listOf(exchangeServers(onPremSite(ctx.tenant), ctx.state)),
  },
  {
    name: 'Get-CASMailbox',
    parameters: [],
    resultSize: true,
    run: (_p, ctx) => {
      const t = ctx.tenant;
      const site = onPremSite(t);
      const users = t.profiles.filter((p) => p.mailbox === 'onPremises').map((p) => p.index);
      return lazyList(users.length, (i) =>
        onPremCasMailbox(site, t.user(users[i] ?? 0), ctx.state),
      );
    },
  },
  {
    name: 'Get-AuthServer',
    parameters: [],
    run: (_p, ctx) => listOf(authServers(onPremSite(ctx.tenant))),
  },
  ...(Object.keys(VDIRS) as VirtualDirectoryKind[]).map((kind): CmdletDefinition => ({
    name: VDIRS[kind].cmdlet,
    parameters: ['Server', 'ADPropertiesOnly'],
    run: (p, ctx) => {
      const all = virtualDirectories(onPremSite(ctx.tenant), kind, ctx.state);
      return listOf(
        p.Server === undefined
          ? all
          : all.filter((v) => String(v.Server).toLowerCase() === String(p.Server).toLowerCase()),
      );
    },
  })),
];
