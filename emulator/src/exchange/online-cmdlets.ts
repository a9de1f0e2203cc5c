import {
  EXO_BLOCK_POLICY,
  EXO_EXCEPTION_POLICY,
  exoDefaultPolicy,
  exoUserPolicy,
  smtpAuthDisabled,
} from '../scenario/assignments.js';
import { COUNTRY_NAMES } from '../scenario/catalog.js';
import { exchangeDate } from '../scenario/format.js';
import { rngFor, stableGuid } from '../scenario/prng.js';
import type { ScenarioTenant, ScenarioUser } from '../scenario/tenant.js';
import { isActive, type DayState } from '../scenario/timeline.js';
import {
  byIdentity,
  lazyList,
  listOf,
  type CmdletDefinition,
  type CmdletObject,
  type ObjectList,
} from './cmdlet.js';
import {
  adObject,
  changedOn,
  CONFIGURED,
  CREATED_LONG_AGO,
  onlineSite,
  type ExchangeSite,
} from './objects.js';

/**
 * Exchange Online cmdlets over the admin REST endpoint (InvokeCommand). Objects are PascalCase
 * and carry every property, like the real cmdlets (docs/domain.md section 3).
 */
const BASIC_AUTH_PROTOCOLS = [
  'ActiveSync',
  'Autodiscover',
  'Imap',
  'Mapi',
  'OfflineAddressBook',
  'OutlookService',
  'Pop',
  'ReportingWebServices',
  'Rest',
  'Rpc',
  'Smtp',
  'WebServices',
  'Powershell',
] as const;

export function exoAuthenticationPolicies(t: ScenarioTenant, state: DayState): CmdletObject[] {
  const site = onlineSite(t);
  const flipped = state.regressions.get('exoPolicyAllowsBasic');
  const policy = (name: string, allow: ReadonlySet<string>, changed: number): CmdletObject => {
    const guid = stableGuid(t.seed, 'exo-auth-policy', name);
    const flags = Object.fromEntries(
      BASIC_AUTH_PROTOCOLS.map((p) => [`AllowBasicAuth${p}`, allow.has(p)]),
    );
    return {
      ...flags,
      ...adObject(site, {
        name,
        dn: `CN=${name},CN=Auth Policies,${site.configDn}`,
        identity: name,
        guid,
        objectCategory: `${site.tenant.naming.initialDomain}/Configuration/Schema/ms-Exch-Auth-Policy`,
        objectClass: ['top', 'msExchAuthPolicy'],
        whenCreated: CONFIGURED,
        whenChanged: changed,
      }),
    };
  };
  return [
    // The regression: someone re-allows Basic for ActiveSync on the blocking policy.
    policy(
      EXO_BLOCK_POLICY,
      new Set(flipped === undefined ? [] : ['ActiveSync']),
      changedOn(t, flipped, CONFIGURED),
    ),
    policy(EXO_EXCEPTION_POLICY, new Set(['Smtp']), CONFIGURED),
  ];
}

export function exoOrganizationConfig(t: ScenarioTenant, state: DayState): CmdletObject {
  const site = onlineSite(t);
  const d = t.naming.initialDomain;
  return {
    DefaultAuthenticationPolicy: exoDefaultPolicy(state),
    OAuth2ClientProfileEnabled: true,
    ActivityBasedAuthenticationTimeoutEnabled: true,
    ActivityBasedAuthenticationTimeoutInterval: '06:00:00',
    ActivityBasedAuthenticationTimeoutWithSingleSignOnEnabled: true,
    AppsForOfficeEnabled: true,
    AuditDisabled: false,
    AutoExpandingArchiveEnabled: false,
    BookingsEnabled: true,
    ConnectorsEnabled: true,
    CustomerLockboxEnabled: false,
    DisplayName: t.naming.name,
    ElcProcessingDisabled: false,
    EwsAllowList: null,
    EwsApplicationAccessPolicy: null,
    EwsBlockList: null,
    EwsEnabled: null,
    FocusedInboxOn: true,
    HybridConfigurationStatus: 'CompletedStageFive',
    IsDehydrated: false,
    MailTipsAllTipsEnabled: true,
    MailTipsExternalRecipientsTipsEnabled: false,
    MicrosoftExchangeRecipientEmailAddresses: [
      `SMTP:MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@${d}`,
    ],
    OnlineMeetingsByDefaultEnabled: true,
    OutlookMobileGCCRestrictionsEnabled: false,
    PublicFoldersEnabled: 'Local',
    SendFromAliasEnabled: false,
    SmtpActionableMessagesEnabled: true,
    WebPushNotificationsDisabled: false,
    ...adObject(site, {
      name: d,
      dn: site.configDn,
      identity: d,
      guid: stableGuid(t.seed, 'exo-org'),
      objectCategory: `${d}/Configuration/Schema/ms-Exch-Configuration-Unit-Container`,
      objectClass: ['top', 'organizationalUnit', 'msExchConfigurationUnitContainer'],
      whenCreated: CREATED_LONG_AGO,
      whenChanged: changedOn(
        t,
        state.orgDefault ? t.timeline.plan.orgDefaultDay : undefined,
        CONFIGURED,
      ),
    }),
  };
}

export function exoTransportConfig(t: ScenarioTenant): CmdletObject {
  const site = onlineSite(t);
  return {
    AddressBookPolicyRoutingEnabled: false,
    AllowLegacyTLSClients: false,
    ClearCategories: true,
    ConvertDisclaimerWrapperToEml: false,
    DSNConversionMode: 'UseExchangeDSNs',
    ExternalDelayDsnEnabled: true,
    ExternalDsnDefaultLanguage: null,
    ExternalDsnLanguageDetectionEnabled: true,
    ExternalDsnSendHtml: true,
    ExternalPostmasterAddress: null,
    HeaderPromotionModeSetting: 'NoCreate',
    InternalDelayDsnEnabled: true,
    InternalDsnDefaultLanguage: null,
    InternalDsnLanguageDetectionEnabled: true,
    InternalDsnSendHtml: true,
    JournalingReportNdrTo: '<>',
    MaxRecipientEnvelopeLimit: 'Unlimited',
    MaxReceiveSize: '36 MB (37,748,736 bytes)',
    MaxSendSize: '35 MB (36,700,160 bytes)',
    MessageExpiration: '1.00:00:00',
    ReplyAllStormProtectionEnabled: true,
    Rfc2231EncodingEnabled: false,
    SmtpClientAuthenticationDisabled: true,
    VoicemailJournalingEnabled: true,
    Xexch50Enabled: true,
    ...adObject(site, {
      name: 'Transport Settings',
      dn: `CN=Transport Settings,${site.configDn}`,
      identity: 'Transport Settings',
      guid: stableGuid(t.seed, 'exo-transport'),
      objectCategory: `${t.naming.initialDomain}/Configuration/Schema/ms-Exch-Transport-Settings`,
      objectClass: ['top', 'msExchTransportSettings'],
      whenCreated: CREATED_LONG_AGO,
      whenChanged: CONFIGURED,
    }),
  };
}

function recipientType(u: ScenarioUser): 'UserMailbox' | 'MailUser' | 'User' {
  return u.mailbox === 'online' ? 'UserMailbox' : u.mailbox === 'onPremises' ? 'MailUser' : 'User';
}

function userIdentity(u: ScenarioUser): readonly string[] {
  return [u.mailNickname, u.userPrincipalName, u.id, u.mail ?? ''];
}

export function exoUser(site: ExchangeSite, u: ScenarioUser, state: DayState): CmdletObject {
  const t = site.tenant;
  const r = rngFor(t.seed, 'exo-user', u.index);
  const type = recipientType(u);
  const ou = `${'jpnpr01a001.prod.outlook.com'}/Microsoft Exchange Hosted Organizations/${t.naming.initialDomain}`;
  return {
    IsSecurityPrincipal: true,
    SamAccountName: `$${r.hex(6, true)}-${r.hex(12, true)}`,
    Sid: `S-1-5-21-${r.between(1e9, 4e9)}-${r.between(1e9, 4e9)}-${r.between(1e9, 4e9)}-${r.between(1e6, 9e6)}`,
    SidHistory: [],
    UserPrincipalName: u.userPrincipalName,
    ResetPasswordOnNextLogon: false,
    CertificateSubject: [],
    RemotePowerShellEnabled: true,
    WindowsLiveID: u.userPrincipalName,
    MicrosoftOnlineServicesID: u.userPrincipalName,
    NetID: r.hex(16, true),
    OrganizationalUnit: ou,
    IsLinked: false,
    LinkedMasterAccount: '',
    ExternalDirectoryObjectId: u.id,
    SKUAssigned: u.mailbox === 'online' ? true : null,
    IsSoftDeletedByRemove: false,
    IsSoftDeletedByDisable: false,
    WhenSoftDeleted: null,
    PreviousRecipientTypeDetails: 'None',
    AuthenticationPolicy: exoUserPolicy(u, state),
    StsRefreshTokensValidFrom: exchangeDate(Date.parse(u.createdDateTime)),
    AccountDisabled: false,
    AssistantName: '',
    City: u.kind === 'member' ? u.city : '',
    Company: u.kind === 'member' ? t.naming.name : '',
    CountryOrRegion: u.kind === 'member' ? (COUNTRY_NAMES[u.country] ?? null) : null,
    Department: u.department ?? '',
    DirectReports: [],
    DisplayName: u.displayName,
    Fax: '',
    FirstName: u.givenName ?? '',
    HomePhone: '',
    Initials: '',
    LastName: u.surname ?? '',
    Manager: null,
    MobilePhone: '',
    Notes: '',
    Office: u.officeLocation ?? '',
    OtherFax: [],
    OtherHomePhone: [],
    OtherTelephone: [],
    Pager: '',
    Phone: '',
    PhoneticDisplayName: '',
    PostalCode: '',
    PostOfficeBox: [],
    RecipientType: type,
    RecipientTypeDetails: type,
    SimpleDisplayName: '',
    StateOrProvince: '',
    StreetAddress: '',
    Title: u.jobTitle ?? '',
    WebPage: '',
    WindowsEmailAddress: u.mail ?? '',
    IsDirSynced: u.synced,
    ...adObject(site, {
      name: u.mailNickname,
      dn: `CN=${u.mailNickname},OU=${t.naming.initialDomain},OU=Microsoft Exchange Hosted Organizations,DC=JPNPR01A001,DC=PROD,DC=OUTLOOK,DC=COM`,
      identity: u.mailNickname,
      guid: stableGuid(t.seed, 'exo-recipient', u.index),
      objectCategory: 'JPNPR01A001.PROD.OUTLOOK.COM/Configuration/Schema/Person',
      objectClass: ['top', 'person', 'organizationalPerson', 'user'],
      whenCreated: Date.parse(u.createdDateTime),
      whenChanged: Date.parse(u.createdDateTime) + 3_600_000,
    }),
  };
}

function exoCasMailbox(site: ExchangeSite, u: ScenarioUser, state: DayState): CmdletObject {
  const t = site.tenant;
  return {
    Name: u.mailNickname,
    DisplayName: u.displayName,
    UserPrincipalName: u.userPrincipalName,
    ExternalDirectoryObjectId: u.id,
    PrimarySmtpAddress: u.mail,
    EmailAddresses: [`SMTP:${u.mail ?? ''}`, `smtp:${u.mailNickname}@${t.naming.initialDomain}`],
    LinkedMasterAccount: '',
    ServerLegacyDN:
      '/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Configuration/cn=Servers/cn=TYCP286MB2401',
    ActiveSyncAllowedDeviceIDs: [],
    ActiveSyncBlockedDeviceIDs: [],
    ActiveSyncMailboxPolicy: 'Default',
    ActiveSyncMailboxPolicyIsDefaulted: true,
    ActiveSyncDebugLogging: false,
    ActiveSyncEnabled: true,
    HasActiveSyncDevicePartnership: u.mobile !== 'none',
    ActiveSyncSuppressReadReceipt: false,
    OwaMailboxPolicy: 'OwaMailboxPolicy-Default',
    OWAforDevicesEnabled: true,
    OWAEnabled: true,
    ECPEnabled: true,
    PopEnabled: true,
    PopUseProtocolDefaults: true,
    PopMessagesRetrievalMimeFormat: 'BestBodyFormat',
    PopEnableExactRFC822Size: false,
    PopProtocolLoggingEnabled: false,
    PopSuppressReadReceipt: false,
    PopForceICalForCalendarRetrievalOption: false,
    ImapEnabled: true,
    ImapUseProtocolDefaults: true,
    ImapMessagesRetrievalMimeFormat: 'BestBodyFormat',
    ImapEnableExactRFC822Size: false,
    ImapProtocolLoggingEnabled: false,
    ImapSuppressReadReceipt: false,
    ImapForceICalForCalendarRetrievalOption: false,
    MAPIEnabled: true,
    MapiHttpEnabled: null,
    UniversalOutlookEnabled: true,
    OutlookMobileEnabled: true,
    MacOutlookEnabled: true,
    MAPIBlockOutlookNonCachedMode: false,
    MAPIBlockOutlookVersions: '',
    MAPIBlockOutlookRpcHttp: false,
    MAPIBlockOutlookExternalConnectivity: false,
    EwsEnabled: null,
    EwsAllowOutlook: null,
    EwsAllowMacOutlook: null,
    EwsAllowEntourage: null,
    EwsApplicationAccessPolicy: null,
    EwsAllowList: null,
    EwsBlockList: null,
    ShowGalAsDefaultView: true,
    SmtpClientAuthenticationDisabled: smtpAuthDisabled(u, state),
    IsOptimizedForAccessibility: false,
    PublicFolderClientAccess: false,
    ...adObject(site, {
      name: u.mailNickname,
      dn: `CN=${u.mailNickname},OU=${t.naming.initialDomain},OU=Microsoft Exchange Hosted Organizations,DC=JPNPR01A001,DC=PROD,DC=OUTLOOK,DC=COM`,
      identity: u.mailNickname,
      guid: stableGuid(t.seed, 'exo-recipient', u.index),
      objectCategory: 'JPNPR01A001.PROD.OUTLOOK.COM/Configuration/Schema/Person',
      objectClass: ['top', 'person', 'organizationalPerson', 'user'],
      whenCreated: Date.parse(u.createdDateTime),
      whenChanged:
        isActive(state, 'smtpAuthReenabled') && u.kind === 'service'
          ? changedOn(t, state.regressions.get('smtpAuthReenabled'), CONFIGURED)
          : Date.parse(u.createdDateTime) + 3_600_000,
    }),
  };
}

function usersList(
  t: ScenarioTenant,
  indices: readonly number[] | null,
  build: (u: ScenarioUser) => CmdletObject,
): ObjectList {
  if (indices) return lazyList(indices.length, (i) => build(t.user(indices[i] ?? 0)));
  return lazyList(t.userCount, (i) => build(t.user(i)));
}

/** Users filtered by the -RecipientTypeDetails parameter, if given. */
function recipientFilter(
  t: ScenarioTenant,
  wanted: unknown,
  base: readonly number[] | null,
): number[] | null {
  if (wanted === undefined || wanted === null) return base ? [...base] : null;
  const list = (Array.isArray(wanted) ? wanted : String(wanted).split(',')).map((s) =>
    String(s).trim().toLowerCase(),
  );
  const all = base ?? Array.from({ length: t.userCount }, (_, i) => i);
  return all.filter((i) => list.includes(recipientType(t.user(i)).toLowerCase()));
}

export const ONLINE_CMDLETS: readonly CmdletDefinition[] = [
  {
    name: 'Get-AuthenticationPolicy',
    parameters: ['Identity'],
    run: (p, ctx) => {
      const all = exoAuthenticationPolicies(ctx.tenant, ctx.state);
      if (p.Identity === undefined) return listOf(all);
      const hits = byIdentity(
        all.length,
        (i) => [String(all[i]?.Name), String(all[i]?.Guid)],
        p.Identity,
        onlineSite(ctx.tenant).server,
      );
      return listOf(hits.map((i) => all[i] ?? {}));
    },
  },
  {
    name: 'Get-OrganizationConfig',
    parameters: [],
    run: (_p, ctx) => listOf([exoOrganizationConfig(ctx.tenant, ctx.state)]),
  },
  {
    name: 'Get-TransportConfig',
    parameters: [],
    run: (_p, ctx) => listOf([exoTransportConfig(ctx.tenant)]),
  },
  {
    name: 'Get-User',
    parameters: ['Identity', 'RecipientTypeDetails'],
    resultSize: true,
    run: (p, ctx) => {
      const t = ctx.tenant;
      const site = onlineSite(t);
      const ids =
        p.Identity === undefined
          ? null
          : byIdentity(t.userCount, (i) => userIdentity(t.user(i)), p.Identity, site.server);
      return usersList(t, recipientFilter(t, p.RecipientTypeDetails, ids), (u) =>
        exoUser(site, u, ctx.state),
      );
    },
  },
  {
    name: 'Get-CASMailbox',
    parameters: ['Identity'],
    resultSize: true,
    run: (p, ctx) => {
      const t = ctx.tenant;
      const site = onlineSite(t);
      const mailboxes = t.profiles.filter((x) => x.mailbox === 'online').map((x) => x.index);
      const ids =
        p.Identity === undefined
          ? mailboxes
          : byIdentity(
              mailboxes.length,
              (i) => userIdentity(t.user(mailboxes[i] ?? 0)),
              p.Identity,
              site.server,
            ).map((i) => mailboxes[i] ?? 0);
      return usersList(t, ids, (u) => exoCasMailbox(site, u, ctx.state));
    },
  },
];
