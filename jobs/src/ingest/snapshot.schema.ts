import { z } from 'zod';
import { formatPath, type InputProblem } from '../errors.js';
import {
  DEVICE_ACCESS_CHARACTERISTIC,
  DEVICE_ACCESS_CHARACTERISTIC_NUMBERED,
  DEVICE_ACCESS_LEVEL,
  DEVICE_ACCESS_STATE,
  DEVICE_ACCESS_STATE_REASON,
  exchangeEnum,
  exchangeEnumText,
  powerShellDate,
} from './powershell.js';
import { jsonProblems } from './json-guard.js';

/**
 * The push body of POST /api/v1/tenants/{id}/snapshots (docs/api.md). Field names are the cmdlet
 * and Graph ones. Known fields are type-checked; unknown fields are kept (loose objects) and
 * ignored by checks. Known fields may be absent: a check that needs one answers ERROR, which
 * tells the operator the collector is broken, instead of the whole snapshot being refused.
 *
 * These schemas are also the checks' types (z.infer below, re-exported by checks/types.ts): what
 * a check reads is exactly what ingestion accepted.
 */
const bool = z.boolean().nullable().optional();
const str = z.string().nullable().optional();
const list = <T extends z.ZodType>(item: T) => z.array(item).optional();
const obj = <S extends z.ZodRawShape>(shape: S) => z.looseObject(shape);

const isoDateText = z
  .string()
  .refine(
    (s) =>
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$/.test(s) &&
      !Number.isNaN(Date.parse(s)),
    {
      message: 'must be an ISO-8601 date-time with a time zone, e.g. 2026-11-20T06:00:00Z',
    },
  );

/** ISO 8601, or Windows PowerShell 5.1's "\/Date(ms)\/" turned into ISO 8601 (powershell.ts). */
const isoDate = powerShellDate(isoDateText);

const policyNames = {
  Name: z.string().optional(),
  Identity: str,
  DistinguishedName: str,
  Guid: str,
};

const exoAuthenticationPolicy = obj({
  ...policyNames,
  AllowBasicAuthActiveSync: bool,
  AllowBasicAuthAutodiscover: bool,
  AllowBasicAuthImap: bool,
  AllowBasicAuthMapi: bool,
  AllowBasicAuthOfflineAddressBook: bool,
  AllowBasicAuthOutlookService: bool,
  AllowBasicAuthPop: bool,
  AllowBasicAuthReportingWebServices: bool,
  AllowBasicAuthRest: bool,
  AllowBasicAuthRpc: bool,
  AllowBasicAuthSmtp: bool,
  AllowBasicAuthWebServices: bool,
  AllowBasicAuthPowershell: bool,
});

const onPremAuthenticationPolicy = obj({
  ...policyNames,
  BlockLegacyAuthActiveSync: bool,
  BlockLegacyAuthAutodiscover: bool,
  BlockLegacyAuthImap: bool,
  BlockLegacyAuthMapi: bool,
  BlockLegacyAuthOfflineAddressBook: bool,
  BlockLegacyAuthPop: bool,
  BlockLegacyAuthRpc: bool,
  BlockLegacyAuthWebServices: bool,
});

const exchangeUser = obj({
  UserPrincipalName: z.string().optional(),
  // On-premises Get-User: the AD objectGUID, joined to Entra's onPremisesImmutableId.
  Guid: str,
  ExternalDirectoryObjectId: str,
  AuthenticationPolicy: str,
  RecipientTypeDetails: str,
});

const exchangeOnline = z.strictObject({
  organizationConfig: obj({
    DefaultAuthenticationPolicy: str,
    OAuth2ClientProfileEnabled: bool,
  }).optional(),
  authenticationPolicies: list(exoAuthenticationPolicy),
  users: list(exchangeUser),
  transportConfig: obj({ SmtpClientAuthenticationDisabled: bool }).optional(),
  casMailboxes: list(
    obj({ UserPrincipalName: z.string().optional(), SmtpClientAuthenticationDisabled: bool }),
  ),
});

// Enum names, or the numbers Windows PowerShell 5.1 writes for them (powershell.ts).
const accessLevel = exchangeEnum(DEVICE_ACCESS_LEVEL);

/**
 * Get-ExchangeServer's AdminDisplayVersion: "Version 15.2 (Build 1544.4)" as the Exchange
 * Management Shell prints it, or the ServerVersion object (Major, Minor, Build, Revision) that
 * Windows PowerShell 5.1's ConvertTo-Json writes for it, turned into that same text.
 */
const adminDisplayVersion = z.preprocess((v) => {
  if (v && typeof v === 'object' && 'Major' in v && 'Minor' in v && 'Build' in v) {
    const o = v as { Major: unknown; Minor: unknown; Build: unknown; Revision?: unknown };
    if ([o.Major, o.Minor, o.Build].every((n) => typeof n === 'number')) {
      return `Version ${String(o.Major)}.${String(o.Minor)} (Build ${String(o.Build)}.${typeof o.Revision === 'number' ? o.Revision : 0})`;
    }
  }
  return v;
}, z.string().max(200));

const exchangeOnPremises = z.strictObject({
  organizationConfig: obj({
    OAuth2ClientProfileEnabled: bool,
    DefaultAuthenticationPolicy: str,
  }).optional(),
  authenticationPolicies: list(onPremAuthenticationPolicy),
  users: list(exchangeUser),
  activeSyncOrganizationSettings: obj({
    DefaultAccessLevel: accessLevel.nullable().optional(),
  }).optional(),
  activeSyncDeviceAccessRules: list(
    obj({
      Name: str,
      Characteristic: exchangeEnum(
        DEVICE_ACCESS_CHARACTERISTIC,
        DEVICE_ACCESS_CHARACTERISTIC_NUMBERED,
      ).optional(),
      QueryString: z.string().optional(),
      AccessLevel: accessLevel.optional(),
    }),
  ),
  mobileDevices: list(
    obj({
      DeviceId: z.string().optional(),
      UserDisplayName: str,
      DeviceType: str,
      DeviceModel: str,
      DeviceUserAgent: str,
      ClientType: str,
      DeviceAccessState: exchangeEnumText(DEVICE_ACCESS_STATE).nullable().optional(),
      DeviceAccessStateReason: exchangeEnumText(DEVICE_ACCESS_STATE_REASON).nullable().optional(),
      DeviceActiveSyncVersion: str,
      FirstSyncTime: isoDate.nullable().optional(),
      LastSuccessSync: isoDate.nullable().optional(),
    }),
  ),
  authServers: list(
    obj({
      Name: z.string().optional(),
      Type: str,
      Enabled: bool,
      IsDefaultAuthorizationEndpoint: bool,
    }),
  ),
  virtualDirectories: list(
    obj({
      Kind: z.enum(['ActiveSync', 'Autodiscover', 'WebServices', 'Mapi', 'OAB']),
      Server: z.string().min(1),
      OAuthAuthentication: bool,
      ExternalUrl: str,
      InternalUrl: str,
    }),
  ),
  // Get-ExchangeServer: the build each server runs (ONPREM.SERVER.BUILD).
  exchangeServers: list(
    obj({
      Name: z.string().max(256).optional(),
      AdminDisplayVersion: adminDisplayVersion.nullable().optional(),
      ServerRole: str,
    }),
  ),
  // On-premises Get-CASMailbox: per-mailbox ActiveSync switches and device exemptions.
  casMailboxes: list(
    obj({
      Identity: str,
      UserPrincipalName: str,
      PrimarySmtpAddress: str,
      ActiveSyncEnabled: bool,
      ActiveSyncAllowedDeviceIDs: z.array(z.string()).nullable().optional(),
      ActiveSyncBlockedDeviceIDs: z.array(z.string()).nullable().optional(),
    }),
  ),
});

const stringList = z.array(z.string()).optional();

/** Graph's `conditionalAccessGuestsOrExternalUsers` (the flags are one comma-joined string). */
const guestsOrExternalUsers = obj({ guestOrExternalUserTypes: str }).nullable().optional();
/** Graph's `conditionalAccessFilter`: a device, application or service principal rule. */
const caFilter = obj({ mode: str, rule: str }).nullable().optional();

const conditionalAccessPolicy = obj({
  id: z.string().optional(),
  displayName: z.string().optional(),
  state: z.enum(['enabled', 'disabled', 'enabledForReportingButNotEnforced']).optional(),
  conditions: obj({
    users: obj({
      includeUsers: stringList,
      excludeUsers: stringList,
      includeGroups: stringList,
      excludeGroups: stringList,
      includeRoles: stringList,
      excludeRoles: stringList,
      includeGuestsOrExternalUsers: guestsOrExternalUsers,
      excludeGuestsOrExternalUsers: guestsOrExternalUsers,
    })
      .nullable()
      .optional(),
    applications: obj({
      includeApplications: stringList,
      excludeApplications: stringList,
      includeUserActions: stringList,
      includeAuthenticationContextClassReferences: stringList,
      applicationFilter: caFilter,
    })
      .nullable()
      .optional(),
    clientAppTypes: stringList,
    platforms: obj({ includePlatforms: stringList, excludePlatforms: stringList })
      .nullable()
      .optional(),
    locations: obj({ includeLocations: stringList, excludeLocations: stringList })
      .nullable()
      .optional(),
    signInRiskLevels: stringList,
    userRiskLevels: stringList,
    servicePrincipalRiskLevels: stringList,
    insiderRiskLevels: str,
    devices: obj({ deviceFilter: caFilter }).nullable().optional(),
    clientApplications: obj({
      includeServicePrincipals: stringList,
      excludeServicePrincipals: stringList,
      servicePrincipalFilter: caFilter,
    })
      .nullable()
      .optional(),
    authenticationFlows: obj({ transferMethods: str }).nullable().optional(),
  })
    .nullable()
    .optional(),
  grantControls: obj({
    operator: z.string().optional(),
    builtInControls: stringList,
    customAuthenticationFactors: stringList,
    termsOfUse: stringList,
    authenticationStrength: obj({
      id: z.string().max(200).optional(),
      displayName: str,
      allowedCombinations: stringList,
    })
      .nullable()
      .optional(),
  })
    .nullable()
    .optional(),
});

/**
 * GET /identity/conditionalAccess/namedLocations: IP and country locations. Entra allows 195 IP
 * locations (docs/domain.md 2.5); country ones are not counted there, so the cap is generous.
 */
const namedLocation = obj({
  '@odata.type': z.string().max(200).optional(),
  id: z.string().min(1).max(200),
  displayName: str,
  isTrusted: bool,
  ipRanges: z
    .array(obj({ cidrAddress: str }))
    .max(2000)
    .optional(),
  countriesAndRegions: z.array(z.string().max(10)).max(300).optional(),
  includeUnknownCountriesAndRegions: bool,
});

/** GET /identity/conditionalAccess/authenticationStrength/policies (3 built-in + 15 custom). */
const authenticationStrengthPolicy = obj({
  id: z.string().min(1).max(200),
  displayName: str,
  policyType: str,
  requirementsSatisfied: str,
  allowedCombinations: z.array(z.string().max(300)).max(100).optional(),
});

/** GET /policies/identitySecurityDefaultsEnforcementPolicy. */
const securityDefaults = obj({
  id: z.string().max(200).optional(),
  displayName: str,
  isEnabled: z.boolean().nullable().optional(),
});

/**
 * GET /v1.0/servicePrincipals(appId='00000002-0000-0ff1-ce00-000000000000'): Office 365 Exchange
 * Online. HMA registers the on-premises URLs in its servicePrincipalNames (ONPREM.HMA.SPN).
 */
const exchangeServicePrincipal = obj({
  id: str,
  appId: z.string().max(200).optional(),
  displayName: str,
  servicePrincipalNames: z.array(z.string().max(2000)).max(1000).optional(),
});

/**
 * GET /deviceAppManagement/iosManagedAppProtections and …/androidManagedAppProtections with
 * `$expand=apps,assignments` (docs/domain.md 7.8): "List iosManagedAppProtections"
 * (https://learn.microsoft.com/en-us/graph/api/intune-mam-iosmanagedappprotection-list),
 * managedMobileApp (https://learn.microsoft.com/en-us/graph/api/resources/intune-mam-managedmobileapp),
 * targetedManagedAppPolicyAssignment
 * (https://learn.microsoft.com/en-us/graph/api/resources/intune-mam-targetedmanagedapppolicyassignment).
 * `apps` and `assignments` are navigation properties: absent when not expanded, and the check
 * then cannot verify the policy.
 */
const managedAppProtection = obj({
  '@odata.type': z.string().max(200).optional(),
  id: z.string().min(1).max(200),
  displayName: str,
  isAssigned: bool,
  apps: z
    .array(
      obj({
        id: str,
        mobileAppIdentifier: obj({
          '@odata.type': z.string().max(200).optional(),
          bundleId: str,
          packageId: str,
        })
          .nullable()
          .optional(),
      }),
    )
    .max(5000)
    .optional(),
  assignments: z
    .array(
      obj({
        id: str,
        target: obj({
          '@odata.type': z.string().max(200).optional(),
          groupId: str,
        })
          .nullable()
          .optional(),
      }),
    )
    .max(1000)
    .optional(),
});

const entra = z.strictObject({
  conditionalAccessPolicies: list(conditionalAccessPolicy),
  namedLocations: z.array(namedLocation).max(1000).optional(),
  authenticationStrengthPolicies: z.array(authenticationStrengthPolicy).max(100).optional(),
  securityDefaults: securityDefaults.nullable().optional(),
  exchangeServicePrincipal: exchangeServicePrincipal.nullable().optional(),
  // Intune app protection; absent = not read (no permission or an older collector).
  iosManagedAppProtections: z.array(managedAppProtection).max(1000).optional(),
  androidManagedAppProtections: z.array(managedAppProtection).max(1000).optional(),
  users: list(
    obj({
      id: z.string().optional(),
      userPrincipalName: z.string().optional(),
      accountEnabled: bool,
      onPremisesImmutableId: str,
    }),
  ),
  groups: list(
    obj({
      id: z.string().min(1),
      displayName: z.string().optional(),
      // true: `members` is Graph's /transitiveMembers (nested groups' users already listed).
      membersTransitive: z.boolean().optional(),
      members: list(
        obj({
          id: z.string().optional(),
          userPrincipalName: str,
          '@odata.type': z.string().optional(),
        }),
      ),
    }),
  ),
});

/** The snapshot sources, by their key in the push body and in `snapshots.sources`. */
export const SNAPSHOT_SOURCES = ['exchangeOnline', 'exchangeOnPremises', 'entra'] as const;
export type SnapshotSourceName = (typeof SNAPSHOT_SOURCES)[number];

export type ExchangeOnlineData = z.infer<typeof exchangeOnline>;
export type ExchangeOnPremisesData = z.infer<typeof exchangeOnPremises>;
export type EntraData = z.infer<typeof entra>;

// `satisfies` keeps the body's source keys and SNAPSHOT_SOURCES the same set.
const sourcesShape = {
  exchangeOnline: exchangeOnline.optional(),
  exchangeOnPremises: exchangeOnPremises.optional(),
  entra: entra.optional(),
} satisfies Record<SnapshotSourceName, z.ZodType>;

export const snapshotBodySchema = z
  .strictObject({ capturedAt: isoDate, ...sourcesShape })
  .refine((b) => b.exchangeOnline || b.exchangeOnPremises || b.entra, {
    message: 'a snapshot must carry at least one of exchangeOnline, exchangeOnPremises, entra',
  });

export type SnapshotBody = z.infer<typeof snapshotBodySchema>;

export type SnapshotValidation =
  | { ok: true; body: SnapshotBody; sources: SnapshotSourceName[]; capturedAt: Date }
  | { ok: false; problems: InputProblem[] };

/** No collector ran before this: an earlier capturedAt is a broken clock or a bad body. */
export const CAPTURED_AT_MIN = Date.UTC(2000, 0, 1);

/** Validates a snapshot body, naming the JSON path and reason of every problem. */
export function validateSnapshot(input: unknown, now: Date = new Date()): SnapshotValidation {
  // Bounds on every value first (lengths, Unicode, prototype keys, depth), known field or not.
  const bounded = jsonProblems(input);
  if (bounded.length > 0) return { ok: false, problems: bounded };
  const res = snapshotBodySchema.safeParse(input);
  if (!res.success) {
    return {
      ok: false,
      problems: res.error.issues.map((i) => ({
        path: formatPath(i.path),
        reason:
          i.code === 'unrecognized_keys' ? `unknown field(s): ${i.keys.join(', ')}` : i.message,
      })),
    };
  }
  const capturedAt = new Date(res.data.capturedAt);
  if (capturedAt.getTime() > now.getTime() + 3_600_000) {
    return {
      ok: false,
      problems: [{ path: 'capturedAt', reason: 'is more than an hour in the future' }],
    };
  }
  if (capturedAt.getTime() < CAPTURED_AT_MIN) {
    return {
      ok: false,
      problems: [{ path: 'capturedAt', reason: 'is before 2000-01-01' }],
    };
  }
  return {
    ok: true,
    body: res.data,
    sources: SNAPSHOT_SOURCES.filter((s) => res.data[s] !== undefined),
    capturedAt,
  };
}
